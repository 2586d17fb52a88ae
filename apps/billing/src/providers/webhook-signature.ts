import Stripe from 'stripe';
import { DomainError, ErrorCodes } from '@onstream/common';
import type { ProviderEvent } from './payment-provider.js';

/** Signatures older than this are refused, so a captured delivery cannot be replayed later. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

const verifier = Stripe.webhooks;

/**
 * Verifies a `t=…,v1=…` HMAC-SHA256 signature (Stripe's scheme, also used by the sandbox) and
 * maps the event to what billing acts on.
 */
export function verifyProviderEvent(payload: string, signature: string, secret: string, now: Date): ProviderEvent {
  let event: Stripe.Event;
  try {
    event = verifier.constructEvent(payload, signature, secret, WEBHOOK_TOLERANCE_SECONDS, undefined, now.getTime());
  } catch (error) {
    throw new DomainError(ErrorCodes.BillingWebhookSignatureInvalid, 400, 'The webhook signature does not match its body, or it is too old.', {
      reason: error instanceof Error ? error.message.split('\n')[0] : 'unverifiable',
    });
  }
  const object = (event.data as { object?: { id?: unknown; metadata?: { ledgerId?: unknown } } }).object;
  const providerPaymentId = typeof object?.id === 'string' ? object.id : undefined;
  const ledgerId = typeof object?.metadata?.ledgerId === 'string' ? object.metadata.ledgerId : undefined;
  const found = { providerPaymentId, ...(ledgerId ? { ledgerId } : {}), createdAt: new Date(event.created * 1000) };
  switch (event.type) {
    case 'payment_intent.succeeded':
      return { id: event.id, kind: 'payment_succeeded', ...found };
    case 'payment_intent.payment_failed':
      return { id: event.id, kind: 'payment_failed', ...found };
    default:
      return { id: event.id, kind: 'ignored', ...found };
  }
}

/** Builds a signature header the way providers do (for tests and the sandbox's own tooling). */
export function signWebhookPayload(payload: string, secret: string, timestampSeconds: number): string {
  return verifier.generateTestHeaderString({ payload, secret, timestamp: timestampSeconds });
}
