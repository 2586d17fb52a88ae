import { createHash } from 'node:crypto';
import { DomainError, ErrorCodes } from '@onstream/common';
import type { BillingClock } from '../clock/billing-clock.js';
import { PaymentProvider, type ChargeCommand, type ChargeOutcome, type ProviderEvent, type RefundCommand, type RefundOutcome } from './payment-provider.js';
import { verifyProviderEvent } from './webhook-signature.js';

type CardBehaviour = { status: 'succeeded' } | { status: 'requires_action' } | { status: 'failed'; failureCode: 'card_declined' | 'insufficient_funds'; message: string };

/** The sandbox's test cards (Stripe's numbers, so the same fixtures work against both). */
export const SANDBOX_CARDS: Record<string, CardBehaviour> = {
  '4242424242424242': { status: 'succeeded' },
  '4000000000000002': { status: 'failed', failureCode: 'card_declined', message: 'Your card was declined.' },
  '4000000000009995': { status: 'failed', failureCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  '4000002760003184': { status: 'requires_action' },
};

function digest(prefix: string, key: string): string {
  return `${prefix}_${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}

/**
 * The built-in provider for local runs and tests: decides by test card number, charges nothing
 * real. Payment ids derive from the idempotency key, so a retried charge is the same payment.
 */
export class SandboxPaymentProvider extends PaymentProvider {
  readonly name = 'sandbox' as const;

  constructor(
    private readonly webhookSecret: string,
    private readonly clock: BillingClock,
  ) {
    super();
  }

  methodLabel(paymentMethod: string): string {
    return `sandbox:card-${this.cardNumber(paymentMethod).slice(-4)}`;
  }

  charge(command: ChargeCommand): Promise<ChargeOutcome> {
    const behaviour = SANDBOX_CARDS[this.cardNumber(command.paymentMethod)];
    const providerPaymentId = digest('sbx_pi', command.idempotencyKey);
    return Promise.resolve(behaviour.status === 'failed' ? { ...behaviour, providerPaymentId } : { status: behaviour.status, providerPaymentId });
  }

  refund(command: RefundCommand): Promise<RefundOutcome> {
    return Promise.resolve({ providerRefundId: digest('sbx_re', command.idempotencyKey), status: 'succeeded' });
  }

  parseWebhook(payload: string, signature: string): ProviderEvent {
    return verifyProviderEvent(payload, signature, this.webhookSecret, this.clock.now());
  }

  /** Refuses anything but a known test card before any money logic runs. */
  private cardNumber(paymentMethod: string): string {
    const digits = paymentMethod.replace(/[\s-]/g, '');
    if (!(digits in SANDBOX_CARDS)) {
      throw new DomainError(ErrorCodes.BillingInvalidPaymentMethod, 400, 'The sandbox accepts only its test cards.', { accepted: Object.keys(SANDBOX_CARDS) });
    }
    return digits;
  }
}
