import Stripe from 'stripe';
import { DomainError, ErrorCodes } from '@onstream/common';
import type { BillingClock } from '../clock/billing-clock.js';
import { PaymentProvider, type ChargeCommand, type ChargeLookup, type ChargeOutcome, type FailureCode, type MethodCheck, type ProviderEvent, type RefundCommand, type RefundOutcome } from './payment-provider.js';
import { verifyProviderEvent } from './webhook-signature.js';

export interface StripeSettings {
  apiBase: string;
  secretKey: string;
  webhookSecret: string;
  timeoutMs: number;
}

/** The official Stripe client pointed at STRIPE_API_BASE (stripe-mock locally). */
export function createStripeClient(settings: Pick<StripeSettings, 'apiBase' | 'secretKey' | 'timeoutMs'>): Stripe {
  const url = new URL(settings.apiBase);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(settings.secretKey, {
    host: url.hostname,
    port: url.port || (protocol === 'http' ? 80 : 443),
    protocol,
    timeout: settings.timeoutMs,
    maxNetworkRetries: 1,
  });
}

function failureCode(code: string | undefined): FailureCode {
  return code === 'insufficient_funds' ? 'insufficient_funds' : 'card_declined';
}

/**
 * Stripe adapter: one confirmed PaymentIntent per charge, with our idempotency key as Stripe's,
 * so a retried request never charges twice.
 */
export class StripePaymentProvider extends PaymentProvider {
  readonly name = 'stripe' as const;

  constructor(
    private readonly stripe: Stripe,
    private readonly webhookSecret: string,
    private readonly clock: BillingClock,
  ) {
    super();
  }

  methodLabel(): string {
    return 'stripe:card';
  }

  async charge(command: ChargeCommand): Promise<ChargeOutcome> {
    let intent: Stripe.PaymentIntent;
    try {
      intent = await this.stripe.paymentIntents.create(
        {
          amount: command.amount,
          currency: command.currency.toLowerCase(),
          payment_method: command.paymentMethod,
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          confirm: true,
          // Renewals charge the saved method without the customer: Stripe then asks for no challenge it cannot get.
          ...(command.offSession ? { off_session: true } : {}),
          description: command.description,
          metadata: command.metadata,
        },
        { idempotencyKey: command.idempotencyKey },
      );
    } catch (error) {
      return this.failedCharge(error);
    }
    return this.outcomeOf(intent);
  }

  /**
   * A confirmed off-session SetupIntent: Stripe checks the card with the bank without charging it.
   * The card's fingerprint (the same card on any account) comes from the PaymentMethod.
   */
  async verifyPaymentMethod(paymentMethod: string): Promise<MethodCheck> {
    let setup: Stripe.SetupIntent;
    try {
      setup = await this.stripe.setupIntents.create({
        payment_method: paymentMethod,
        confirm: true,
        usage: 'off_session',
        automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      });
    } catch (error) {
      if (error instanceof Stripe.errors.StripeCardError || error instanceof Stripe.errors.StripeInvalidRequestError) return { accepted: false, message: error.message };
      throw this.unavailable(error);
    }
    // requires_action (3-D Secure at setup) is accepted: the customer authenticates on the client.
    if (setup.status !== 'succeeded' && setup.status !== 'requires_action' && setup.status !== 'processing') {
      return { accepted: false, message: setup.last_setup_error?.message ?? `The card could not be set up (${setup.status}).` };
    }
    try {
      const method = await this.stripe.paymentMethods.retrieve(paymentMethod);
      return { accepted: true, ...(method.card?.fingerprint ? { fingerprint: method.card.fingerprint } : {}) };
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  /** Finds the intent by our ledger id in its metadata (Stripe's search; may lag about a minute). */
  async lookup({ ledgerId }: ChargeLookup): Promise<ChargeOutcome | null> {
    let found: Stripe.ApiSearchResult<Stripe.PaymentIntent>;
    try {
      found = await this.stripe.paymentIntents.search({ query: `metadata['ledgerId']:'${ledgerId.replace(/[^\w-]/g, '')}'`, limit: 1 });
    } catch (error) {
      throw this.unavailable(error);
    }
    const intent = found.data.find((candidate) => candidate.metadata.ledgerId === ledgerId);
    return intent ? this.outcomeOf(intent) : null;
  }

  private outcomeOf(intent: Stripe.PaymentIntent): ChargeOutcome {
    switch (intent.status) {
      case 'succeeded':
        return { status: 'succeeded', providerPaymentId: intent.id };
      case 'requires_action':
      case 'requires_confirmation':
      case 'processing':
        // Completion arrives as a webhook (payment_intent.succeeded / payment_failed).
        return { status: 'requires_action', providerPaymentId: intent.id };
      default:
        return {
          status: 'failed',
          providerPaymentId: intent.id,
          failureCode: failureCode(intent.last_payment_error?.decline_code ?? intent.last_payment_error?.code),
          message: intent.last_payment_error?.message ?? `The payment ended as ${intent.status}.`,
        };
    }
  }

  async refund(command: RefundCommand): Promise<RefundOutcome> {
    try {
      const refund = await this.stripe.refunds.create({ payment_intent: command.providerPaymentId, amount: command.amount }, { idempotencyKey: command.idempotencyKey });
      const status = refund.status === 'succeeded' ? 'succeeded' : refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'pending';
      return { providerRefundId: refund.id, status };
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  parseWebhook(payload: string, signature: string): ProviderEvent {
    return verifyProviderEvent(payload, signature, this.webhookSecret, this.clock.now());
  }

  private failedCharge(error: unknown): ChargeOutcome {
    if (error instanceof Stripe.errors.StripeCardError) {
      // Off-session 3-D Secure: the intent waits for the customer, who finishes it on the intent.
      if (error.code === 'authentication_required' && error.payment_intent) return { status: 'requires_action', providerPaymentId: error.payment_intent.id };
      return { status: 'failed', failureCode: failureCode(error.decline_code ?? error.code), message: error.message, ...(error.payment_intent ? { providerPaymentId: error.payment_intent.id } : {}) };
    }
    // Stripe refused the request itself (e.g. a detached payment method): a failed payment, not a retry.
    if (error instanceof Stripe.errors.StripeInvalidRequestError) {
      return { status: 'failed', failureCode: 'payment_method_rejected', message: error.message };
    }
    throw this.unavailable(error);
  }

  private unavailable(error: unknown): DomainError {
    return new DomainError(ErrorCodes.BillingProviderUnavailable, 503, 'The payment provider did not answer.', {
      retryAfterSeconds: 5,
      providerMessage: error instanceof Error ? error.message : String(error),
    });
  }
}
