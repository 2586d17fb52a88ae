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

/** States that grant playback. */
export function grantsAccess(status: SubscriptionStatus): boolean {
  return status === 'trialing' || status === 'active' || status === 'past_due';
}

export function isFinal(status: SubscriptionStatus): boolean {
  return TRANSITIONS[status].length === 0;
}
