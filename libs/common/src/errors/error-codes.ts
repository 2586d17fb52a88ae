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
  MediaUploadNotAllowed: 'MEDIA.UPLOAD_NOT_ALLOWED',
  MediaUploadEmpty: 'MEDIA.UPLOAD_EMPTY',
  MediaUploadTooLarge: 'MEDIA.UPLOAD_TOO_LARGE',
  MediaUnsupportedType: 'MEDIA.UNSUPPORTED_TYPE',
  MediaNotVideo: 'MEDIA.NOT_A_VIDEO',
  MediaNotReady: 'MEDIA.NOT_READY',
  MediaNotYetPublished: 'MEDIA.NOT_YET_PUBLISHED',
  MediaGeoBlocked: 'MEDIA.GEO_BLOCKED',
  MediaEntitlementRequired: 'MEDIA.ENTITLEMENT_REQUIRED',
  MediaPlaybackTokenInvalid: 'MEDIA.PLAYBACK_TOKEN_INVALID',
  MediaPlaybackTokenExpired: 'MEDIA.PLAYBACK_TOKEN_EXPIRED',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
