/** Places in the money flows where a test may make billing fail, each named `step.moment`. */
export const FAULT_POINTS = [
  /** The provider took the charge but its answer never reaches us (a timeout after the fact). */
  'provider.answer-lost',
  /** The process dies after the ledger entry is written, before the provider is called. */
  'charge.after-ledger-insert',
  /** The process dies after the provider charged, before the outcome is written. */
  'charge.after-provider',
  /** The process dies after the outcome is written, before the subscription or purchase follows. */
  'charge.after-outcome',
  /** The process dies after a webhook moved the ledger entry, before its effects. */
  'webhook.after-ledger-update',
  /** The process dies after a refund's ledger entry is written, before the provider is asked to refund. */
  'refund.after-ledger-insert',
  /** The process dies after the provider refunded, before the outcome is written. */
  'refund.after-provider',
  /** The process dies after a refund's outcome is written, before the purchase follows it (revoked when refunded in full). */
  'refund.after-outcome',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];
