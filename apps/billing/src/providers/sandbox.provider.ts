import { createHash } from 'node:crypto';
import { DomainError, ErrorCodes } from '@onstream/common';
import type { BillingClock } from '../clock/billing-clock.js';
import { PaymentProvider, type ChargeCommand, type ChargeLookup, type ChargeOutcome, type FailureCode, type MethodCheck, type ProviderEvent, type RefundCommand, type RefundOutcome } from './payment-provider.js';
import type { SandboxPaymentsRepository } from './sandbox-payments.repository.js';
import { verifyProviderEvent } from './webhook-signature.js';

type CardBehaviour = { status: 'succeeded' } | { status: 'requires_action' } | { status: 'failed'; failureCode: FailureCode; message: string };

/** The sandbox's test cards (Stripe's numbers, so the same fixtures work against both). */
export const SANDBOX_CARDS: Record<string, CardBehaviour> = {
  '4242424242424242': { status: 'succeeded' },
  '4000000000000002': { status: 'failed', failureCode: 'card_declined', message: 'Your card was declined.' },
  '4000000000009995': { status: 'failed', failureCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  '4000002760003184': { status: 'requires_action' },
  // Refused by the provider itself (Stripe: an invalid request, e.g. a detached payment method).
  '4000000000000069': { status: 'failed', failureCode: 'payment_method_rejected', message: 'The payment method was rejected.' },
  // Stripe's "attaches, then charges fail": set up fine (a trial starts), every charge declined.
  '4000000000000341': { status: 'failed', failureCode: 'card_declined', message: 'Your card was declined.' },
};

/** Cards the sandbox refuses to set up for later charges (Stripe: the SetupIntent fails). */
const REFUSED_AT_SETUP = new Set(['4000000000000002', '4000000000000069']);

function digest(prefix: string, key: string): string {
  return `${prefix}_${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}

/**
 * The built-in provider for local runs and tests: decides by test card number, charges nothing
 * real. It keeps its own record per idempotency key, like a real provider: a retried charge is the
 * same payment, and reconciliation can ask what became of an attempt.
 */
export class SandboxPaymentProvider extends PaymentProvider {
  readonly name = 'sandbox' as const;

  constructor(
    private readonly webhookSecret: string,
    private readonly clock: BillingClock,
    private readonly records: SandboxPaymentsRepository,
  ) {
    super();
  }

  methodLabel(paymentMethod: string): string {
    return `sandbox:card-${this.cardNumber(paymentMethod).slice(-4)}`;
  }

  async charge(command: ChargeCommand): Promise<ChargeOutcome> {
    const behaviour = SANDBOX_CARDS[this.cardNumber(command.paymentMethod)];
    const providerPaymentId = digest('sbx_pi', command.idempotencyKey);
    // Off-session too, a 3-D Secure card leaves the payment waiting for the customer (Stripe's
    // authentication_required leaves the intent in requires_action).
    const outcome: ChargeOutcome = behaviour.status === 'failed' ? { ...behaviour, providerPaymentId } : { status: behaviour.status, providerPaymentId };
    const stored = await this.records.recordOnce({
      _id: command.idempotencyKey,
      ledgerId: command.metadata.ledgerId,
      amount: command.amount,
      currency: command.currency,
      outcome,
      refunded: 0,
      refundKeys: [],
      createdAt: this.clock.now(),
    });
    return stored.outcome;
  }

  /**
   * Sets up a test card. The sandbox gives no fingerprint: its test numbers are shared by every
   * test user, so a per-card rule would only make the sandbox disagree with itself.
   */
  async verifyPaymentMethod(paymentMethod: string): Promise<MethodCheck> {
    const card = this.cardNumber(paymentMethod);
    return REFUSED_AT_SETUP.has(card) ? { accepted: false, message: 'The card could not be set up for later payments.' } : { accepted: true };
  }

  async lookup({ idempotencyKey }: ChargeLookup): Promise<ChargeOutcome | null> {
    return (await this.records.find(idempotencyKey))?.outcome ?? null;
  }

  async refund(command: RefundCommand): Promise<RefundOutcome> {
    const payment = await this.records.findByPaymentId(command.providerPaymentId);
    if (payment) await this.records.refundOnce(payment._id, command.idempotencyKey, command.amount);
    return { providerRefundId: digest('sbx_re', command.idempotencyKey), status: 'succeeded' };
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
