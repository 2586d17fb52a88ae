import type { PaymentProviderName } from '@onstream/common';

export interface ChargeCommand {
  /** Minor units, tax included. */
  amount: number;
  currency: string;
  paymentMethod: string;
  /** Sent to the provider too, so a retried charge is never taken twice. */
  idempotencyKey: string;
  description: string;
  metadata: Record<string, string>;
}

export type FailureCode = 'card_declined' | 'insufficient_funds' | 'processing_error';

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
  createdAt: Date;
}

/** One interface for every payment provider; the rest of billing never sees a provider SDK. */
export abstract class PaymentProvider {
  abstract readonly name: PaymentProviderName;
  /** How the ledger names the method, e.g. `sandbox:card`. */
  abstract methodLabel(paymentMethod: string): string;
  abstract charge(command: ChargeCommand): Promise<ChargeOutcome>;
  abstract refund(command: RefundCommand): Promise<RefundOutcome>;
  /** Verifies the signature over the exact raw body; throws BILLING.WEBHOOK_SIGNATURE_INVALID. */
  abstract parseWebhook(payload: string, signature: string): ProviderEvent;
}
