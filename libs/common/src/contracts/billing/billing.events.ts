import type { StreamDefinition } from '../../jetstream/jetstream-bus.js';

/** Durable billing events on JetStream (stream BILLING, subjects `events.billing.>`). */
export const BillingEvents = {
  PaymentCompleted: 'billing.payment.completed',
  PaymentRefunded: 'billing.payment.refunded',
  SubscriptionChanged: 'billing.subscription.changed',
  EntitlementGranted: 'billing.entitlement.granted',
  EntitlementRevoked: 'billing.entitlement.revoked',
  PaymentFailed: 'billing.payment.failed',
  SubscriptionRenewsSoon: 'billing.subscription.renews-soon',
} as const;

/** Ensured by billing (publisher) and its consumers (users' notifications); the definitions must match. */
export const BILLING_STREAM: StreamDefinition = { name: 'BILLING', types: ['billing.>'] };

export interface PaymentEvent {
  transactionId: string;
  userId: string;
  type: string;
  amount: number;
  currency: string;
}

export interface SubscriptionChangedEvent {
  subscriptionId: string;
  userId: string;
  planId: string;
  status: string;
}

export interface EntitlementEvent {
  userId: string;
  source: 'subscription' | 'ppv';
  videoId?: string;
  subscriptionId?: string;
}

/** `billing.payment.failed`: a charge attempt failed (at once or later by webhook). Event id `payment-failed:<transactionId>`. */
export interface PaymentFailedEvent extends PaymentEvent {
  failureCode: string;
  /** What was paid for, e.g. "Premium (month) renewal". */
  description: string;
}

/**
 * `billing.subscription.renews-soon`: published once per subscription and period, BILLING_RENEWAL_NOTICE_DAYS
 * before the period ends. Event id `subscription-renews-soon:<subscriptionId>:<periodEnd ISO>`.
 */
export interface SubscriptionRenewsSoonEvent {
  subscriptionId: string;
  userId: string;
  planId: string;
  planName: string;
  /** Net price of the next period in minor units (tax is added by country at charge time). */
  amount: number;
  currency: string;
  renewsAt: string;
}
