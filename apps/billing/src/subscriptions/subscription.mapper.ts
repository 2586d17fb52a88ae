import type { SubscriptionResponse } from '@onstream/common';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import { toTransactionResponse } from '../ledger/ledger-entry.js';
import type { PlanDocument } from '../plans/plans.repository.js';
import type { SubscriptionDocument } from './subscriptions.repository.js';

/** When the next charge is due and how much (before tax), if one is due at all. */
function nextCharge(subscription: SubscriptionDocument, plan: PlanDocument | null): Pick<SubscriptionResponse, 'nextChargeAt' | 'nextChargeAmount'> {
  const amount = plan ? Math.max(0, plan.price - subscription.creditBalance) : undefined;
  if (subscription.status === 'past_due' && subscription.nextRetryAt) return { nextChargeAt: subscription.nextRetryAt.toISOString(), nextChargeAmount: amount };
  if ((subscription.status === 'trialing' || subscription.status === 'active') && !subscription.cancelAtPeriodEnd) {
    return { nextChargeAt: subscription.currentPeriodEnd.toISOString(), nextChargeAmount: amount };
  }
  return {};
}

export function toSubscriptionResponse(subscription: SubscriptionDocument, plan: PlanDocument | null, payment?: LedgerEntry): SubscriptionResponse {
  return {
    id: subscription._id,
    userId: subscription.userId,
    planId: subscription.planId,
    status: subscription.status,
    currentPeriodStart: subscription.currentPeriodStart.toISOString(),
    currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
    ...(subscription.trialEnd ? { trialEnd: subscription.trialEnd.toISOString() } : {}),
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
    ...(subscription.endedAt ? { endedAt: subscription.endedAt.toISOString() } : {}),
    ...nextCharge(subscription, plan),
    creditBalance: subscription.creditBalance,
    currency: subscription.currency,
    failedAttempts: subscription.failedAttempts,
    ...(payment ? { payment: toTransactionResponse(payment) } : {}),
  };
}
