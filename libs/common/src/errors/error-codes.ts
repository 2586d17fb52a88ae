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
  AnalyticsBatchTooLarge: 'ANALYTICS.BATCH_TOO_LARGE',
  AnalyticsNoValidEvents: 'ANALYTICS.NO_VALID_EVENTS',
  AnalyticsReportForbidden: 'ANALYTICS.REPORT_FORBIDDEN',
  AnalyticsRangeInvalid: 'ANALYTICS.RANGE_INVALID',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
