/** Durable billing events on JetStream (stream BILLING, subjects `events.billing.>`). */
export const BillingEvents = {
  PaymentCompleted: 'billing.payment.completed',
  PaymentRefunded: 'billing.payment.refunded',
  SubscriptionChanged: 'billing.subscription.changed',
  EntitlementGranted: 'billing.entitlement.granted',
  EntitlementRevoked: 'billing.entitlement.revoked',
} as const;

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
