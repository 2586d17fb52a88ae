/**
 * Stable error codes: part of the API contract, so never renamed.
 * Each maps to one HTTP status at the gateway.
 */
export const ErrorCodes = {
  Validation: 'COMMON.VALIDATION_FAILED',
  NotFound: 'COMMON.NOT_FOUND',
  Unauthorized: 'COMMON.UNAUTHORIZED',
  Forbidden: 'COMMON.FORBIDDEN',
  Conflict: 'COMMON.CONFLICT',
  PayloadTooLarge: 'COMMON.PAYLOAD_TOO_LARGE',
  RateLimited: 'COMMON.RATE_LIMITED',
  ServiceUnavailable: 'COMMON.SERVICE_UNAVAILABLE',
  Internal: 'COMMON.INTERNAL',
  UsersEmailTaken: 'USERS.EMAIL_TAKEN',
  CatalogTitleNotFound: 'CATALOG.TITLE_NOT_FOUND',
  CatalogGenreNotFound: 'CATALOG.GENRE_NOT_FOUND',
  CatalogParentNotFound: 'CATALOG.PARENT_NOT_FOUND',
  CatalogInvalidHierarchy: 'CATALOG.INVALID_HIERARCHY',
  CatalogInvalidRange: 'CATALOG.INVALID_RANGE',
  CatalogProviderNotConfigured: 'CATALOG.METADATA_PROVIDER_NOT_CONFIGURED',
  CatalogProviderTitleNotFound: 'CATALOG.PROVIDER_TITLE_NOT_FOUND',
  CatalogProviderFailed: 'CATALOG.METADATA_PROVIDER_FAILED',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
