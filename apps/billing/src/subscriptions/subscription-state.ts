import { DomainError, ErrorCodes, type SubscriptionStatus } from '@onstream/common';

/**
 * The subscription state machine. `incomplete` waits for the first payment (e.g. 3-D Secure);
 * `past_due` is dunning (access kept until the last retry); `canceled` and `expired` are final.
 */
const TRANSITIONS: Record<SubscriptionStatus, readonly SubscriptionStatus[]> = {
  incomplete: ['active', 'expired'],
  trialing: ['active', 'past_due', 'canceled'],
  active: ['active', 'past_due', 'canceled'],
  past_due: ['active', 'expired', 'canceled'],
  canceled: [],
  expired: [],
};

export function canTransition(from: SubscriptionStatus, to: SubscriptionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: SubscriptionStatus, to: SubscriptionStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError(ErrorCodes.BillingInvalidTransition, 409, `A ${from} subscription cannot become ${to}.`, { from, to });
  }
}

/** How long past its due date a subscription keeps access while the renewal sweep catches up. */
export const RENEWAL_GRACE_MS = 24 * 3600_000;

/**
 * Access at an instant: a granting state, and not past the date by which the next charge (period
 * end, or the dunning retry) should have happened, so a renewal that is stuck never grants for ever.
 */
export function grantsAccessAt(subscription: { status: SubscriptionStatus; currentPeriodEnd: Date; nextRetryAt?: Date | null }, now: Date): boolean {
  if (!grantsAccess(subscription.status)) return false;
  const due = subscription.status === 'past_due' && subscription.nextRetryAt ? subscription.nextRetryAt : subscription.currentPeriodEnd;
  return now.getTime() < due.getTime() + RENEWAL_GRACE_MS;
}

/** States that grant playback. */
export function grantsAccess(status: SubscriptionStatus): boolean {
  return status === 'trialing' || status === 'active' || status === 'past_due';
}

export function isFinal(status: SubscriptionStatus): boolean {
  return TRANSITIONS[status].length === 0;
}
