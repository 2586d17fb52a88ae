import { BillingClock } from '../clock/billing-clock.js';
import { createStripeClient, StripePaymentProvider } from './stripe.provider.js';
import { signWebhookPayload } from './webhook-signature.js';

// Real stripe-mock (scripts/infra.sh up): the official client, real HTTP, Stripe's own request validation.
const apiBase = process.env.STRIPE_API_BASE ?? 'http://127.0.0.1:12111';
const webhookSecret = 'whsec_int_spec_secret';
const clock = new BillingClock();
const provider = new StripePaymentProvider(createStripeClient({ apiBase, secretKey: 'sk_test_123', timeoutMs: 5000 }), webhookSecret, clock);

const command = { amount: 1189, currency: 'EUR', paymentMethod: 'pm_card_visa', idempotencyKey: `int-${Date.now()}`, description: 'Standard, month', metadata: { subscriptionId: 's1', ledgerId: 'txn_int_1' }, offSession: false };

describe('StripePaymentProvider against stripe-mock', () => {
  it('creates a confirmed PaymentIntent and keeps Stripe’s id', async () => {
    const outcome = await provider.charge(command);
    expect(outcome.providerPaymentId).toMatch(/^pi_/);
  });

  it('maps an intent left in requires_payment_method (stripe-mock’s fixture) to a failed, declined charge', async () => {
    // stripe-mock answers every create with its fixture status; a real decline looks the same.
    const outcome = await provider.charge({ ...command, idempotencyKey: `decl-${Date.now()}` });
    expect(outcome).toMatchObject({ status: 'failed', failureCode: 'card_declined', providerPaymentId: expect.stringMatching(/^pi_/) });
  });

  it('charges a renewal off-session with the saved payment method (Stripe validates the off_session parameter)', async () => {
    const outcome = await provider.charge({ ...command, idempotencyKey: `off-${Date.now()}`, offSession: true });
    expect(outcome.providerPaymentId).toMatch(/^pi_/);
  });

  it('looks a charge up by our ledger id in the metadata (search API); null when Stripe has none with that id', async () => {
    // stripe-mock answers every search with its fixture intent, whose metadata is not ours.
    await expect(provider.lookup({ idempotencyKey: command.idempotencyKey, ledgerId: 'txn_unknown_to_stripe' })).resolves.toBeNull();
  });

  it('sets a method up with a confirmed off-session SetupIntent; one stripe-mock leaves in requires_payment_method is refused, like a failed setup', async () => {
    // stripe-mock answers every SetupIntent with its fixture status (requires_payment_method).
    await expect(provider.verifyPaymentMethod('pm_card_visa')).resolves.toEqual({ accepted: false, message: expect.any(String) });
  });

  it('answers 503 BILLING.PROVIDER_UNAVAILABLE when Stripe cannot be reached to set a method up', async () => {
    const offline = new StripePaymentProvider(createStripeClient({ apiBase: 'http://127.0.0.1:1', secretKey: 'sk_test_123', timeoutMs: 1000 }), webhookSecret, clock);
    await expect(offline.verifyPaymentMethod('pm_card_visa')).rejects.toMatchObject({ status: 503, code: 'BILLING.PROVIDER_UNAVAILABLE' });
  });

  it('creates a refund for a PaymentIntent', async () => {
    const outcome = await provider.refund({ providerPaymentId: 'pi_123', amount: 500, idempotencyKey: `refund-${Date.now()}` });
    expect(outcome.providerRefundId).toMatch(/^re_/);
    expect(['succeeded', 'pending', 'failed']).toContain(outcome.status);
  });

  it('answers 503 BILLING.PROVIDER_UNAVAILABLE when Stripe cannot be reached', async () => {
    const offline = new StripePaymentProvider(createStripeClient({ apiBase: 'http://127.0.0.1:1', secretKey: 'sk_test_123', timeoutMs: 1000 }), webhookSecret, clock);
    await expect(offline.charge(command)).rejects.toMatchObject({ status: 503, code: 'BILLING.PROVIDER_UNAVAILABLE' });
  });

  it('verifies a signed webhook and maps payment_intent.succeeded', () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'payment_intent.succeeded', created: 1_800_000_000, data: { object: { id: 'pi_abc', object: 'payment_intent' } } });
    const signature = signWebhookPayload(payload, webhookSecret, Math.floor(Date.now() / 1000));
    expect(provider.parseWebhook(payload, signature)).toEqual({ id: 'evt_1', kind: 'payment_succeeded', providerPaymentId: 'pi_abc', createdAt: new Date(1_800_000_000_000) });
  });

  it('refuses a webhook whose body was changed after signing', () => {
    const payload = JSON.stringify({ id: 'evt_2', type: 'payment_intent.succeeded', created: 1, data: { object: { id: 'pi_abc' } } });
    const signature = signWebhookPayload(payload, webhookSecret, Math.floor(Date.now() / 1000));
    expect(() => provider.parseWebhook(payload.replace('pi_abc', 'pi_evil'), signature)).toThrow(expect.objectContaining({ code: 'BILLING.WEBHOOK_SIGNATURE_INVALID' }));
  });

  it('refuses a correctly signed webhook that is older than the tolerance (replay)', () => {
    const payload = JSON.stringify({ id: 'evt_3', type: 'payment_intent.succeeded', created: 1, data: { object: { id: 'pi_abc' } } });
    const signature = signWebhookPayload(payload, webhookSecret, Math.floor(Date.now() / 1000) - 3600);
    expect(() => provider.parseWebhook(payload, signature)).toThrow(expect.objectContaining({ status: 400 }));
  });
});
