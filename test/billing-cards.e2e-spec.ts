import { randomUUID } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import Stripe from 'stripe';
import { BillingApi, CARDS, mintBillingCaller, newKey, type BillingCaller } from './support/billing-tokens.js';
import { Platform } from './support/platform.js';

// Payment methods through the gateway (sandbox provider): a trial needs a method the provider sets
// up, a past_due subscriber who replaces the card is charged at once, and a renewal that needs
// 3-D Secure leaves the subscription with what the client needs to complete it.
const WEBHOOK_SECRET = 'whsec_e2e_cards';
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const HOUR = 3600_000;
const platform = new Platform();
const api = new BillingApi(platform);
const mongo = new MongoClient(MONGO_URL);
let db: Db;
let admin: BillingCaller;
let trialPlan = '';
let monthly = '';

interface Payment {
  id: string;
  status: string;
  amount: number;
  nextAction?: { type: string; providerPaymentId: string };
}
interface Subscription {
  id: string;
  status: string;
  currentPeriodEnd: string;
  trialEnd?: string;
  failedAttempts: number;
  nextChargeAt?: string;
  payment?: Payment;
}
interface Problem {
  code: string;
  status: number;
}

const subscribe = (caller: BillingCaller, planId: string, paymentMethod: string) =>
  api.call<Subscription & Problem>('POST', '/payments/subscribe', caller, { planId, paymentMethod, country: 'DE' }, newKey());

const replaceCard = (caller: BillingCaller, subscriptionId: string, paymentMethod: string, key = newKey()) =>
  api.call<Subscription & Problem>('PUT', `/payments/subscriptions/${subscriptionId}/payment-method`, caller, { paymentMethod }, key);

const mine = async (caller: BillingCaller) => (await api.call<Subscription>('GET', '/me/subscription', caller)).body;

const entitled = async (caller: BillingCaller) => (await api.call<{ allowed: boolean }>('GET', '/me/entitlements/any_video', caller)).body.allowed;

/** A viewer whose trial ended with a renewal the provider did not take: past_due after one attempt. */
async function pastDueSubscriber(card: string): Promise<{ caller: BillingCaller; subscription: Subscription; sweptAt: Date }> {
  const caller = mintBillingCaller(platform);
  const started = await subscribe(caller, trialPlan, card);
  expect([started.status, started.body.status]).toEqual([201, 'trialing']);
  const sweptAt = new Date(new Date(started.body.trialEnd ?? '').getTime() + HOUR);
  await api.sweepAt(admin, sweptAt);
  const subscription = await mine(caller);
  expect([subscription.status, subscription.failedAttempts]).toEqual(['past_due', 1]);
  return { caller, subscription, sweptAt };
}

/** Completed charges in our ledger and payments the sandbox took, for one user. */
async function books(userId: string) {
  const ledger = await db.collection('ledger').find({ userId, type: 'charge' }).toArray();
  const taken = await db.collection('sandbox_payments').countDocuments({ ledgerId: { $in: ledger.map((entry) => entry._id) }, 'outcome.status': 'succeeded' });
  return { completed: ledger.filter((entry) => entry.status === 'completed').length, taken };
}

beforeAll(async () => {
  await platform.start({ readyTimeoutMs: 240_000, env: { BILLING_SANDBOX_WEBHOOK_SECRET: WEBHOOK_SECRET, BILLING_TEST_CLOCK: 'true', BILLING_SWEEP_INTERVAL_MS: '0' } });
  await mongo.connect();
  db = mongo.db(`${platform.runId}billing`);
  admin = mintBillingCaller(platform, 'admin');
  const features = { maxQuality: '1080p', maxDevices: 2, maxStreams: 2, downloads: false };
  trialPlan = (await api.call<{ id: string }>('POST', '/payments/plans', admin, { name: 'Trial', interval: 'month', price: 999, currency: 'EUR', trialDays: 7, features })).body.id;
  monthly = (await api.call<{ id: string }>('POST', '/payments/plans', admin, { name: 'Monthly', interval: 'month', price: 999, currency: 'EUR', trialDays: 0, features })).body.id;
}, 300_000);

afterAll(async () => {
  await mongo.close();
  await platform.stop();
}, 60_000);

beforeEach(() => api.setClock(admin, new Date()));

describe('a free trial needs a payment method the provider accepts', () => {
  it('a card the provider will not set up: 402 problem+json, no subscription, no trial used up; a good card then starts the trial', async () => {
    const viewer = mintBillingCaller(platform);
    for (const refused of [CARDS.declined, CARDS.rejected]) {
      const reply = await subscribe(viewer, trialPlan, refused);
      expect(reply.status).toBe(402);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      expect(reply.body.code).toBe('BILLING.PAYMENT_METHOD_REJECTED');
    }
    expect((await api.call('GET', '/me/subscription', viewer)).status).toBe(404);
    const good = await subscribe(viewer, trialPlan, CARDS.succeeds);
    expect([good.status, good.body.status, good.body.payment]).toEqual([201, 'trialing', undefined]);
  }, 60_000);

  it('a card that sets up but is declined on charge starts the trial; its renewal fails into dunning', async () => {
    const { caller } = await pastDueSubscriber(CARDS.declinedAfterSetup);
    expect(await books(caller.userId)).toEqual({ completed: 0, taken: 0 });
  }, 60_000);
});

describe('a past_due subscriber replaces the card', () => {
  it('the outstanding renewal is charged at once with the new card: active, entitled again, one charge even when the request is repeated', async () => {
    const { caller, subscription } = await pastDueSubscriber(CARDS.declinedAfterSetup);
    // Past the dunning grace: no access until the renewal is paid.
    await api.setClock(admin, new Date(new Date(subscription.nextChargeAt ?? '').getTime() + 25 * HOUR));
    expect(await entitled(caller)).toBe(false);

    const key = newKey();
    const replaced = await replaceCard(caller, subscription.id, CARDS.succeeds, key);
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ status: 'active', failedAttempts: 0, payment: { status: 'completed', amount: 1189 } });
    expect(new Date(replaced.body.currentPeriodEnd).getTime()).toBeGreaterThan(new Date(subscription.currentPeriodEnd).getTime());
    expect(await entitled(caller)).toBe(true);

    const repeated = await replaceCard(caller, subscription.id, CARDS.succeeds, key);
    expect(repeated.body).toMatchObject({ status: 'active', payment: { id: replaced.body.payment?.id } });
    expect(await books(caller.userId)).toEqual({ completed: 1, taken: 1 });
  }, 60_000);

  it('a card the provider refuses changes nothing; a card declined on the retry keeps dunning; another card then pays', async () => {
    const { caller, subscription } = await pastDueSubscriber(CARDS.declinedAfterSetup);

    const refused = await replaceCard(caller, subscription.id, CARDS.declined);
    expect([refused.status, refused.body.code]).toEqual([402, 'BILLING.PAYMENT_METHOD_REJECTED']);
    const declined = await replaceCard(caller, subscription.id, CARDS.declinedAfterSetup);
    expect([declined.status, declined.body.code]).toEqual([402, 'BILLING.CARD_DECLINED']);
    expect(await mine(caller)).toMatchObject({ status: 'past_due', failedAttempts: 1, nextChargeAt: subscription.nextChargeAt });
    expect(await entitled(caller)).toBe(true);

    const paid = await replaceCard(caller, subscription.id, CARDS.succeeds);
    expect([paid.status, paid.body.status]).toEqual([200, 'active']);
    expect(await books(caller.userId)).toEqual({ completed: 1, taken: 1 });
  }, 60_000);

  it('an active subscription only saves the card, and the next renewal charges it', async () => {
    const caller = mintBillingCaller(platform);
    const started = await subscribe(caller, monthly, CARDS.succeeds);
    expect(started.body.status).toBe('active');
    const saved = await replaceCard(caller, started.body.id, CARDS.declinedAfterSetup);
    expect([saved.status, saved.body.status, saved.body.payment]).toEqual([200, 'active', undefined]);
    await api.sweepAt(admin, new Date(new Date(started.body.currentPeriodEnd).getTime() + HOUR));
    expect(await mine(caller)).toMatchObject({ status: 'past_due', failedAttempts: 1 });
  }, 60_000);

  it('an ended subscription takes no card: 409; someone else’s: 404', async () => {
    const caller = mintBillingCaller(platform);
    const started = await subscribe(caller, monthly, CARDS.succeeds);
    expect((await replaceCard(mintBillingCaller(platform), started.body.id, CARDS.succeeds)).status).toBe(404);
    const canceled = await api.call<Subscription>('POST', `/payments/subscriptions/${started.body.id}/cancel`, caller, { atPeriodEnd: false });
    expect([canceled.status, canceled.body.status]).toEqual([200, 'canceled']);
    expect((await replaceCard(caller, started.body.id, CARDS.succeeds)).status).toBe(409);
  }, 60_000);
});

describe('3-D Secure on an off-session renewal', () => {
  it('leaves the subscription past_due with the payment to authenticate; the provider’s confirmation renews it', async () => {
    const { caller, subscription, sweptAt } = await pastDueSubscriber(CARDS.requiresAction);
    const waiting = await mine(caller);
    expect(waiting.payment).toMatchObject({ status: 'pending', nextAction: { type: 'authenticate', providerPaymentId: expect.any(String) } });

    const payload = JSON.stringify({
      id: `evt_${randomUUID()}`,
      object: 'event',
      type: 'payment_intent.succeeded',
      created: Math.floor(sweptAt.getTime() / 1000),
      data: { object: { id: waiting.payment?.nextAction?.providerPaymentId, object: 'payment_intent', metadata: { ledgerId: waiting.payment?.id } } },
    });
    // Signed as of billing's pinned clock, which judges the signature's age.
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET, timestamp: Math.floor(sweptAt.getTime() / 1000) });
    const delivered = await fetch(platform.url('/payments/webhooks/sandbox'), { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
    expect(delivered.status).toBe(200);

    const renewed = await mine(caller);
    expect(renewed).toMatchObject({ status: 'active', failedAttempts: 0 });
    expect(renewed.payment).toBeUndefined();
    expect(new Date(renewed.currentPeriodEnd).getTime()).toBeGreaterThan(new Date(subscription.currentPeriodEnd).getTime());
  }, 60_000);

  it('a card update with a 3-D Secure card answers with the action to complete', async () => {
    const { caller, subscription } = await pastDueSubscriber(CARDS.declinedAfterSetup);
    const replaced = await replaceCard(caller, subscription.id, CARDS.requiresAction);
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ status: 'past_due', payment: { status: 'pending', nextAction: { type: 'authenticate' } } });
  }, 60_000);
});
