import type { PaymentProviderName } from '@onstream/common';

export interface ChargeCommand {
  /** Minor units, tax included. */
  amount: number;
  currency: string;
  paymentMethod: string;
  /** Sent to the provider too, so a retried charge is never taken twice. */
  idempotencyKey: string;
  description: string;
  /** Carries `ledgerId`, so webhooks and reconciliation find our entry whatever the provider's id. */
  metadata: Record<string, string> & { ledgerId: string };
  /** Renewals: the customer is not present (Stripe `off_session`, no 3-D Secure challenge possible). */
  offSession: boolean;
}

/** What reconciliation asks the provider about: one of our ledger entries and its idempotency key. */
export interface ChargeLookup {
  idempotencyKey: string;
  ledgerId: string;
}

/** `payment_method_rejected`: the provider refused the request itself (a 4xx other than a decline). */
export type FailureCode = 'card_declined' | 'insufficient_funds' | 'processing_error' | 'payment_method_rejected' | 'not_charged';

export type ChargeOutcome =
  | { status: 'succeeded'; providerPaymentId: string }
  | { status: 'requires_action'; providerPaymentId: string }
  | { status: 'failed'; providerPaymentId?: string; failureCode: FailureCode; message: string };

export interface RefundCommand {
  providerPaymentId: string;
  amount: number;
  idempotencyKey: string;
}

export interface RefundOutcome {
  providerRefundId: string;
  status: 'succeeded' | 'pending' | 'failed';
}

/** A verified provider event, reduced to what billing acts on. */
export interface ProviderEvent {
  id: string;
  kind: 'payment_succeeded' | 'payment_failed' | 'ignored';
  providerPaymentId?: string;
  /** Our ledger id from the payment's metadata: how the event is matched, in any order. */
  ledgerId?: string;
  createdAt: Date;
}

/**
 * The provider's answer when a method is set up for later off-session charges (Stripe: a confirmed
 * SetupIntent). The fingerprint identifies the card across accounts, where the provider gives one.
 */
export type MethodCheck = { accepted: true; fingerprint?: string } | { accepted: false; message: string };

/** One interface for every payment provider; the rest of billing never sees a provider SDK. */
export abstract class PaymentProvider {
  abstract readonly name: PaymentProviderName;
  /** How the ledger names the method, e.g. `sandbox:card`. */
  abstract methodLabel(paymentMethod: string): string;
  /**
   * Charges once per idempotency key. Throws BILLING.PROVIDER_UNAVAILABLE when the outcome is
   * unknown (no answer): the charge may or may not have been taken.
   */
  abstract charge(command: ChargeCommand): Promise<ChargeOutcome>;
  /** Sets the method up for off-session charges without charging it. Throws BILLING.PROVIDER_UNAVAILABLE when there is no answer. */
  abstract verifyPaymentMethod(paymentMethod: string): Promise<MethodCheck>;
  /** What became of an earlier charge attempt; null when the provider never saw it. */
  abstract lookup(lookup: ChargeLookup): Promise<ChargeOutcome | null>;
  abstract refund(command: RefundCommand): Promise<RefundOutcome>;
  /** Verifies the signature over the exact raw body; throws BILLING.WEBHOOK_SIGNATURE_INVALID. */
  abstract parseWebhook(payload: string, signature: string): ProviderEvent;
}
