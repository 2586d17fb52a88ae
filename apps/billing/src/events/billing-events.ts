import { BillingEvents, outboxEvent, type EntitlementEvent, type OutboxEvent, type PaymentEvent, type PaymentFailedEvent, type SubscriptionChangedEvent, type SubscriptionRenewsSoonEvent } from '@onstream/common';
import type { LedgerEntry } from '../ledger/ledger-entry.js';

/**
 * billing.* events as outbox entries, each with a deterministic id naming the fact, so a repeated
 * write or publish of the same fact is stored once by JetStream and applied once by consumers.
 * They are written into the document whose change they describe (see OutboxRelay).
 */
export const BillingEventsOf = {
  paymentCompleted(entry: LedgerEntry): OutboxEvent {
    const event: PaymentEvent = { transactionId: entry._id, userId: entry.userId, type: entry.type, amount: entry.amount, currency: entry.currency };
    return outboxEvent(BillingEvents.PaymentCompleted, event, `payment-completed:${entry._id}`);
  },

  paymentFailed(entry: LedgerEntry): OutboxEvent {
    const { _id: transactionId, userId, type, amount, currency, description } = entry;
    const event: PaymentFailedEvent = { transactionId, userId, type, amount, currency, description, failureCode: entry.failureCode ?? 'payment_failed' };
    return outboxEvent(BillingEvents.PaymentFailed, event, `payment-failed:${entry._id}`);
  },

  paymentRefunded(refund: LedgerEntry): OutboxEvent {
    const event: PaymentEvent = { transactionId: refund._id, userId: refund.userId, type: 'refund', amount: refund.amount, currency: refund.currency };
    return outboxEvent(BillingEvents.PaymentRefunded, event, `payment-refunded:${refund._id}`);
  },

  subscriptionChanged(event: SubscriptionChangedEvent, version: number): OutboxEvent {
    return outboxEvent(BillingEvents.SubscriptionChanged, event, `subscription:${event.subscriptionId}:${version}`);
  },

  /** One event id per subscription and period: a repeated notice of the same period is stored once. */
  subscriptionRenewsSoon(event: SubscriptionRenewsSoonEvent): OutboxEvent {
    return outboxEvent(BillingEvents.SubscriptionRenewsSoon, event, `subscription-renews-soon:${event.subscriptionId}:${event.renewsAt}`);
  },

  entitlementGranted(event: EntitlementEvent, factId: string): OutboxEvent {
    return outboxEvent(BillingEvents.EntitlementGranted, event, `entitlement-granted:${factId}`);
  },

  entitlementRevoked(event: EntitlementEvent, factId: string): OutboxEvent {
    return outboxEvent(BillingEvents.EntitlementRevoked, event, `entitlement-revoked:${factId}`);
  },
};

/** The events a ledger entry's final status carries (none while pending; payouts publish none). */
export function outcomeEvents(entry: LedgerEntry): OutboxEvent[] {
  if (entry.type === 'payout') return [];
  if (entry.type === 'refund') return entry.status === 'completed' ? [BillingEventsOf.paymentRefunded(entry)] : [];
  if (entry.status === 'completed') return [BillingEventsOf.paymentCompleted(entry)];
  if (entry.status === 'failed') return [BillingEventsOf.paymentFailed(entry)];
  return [];
}
