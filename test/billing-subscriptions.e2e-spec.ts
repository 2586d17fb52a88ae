import Stripe from 'stripe';
import { BillingApi, CARDS, mintBillingCaller, newKey, type BillingCaller } from './support/billing-tokens.js';
import { Platform } from './support/platform.js';

const WEBHOOK_SECRET = 'whsec_e2e_subscriptions';
const platform = new Platform();
const api = new BillingApi(platform);
let admin: BillingCaller;
const plans: Record<'basic' | 'premium' | 'trial', { id: string }> = { basic: { id: '' }, premium: { id: '' }, trial: { id: '' } };

interface Subscription {
  id: string;
  status: string;
  currentPeriodStart: string;
  currentPeriodEnd: string;
  cancelAtPeriodEnd: boolean;
  failedAttempts: number;
  nextChargeAt?: string;
  nextChargeAmount?: number;
  creditBalance: number;
  payment?: { id: string; status: string; amount: number; netAmount: number; taxAmount: number; nextAction?: { type: string; providerPaymentId: string } };
}
interface History {
  items: Array<{ type: string; status: string; amount: number; description: string }>;
  meta: { total: number };
}

const features = { maxQuality: '1080p', maxDevices: 2, maxStreams: 2, downloads: false };
const at = (iso: string) => new Date(iso);

async function createPlan(body: Record<string, unknown>): Promise<string> {
  const created = await api.call<{ id: string }>('POST', '/payments/plans', admin, body);
  if (created.status !== 201) throw new Error(`plan not created: ${JSON.stringify(created.body)}`);
  return created.body.id;
}

async function subscribe(caller: BillingCaller, planId: string, paymentMethod: string, country = 'DE', key = newKey()) {
  return api.call<Subscription & { code?: string }>('POST', '/payments/subscribe', caller, { planId, paymentMethod, country }, key);
}

async function history(caller: BillingCaller): Promise<History> {
  return (await api.call<History>('GET', '/payments/history?limit=100', caller)).body;
}

async function entitlement(caller: BillingCaller, videoId = 'any_video') {
  return (await api.call<{ allowed: boolean; source: string; maxQuality?: string }>('GET', `/me/entitlements/${videoId}`, caller)).body;
}

beforeAll(async () => {
  await platform.start({ env: { BILLING_SANDBOX_WEBHOOK_SECRET: WEBHOOK_SECRET, BILLING_TEST_CLOCK: 'true', BILLING_SWEEP_INTERVAL_MS: '0', BILLING_ENTITLEMENT_CACHE_MS: '30000' } });
  admin = mintBillingCaller(platform, 'admin');
  plans.basic.id = await createPlan({ name: 'Basic', interval: 'month', price: 999, currency: 'EUR', trialDays: 0, features });
  plans.premium.id = await createPlan({ name: 'Premium', interval: 'month', price: 1999, currency: 'EUR', trialDays: 0, features: { ...features, maxQuality: '2160p', maxStreams: 4 } });
  plans.trial.id = await createPlan({ name: 'Trial', interval: 'month', price: 999, currency: 'EUR', trialDays: 7, features });
});
afterAll(() => platform.stop());

describe('subscribing with each sandbox card', () => {
  beforeAll(() => api.setClock(admin, at('2027-01-01T00:00:00Z')));

  it('activates with 4242 and charges the price plus the buyer country’s tax', async () => {
    const viewer = mintBillingCaller(platform);
    const reply = await subscribe(viewer, plans.basic.id, CARDS.succeeds, 'DE');
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ status: 'active', currentPeriodStart: '2027-01-01T00:00:00.000Z', currentPeriodEnd: '2027-02-01T00:00:00.000Z' });
    // 999 + 19 % of 999 (189.81 → 190)
    expect(reply.body.payment).toMatchObject({ status: 'completed', netAmount: 999, taxAmount: 190, amount: 1189 });
    expect(await entitlement(viewer)).toMatchObject({ allowed: true, source: 'subscription', maxQuality: '1080p' });
  });

  it('refuses a declined card with 402 BILLING.CARD_DECLINED and charges nothing', async () => {
    const viewer = mintBillingCaller(platform);
    const reply = await subscribe(viewer, plans.basic.id, CARDS.declined);
    expect(reply.status).toBe(402);
    expect(reply.body).toMatchObject({ code: 'BILLING.CARD_DECLINED' });
    const { items } = await history(viewer);
    expect(items.map((i) => i.status)).toEqual(['failed']);
    expect(await entitlement(viewer)).toMatchObject({ allowed: false });
  });

  it('refuses insufficient funds with 402 BILLING.INSUFFICIENT_FUNDS', async () => {
    const reply = await subscribe(mintBillingCaller(platform), plans.basic.id, CARDS.insufficientFunds);
    expect(reply.status).toBe(402);
    expect(reply.body).toMatchObject({ code: 'BILLING.INSUFFICIENT_FUNDS' });
  });

  it('leaves a 3-D Secure card incomplete with an authenticate action and no access yet', async () => {
    const viewer = mintBillingCaller(platform);
    const reply = await subscribe(viewer, plans.basic.id, CARDS.requiresAction);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ status: 'incomplete', payment: { status: 'pending', nextAction: { type: 'authenticate' } } });
    expect(await entitlement(viewer)).toMatchObject({ allowed: false });
  });

  it('lets a viewer whose card was declined subscribe again with another card', async () => {
    const viewer = mintBillingCaller(platform);
    expect((await subscribe(viewer, plans.basic.id, CARDS.declined)).status).toBe(402);
    expect((await subscribe(viewer, plans.basic.id, CARDS.succeeds)).body).toMatchObject({ status: 'active' });
  });

  it('refuses a second live subscription with 409 BILLING.ALREADY_SUBSCRIBED', async () => {
    const viewer = mintBillingCaller(platform);
    await subscribe(viewer, plans.basic.id, CARDS.succeeds);
    const second = await subscribe(viewer, plans.premium.id, CARDS.succeeds);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'BILLING.ALREADY_SUBSCRIBED' });
  });
});

describe('renewals on the billing clock', () => {
  it('goes from trial to active at the trial end and renews a month later, charging each time', async () => {
    const viewer = mintBillingCaller(platform);
    await api.setClock(admin, at('2027-03-01T00:00:00Z'));
    const trial = await subscribe(viewer, plans.trial.id, CARDS.succeeds, 'US');
    expect(trial.body).toMatchObject({ status: 'trialing', currentPeriodEnd: '2027-03-08T00:00:00.000Z', nextChargeAt: '2027-03-08T00:00:00.000Z', nextChargeAmount: 999 });
    expect((await history(viewer)).meta.total).toBe(0);

    // Sweeps renew every subscription due by then (other tests' too), so each test checks its own.
    await api.sweepAt(admin, at('2027-03-08T00:00:00Z'));
    const active = (await api.call<Subscription>('GET', '/me/subscription', viewer)).body;
    expect(active).toMatchObject({ status: 'active', currentPeriodStart: '2027-03-08T00:00:00.000Z', currentPeriodEnd: '2027-04-08T00:00:00.000Z' });

    await api.sweepAt(admin, at('2027-04-08T00:00:01Z'));
    const renewed = (await api.call<Subscription>('GET', '/me/subscription', viewer)).body;
    expect(renewed).toMatchObject({ status: 'active', currentPeriodEnd: '2027-05-08T00:00:00.000Z' });
    const { items } = await history(viewer);
    expect(items.map((i) => [i.type, i.status, i.amount])).toEqual([
      ['charge', 'completed', 999],
      ['charge', 'completed', 999],
    ]);
  });

  it('dunning: retries a failing renewal on days 1, 3 and 5, keeps access meanwhile, then expires', async () => {
    const viewer = mintBillingCaller(platform);
    await api.setClock(admin, at('2027-06-01T00:00:00Z'));
    // The card sets up, so the trial starts; every charge is declined, which shows at the first renewal.
    expect((await subscribe(viewer, plans.trial.id, CARDS.declinedAfterSetup)).body).toMatchObject({ status: 'trialing' });

    expect(await api.sweepAt(admin, at('2027-06-08T00:00:00Z'))).toMatchObject({ failed: expect.any(Number) });
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'past_due', failedAttempts: 1, nextChargeAt: '2027-06-09T00:00:00.000Z' });
    expect(await entitlement(viewer)).toMatchObject({ allowed: true });

    await api.sweepAt(admin, at('2027-06-09T00:00:00Z'));
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'past_due', failedAttempts: 2, nextChargeAt: '2027-06-11T00:00:00.000Z' });
    await api.sweepAt(admin, at('2027-06-11T00:00:00Z'));
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'past_due', failedAttempts: 3, nextChargeAt: '2027-06-13T00:00:00.000Z' });

    await api.sweepAt(admin, at('2027-06-13T00:00:00Z'));
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'expired', endedAt: '2027-06-13T00:00:00.000Z' });
    expect(await entitlement(viewer)).toMatchObject({ allowed: false, source: 'none' });
    const { items } = await history(viewer);
    expect(items).toHaveLength(4);
    expect(items.every((i) => i.status === 'failed')).toBe(true);
  });

  it('cancels at period end: access until then, no renewal charge, canceled after', async () => {
    const viewer = mintBillingCaller(platform);
    await api.setClock(admin, at('2027-08-01T00:00:00Z'));
    const { body: subscription } = await subscribe(viewer, plans.basic.id, CARDS.succeeds);
    const canceled = await api.call<Subscription>('POST', `/payments/subscriptions/${subscription.id}/cancel`, viewer, { atPeriodEnd: true });
    expect(canceled.body).toMatchObject({ status: 'active', cancelAtPeriodEnd: true });
    expect(canceled.body.nextChargeAt).toBeUndefined();
    expect(await entitlement(viewer)).toMatchObject({ allowed: true });

    await api.sweepAt(admin, at('2027-09-01T00:00:00Z'));
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'canceled', endedAt: '2027-09-01T00:00:00.000Z' });
    expect(await entitlement(viewer)).toMatchObject({ allowed: false });
    expect((await history(viewer)).meta.total).toBe(1);
  });

  it('resumes a subscription set to cancel, so it renews again', async () => {
    const viewer = mintBillingCaller(platform);
    await api.setClock(admin, at('2027-10-01T00:00:00Z'));
    const { body: subscription } = await subscribe(viewer, plans.basic.id, CARDS.succeeds);
    await api.call('POST', `/payments/subscriptions/${subscription.id}/cancel`, viewer, { atPeriodEnd: true });
    const resumed = await api.call<Subscription>('POST', `/payments/subscriptions/${subscription.id}/resume`, viewer);
    expect(resumed.body).toMatchObject({ status: 'active', cancelAtPeriodEnd: false, nextChargeAt: '2027-11-01T00:00:00.000Z' });
    await api.sweepAt(admin, at('2027-11-01T00:00:00Z'));
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'active', currentPeriodEnd: '2027-12-01T00:00:00.000Z' });
  });

  it('cancels immediately: access ends now', async () => {
    const viewer = mintBillingCaller(platform);
    await api.setClock(admin, at('2027-10-05T00:00:00Z'));
    const { body: subscription } = await subscribe(viewer, plans.basic.id, CARDS.succeeds);
    const canceled = await api.call<Subscription>('POST', `/payments/subscriptions/${subscription.id}/cancel`, viewer, { atPeriodEnd: false });
    expect(canceled.body).toMatchObject({ status: 'canceled', endedAt: '2027-10-05T00:00:00.000Z' });
    expect(await entitlement(viewer)).toMatchObject({ allowed: false });
  });
});

describe('late confirmation of a renewal', () => {
  /** A provider success event, signed as of the pinned billing clock (its tolerance window uses it). */
  async function confirm(paymentId: string, at: Date) {
    const seconds = Math.floor(at.getTime() / 1000);
    const payload = JSON.stringify({ id: `evt_${paymentId}_${seconds}`, object: 'event', type: 'payment_intent.succeeded', created: seconds, data: { object: { id: paymentId } } });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET, timestamp: seconds });
    const response = await fetch(platform.url('/payments/webhooks/sandbox'), { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
    expect(response.status).toBe(200);
  }

  it('renews a past_due subscription when the provider confirms the authenticated renewal payment', async () => {
    const viewer = mintBillingCaller(platform);
    await api.setClock(admin, at('2028-03-01T00:00:00Z'));
    const started = await subscribe(viewer, plans.basic.id, CARDS.requiresAction, 'US');
    await confirm(started.body.payment?.nextAction?.providerPaymentId ?? '', at('2028-03-01T00:00:00Z'));
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'active' });

    await api.sweepAt(admin, at('2028-04-01T00:00:00Z'));
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'past_due', failedAttempts: 1 });
    const renewal = (await api.call<{ items: Array<{ status: string; nextAction?: { providerPaymentId: string } }> }>('GET', '/payments/history?status=pending', viewer)).body.items[0];
    await confirm(renewal.nextAction?.providerPaymentId ?? '', at('2028-04-01T00:00:00Z'));
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'active', failedAttempts: 0, currentPeriodStart: '2028-04-01T00:00:00.000Z', currentPeriodEnd: '2028-05-01T00:00:00.000Z' });
  });
});

describe('plan change with proration', () => {
  it('charges the prorated upgrade and credits a downgrade, to the cent', async () => {
    const viewer = mintBillingCaller(platform);
    await api.setClock(admin, at('2028-01-01T00:00:00Z'));
    const { body: subscription } = await subscribe(viewer, plans.basic.id, CARDS.succeeds, 'DE');

    // 21 of 31 days left: credit 999 × 21/31 = 676.74 → 677, charge 1999 × 21/31 = 1354.16 → 1354
    await api.setClock(admin, at('2028-01-11T00:00:00Z'));
    const upgrade = await api.call<{ subscription: Subscription; proration: Record<string, number> }>('POST', `/payments/subscriptions/${subscription.id}/change-plan`, viewer, { planId: plans.premium.id }, newKey());
    expect(upgrade.status).toBe(200);
    expect(upgrade.body.proration).toEqual({ credit: 677, charge: 1354, net: 677, remainingSeconds: 21 * 86400, periodSeconds: 31 * 86400 });
    // Tax on the net: 677 × 19 % = 128.63 → 129
    expect(upgrade.body.subscription.payment).toMatchObject({ status: 'completed', netAmount: 677, taxAmount: 129, amount: 806 });
    expect(await entitlement(viewer)).toMatchObject({ maxQuality: '2160p' });

    // 11 of 31 days left: credit 1999 × 11/31 = 709.32 → 709, charge 999 × 11/31 = 354.48 → 354
    await api.setClock(admin, at('2028-01-21T00:00:00Z'));
    const downgrade = await api.call<{ subscription: Subscription; proration: Record<string, number> }>('POST', `/payments/subscriptions/${subscription.id}/change-plan`, viewer, { planId: plans.basic.id }, newKey());
    expect(downgrade.body.proration).toMatchObject({ credit: 709, charge: 354, net: -355 });
    expect(downgrade.body.subscription).toMatchObject({ creditBalance: 355, nextChargeAmount: 644 });
    expect(downgrade.body.subscription.payment).toBeUndefined();

    await api.sweepAt(admin, at('2028-02-01T00:00:00Z'));
    const { items } = await history(viewer);
    // Renewal: 999 − 355 credit = 644 net, + 19 % (122.36 → 122) = 766
    expect(items[0]).toMatchObject({ type: 'charge', status: 'completed', amount: 766 });
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body).toMatchObject({ creditBalance: 0 });
  });
});

describe('bad input is refused with a clear 4xx and charges nothing', () => {
  it('refuses a negative plan price', async () => {
    const reply = await api.call<{ errors: Array<{ field: string }> }>('POST', '/payments/plans', admin, { name: 'Neg', interval: 'month', price: -1, currency: 'EUR', trialDays: 0, features });
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e) => e.field)).toEqual(['price']);
  });

  it('refuses a fractional plan price (money is integer minor units)', async () => {
    const reply = await api.call<{ errors: Array<{ field: string }> }>('POST', '/payments/plans', admin, { name: 'Frac', interval: 'month', price: 9.99, currency: 'EUR', trialDays: 0, features });
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e) => e.field)).toEqual(['price']);
  });

  it('refuses an unknown currency code', async () => {
    const reply = await api.call<{ errors: Array<{ field: string }> }>('POST', '/payments/plans', admin, { name: 'X', interval: 'month', price: 100, currency: 'XYZ', trialDays: 0, features });
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e) => e.field)).toEqual(['currency']);
  });

  it('refuses a real currency that billing is not configured for with BILLING.CURRENCY_NOT_SUPPORTED', async () => {
    const reply = await api.call('POST', '/payments/plans', admin, { name: 'Yen', interval: 'month', price: 100, currency: 'JPY', trialDays: 0, features });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'BILLING.CURRENCY_NOT_SUPPORTED' });
  });

  it('refuses plan creation by a viewer with 403', async () => {
    const reply = await api.call('POST', '/payments/plans', mintBillingCaller(platform), { name: 'Mine', interval: 'month', price: 1, currency: 'EUR', trialDays: 0, features });
    expect(reply.status).toBe(403);
  });

  it('answers someone else’s subscription id with 404 and leaves it untouched', async () => {
    const owner = mintBillingCaller(platform);
    const { body: subscription } = await subscribe(owner, plans.basic.id, CARDS.succeeds);
    const intruder = mintBillingCaller(platform);
    const cancel = await api.call('POST', `/payments/subscriptions/${subscription.id}/cancel`, intruder, { atPeriodEnd: false });
    expect(cancel.status).toBe(404);
    const change = await api.call('POST', `/payments/subscriptions/${subscription.id}/change-plan`, intruder, { planId: plans.premium.id }, newKey());
    expect(change.status).toBe(404);
    expect((await api.call<Subscription>('GET', '/me/subscription', owner)).body).toMatchObject({ status: 'active', cancelAtPeriodEnd: false });
    expect((await history(intruder)).meta.total).toBe(0);
  });

  it('requires an Idempotency-Key on subscribe', async () => {
    const viewer = mintBillingCaller(platform);
    const reply = await api.call<{ errors: Array<{ field: string }> }>('POST', '/payments/subscribe', viewer, { planId: plans.basic.id, paymentMethod: CARDS.succeeds, country: 'DE' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('Idempotency-Key');
    expect((await history(viewer)).meta.total).toBe(0);
  });

  it('answers the same key with a different body with 422, charging nothing more', async () => {
    const viewer = mintBillingCaller(platform);
    const key = newKey();
    expect((await subscribe(viewer, plans.basic.id, CARDS.succeeds, 'DE', key)).status).toBe(201);
    const reused = await subscribe(viewer, plans.premium.id, CARDS.succeeds, 'DE', key);
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'BILLING.IDEMPOTENCY_KEY_REUSED' });
    expect((await history(viewer)).meta.total).toBe(1);
  });

  it('replays the stored answer for the same key and body, even a decline', async () => {
    const viewer = mintBillingCaller(platform);
    const key = newKey();
    const first = await subscribe(viewer, plans.basic.id, CARDS.declined, 'DE', key);
    const again = await subscribe(viewer, plans.basic.id, CARDS.declined, 'DE', key);
    expect([first.status, again.status]).toEqual([402, 402]);
    expect(again.body).toMatchObject({ code: 'BILLING.CARD_DECLINED' });
    expect((await history(viewer)).meta.total).toBe(1);
  });

  it('refuses a card the sandbox does not know with 400 BILLING.INVALID_PAYMENT_METHOD, leaving the viewer free to retry', async () => {
    const viewer = mintBillingCaller(platform);
    const reply = await subscribe(viewer, plans.basic.id, '1234 5678 9012 3456');
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'BILLING.INVALID_PAYMENT_METHOD' });
    expect((await history(viewer)).meta.total).toBe(0);
    expect((await subscribe(viewer, plans.basic.id, CARDS.succeeds)).status).toBe(201);
  });
});

describe('concurrency', () => {
  it('50 parallel identical subscribe requests with one key create one subscription and one charge', async () => {
    const viewer = mintBillingCaller(platform);
    const key = newKey();
    const replies = await Promise.all(Array.from({ length: 50 }, () => subscribe(viewer, plans.basic.id, CARDS.succeeds, 'DE', key)));
    expect(replies.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    const { items } = await history(viewer);
    expect(items.map((i) => [i.type, i.status])).toEqual([['charge', 'completed']]);
    expect((await api.call<Subscription>('GET', '/me/subscription', viewer)).body.id).toBe(replies[0].body.id);
  });

  it('50 parallel subscribe requests with different keys still create one subscription', async () => {
    const viewer = mintBillingCaller(platform);
    const replies = await Promise.all(Array.from({ length: 50 }, () => subscribe(viewer, plans.basic.id, CARDS.succeeds)));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(49);
    expect((await history(viewer)).meta.total).toBe(1);
  });
});
