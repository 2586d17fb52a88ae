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
  BillingCardDeclined: 'BILLING.CARD_DECLINED',
  BillingInsufficientFunds: 'BILLING.INSUFFICIENT_FUNDS',
  BillingPaymentFailed: 'BILLING.PAYMENT_FAILED',
  BillingInvalidPaymentMethod: 'BILLING.INVALID_PAYMENT_METHOD',
  BillingProviderUnavailable: 'BILLING.PROVIDER_UNAVAILABLE',
  BillingCurrencyNotSupported: 'BILLING.CURRENCY_NOT_SUPPORTED',
  BillingIdempotencyKeyReused: 'BILLING.IDEMPOTENCY_KEY_REUSED',
  BillingIdempotencyInProgress: 'BILLING.IDEMPOTENCY_IN_PROGRESS',
  BillingAlreadySubscribed: 'BILLING.ALREADY_SUBSCRIBED',
  BillingAlreadyEntitled: 'BILLING.ALREADY_ENTITLED',
  BillingInvalidTransition: 'BILLING.INVALID_SUBSCRIPTION_TRANSITION',
  BillingOptionNotOffered: 'BILLING.OPTION_NOT_OFFERED',
  BillingRefundExceedsCharge: 'BILLING.REFUND_EXCEEDS_CHARGE',
  BillingNotRefundable: 'BILLING.NOT_REFUNDABLE',
  BillingWebhookSignatureInvalid: 'BILLING.WEBHOOK_SIGNATURE_INVALID',
  BillingWebhookTargetUnknown: 'BILLING.WEBHOOK_TARGET_UNKNOWN',
  BillingTestClockDisabled: 'BILLING.TEST_CLOCK_DISABLED',
  BillingCurrencyMismatch: 'BILLING.CURRENCY_MISMATCH',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
