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
  UsersInvalidCredentials: 'USERS.INVALID_CREDENTIALS',
  UsersEmailNotVerified: 'USERS.EMAIL_NOT_VERIFIED',
  UsersAccountDisabled: 'USERS.ACCOUNT_DISABLED',
  UsersTooManyAttempts: 'USERS.TOO_MANY_ATTEMPTS',
  UsersInvalidToken: 'USERS.INVALID_TOKEN',
  UsersRefreshReused: 'USERS.REFRESH_TOKEN_REUSED',
  UsersSessionNotFound: 'USERS.SESSION_NOT_FOUND',
  UsersUserNotFound: 'USERS.USER_NOT_FOUND',
  UsersWrongPassword: 'USERS.WRONG_PASSWORD',
  UsersAdminOnly: 'USERS.ADMIN_ONLY',
  UsersProfileTokenRequired: 'USERS.ACCOUNT_TOKEN_REQUIRED',
  UsersCannotChangeOwnRole: 'USERS.CANNOT_CHANGE_OWN_ROLE',
  UsersProfileLimit: 'USERS.PROFILE_LIMIT_REACHED',
  UsersProfileNotFound: 'USERS.PROFILE_NOT_FOUND',
  UsersProfileRequired: 'USERS.PROFILE_TOKEN_REQUIRED',
  UsersPinRequired: 'USERS.PIN_REQUIRED',
  UsersWrongPin: 'USERS.WRONG_PIN',
  UsersInvalidProfile: 'USERS.INVALID_PROFILE',
  UsersTitleBlocked: 'USERS.TITLE_BLOCKED',
  UsersNotAKidProfile: 'USERS.NOT_A_KID_PROFILE',
  UsersInvalidPairingCode: 'USERS.INVALID_PAIRING_CODE',
  UsersDeviceNotFound: 'USERS.DEVICE_NOT_FOUND',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
