import { randomUUID } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import Stripe from 'stripe';
import { BILLING_STREAM, BillingEvents, JetStreamBus, OUTBOX_PUBLISHED, type EventEnvelope } from '@onstream/common';
import { BillingApi, CARDS, mintBillingCaller, newKey, type BillingCaller } from './support/billing-tokens.js';
import { startBilling } from './support/billing-process.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

// Fault injection through the gateway: billing is restarted with BILLING_FAULTS armed (each point
// fires once per process), the client does what a client does (retries with the same key), and
// afterwards the ledger, the sandbox provider's own records and the entitlements must agree.
const WEBHOOK_SECRET = 'whsec_e2e_faults';
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const platform = new Platform();
const api = new BillingApi(platform);
const mongo = new MongoClient(MONGO_URL);
let db: Db;
let admin: BillingCaller;
let monthly = '';
let trial = '';

interface Transaction {
  id: string;
  status: string;
  amount: number;
  nextAction?: { type: string; providerPaymentId: string };
}
interface Purchase {
  id: string;
  status: string;
  payment: Transaction;
}
interface Subscription {
  id: string;
  status: string;
  currentPeriodEnd: string;
  payment?: Transaction;
}

/** Replaces the running billing process by one with these faults (and settings) armed ('' = none). */
async function restartBilling(faults: string, settings: Record<string, string> = {}): Promise<void> {
  const billing = platform.app('billing');
  if (billing.running) await billing.stop();
  startBilling(platform, { ...settings, BILLING_FAULTS: faults });
  await platform.waitUntilReady(90_000);
}

/** After a fault point killed billing: wait for the death, then start it clean. */
async function recoverBilling(): Promise<void> {
  await platform.app('billing').waitForExit();
  await restartBilling('');
}

async function offer(video: string, purchasePrice: number) {
  const reply = await api.call('PUT', `/payments/ppv/offers/${video}`, admin, { creatorId: 'creator_f', currency: 'EUR', maxQuality: '1080p', purchasePrice });
  if (reply.status !== 200) throw new Error(`offer not set: ${JSON.stringify(reply.body)}`);
}

const buy = (caller: BillingCaller, video: string, key: string, paymentMethod: string = CARDS.succeeds) =>
  api.call<Purchase>('POST', '/payments/ppv', caller, { videoId: video, option: 'purchase', paymentMethod, country: 'FR' }, key);

const subscribe = (caller: BillingCaller, planId: string, key: string, paymentMethod: string = CARDS.succeeds) =>
  api.call<Subscription>('POST', '/payments/subscribe', caller, { planId, paymentMethod, country: 'DE' }, key);

const entitled = async (caller: BillingCaller, video = 'any_video') => (await api.call<{ allowed: boolean }>('GET', `/me/entitlements/${video}`, caller)).body.allowed;

/**
 * Repeats the request the way a client does after a 5xx or a 202 pending (a dead process's hold on
 * the charge runs out after a lease): same key, same body, until it is answered.
 */
async function retryUntilAnswered<T>(request: () => Promise<{ status: number; body: T }>, done = (status: number) => status < 500 && status !== 202) {
  return waitFor('an answer to the retried request', async () => {
    const reply = await request();
    return done(reply.status) ? reply : undefined;
  }, 60_000, 500);
}

/** What the books say about one user: our ledger and the sandbox provider's own records. */
async function books(userId: string) {
  const ledger = await db.collection('ledger').find({ userId, type: { $in: ['charge', 'ppv'] } }).toArray();
  const ledgerIds = ledger.map((entry) => entry._id);
  const charges = await db.collection('sandbox_payments').find({ ledgerId: { $in: ledgerIds } }).toArray();
  const taken = charges.filter((charge) => charge.outcome.status === 'succeeded');
  return {
    entries: ledger.length,
    completed: ledger.filter((entry) => entry.status === 'completed').reduce((sum, entry) => sum + Number(entry.amount), 0),
    providerCharges: charges.length,
    providerTaken: taken.reduce((sum, charge) => sum + Number(charge.amount), 0),
  };
}

beforeAll(async () => {
  await platform.start({
    readyTimeoutMs: 240_000,
    env: {
      BILLING_SANDBOX_WEBHOOK_SECRET: WEBHOOK_SECRET,
      BILLING_TEST_CLOCK: 'true',
      BILLING_SWEEP_INTERVAL_MS: '0',
      BILLING_RECONCILE_AFTER_MS: '1000',
      BILLING_IDEMPOTENCY_LEASE_MS: '2000',
      BILLING_OUTBOX_INTERVAL_MS: '200',
    },
  });
  await mongo.connect();
  db = mongo.db(`${platform.runId}billing`);
  admin = mintBillingCaller(platform, 'admin');
  const features = { maxQuality: '1080p', maxDevices: 2, maxStreams: 2, downloads: false };
  const created = await api.call<{ id: string }>('POST', '/payments/plans', admin, { name: 'Monthly', interval: 'month', price: 999, currency: 'EUR', trialDays: 0, features });
  monthly = created.body.id;
  trial = (await api.call<{ id: string }>('POST', '/payments/plans', admin, { name: 'Trial', interval: 'month', price: 999, currency: 'EUR', trialDays: 7, features })).body.id;
}, 300_000);

afterAll(async () => {
  await mongo.close();
  await platform.stop();
}, 60_000);

describe('the provider charges but its answer is lost', () => {
  it('PPV: 202 pending, then the retry with the same key is the same payment: one charge, one entry, one entitlement', async () => {
    await restartBilling('provider.answer-lost');
    const viewer = mintBillingCaller(platform);
    const video = `vid_${randomUUID().slice(0, 8)}`;
    await offer(video, 499);
    const key = newKey();

    const first = await buy(viewer, video, key);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'pending', payment: { status: 'pending' } });
    expect(first.body.payment.nextAction).toBeUndefined();

    const retried = await buy(viewer, video, key);
    expect(retried.status).toBe(201);
    expect(retried.body).toMatchObject({ id: first.body.id, status: 'active', payment: { id: first.body.payment.id, status: 'completed', amount: 599 } });
    expect(await buy(viewer, video, key)).toMatchObject({ status: 201, body: { id: first.body.id, status: 'active' } });
    expect(await entitled(viewer, video)).toBe(true);
    expect(await books(viewer.userId)).toEqual({ entries: 1, completed: 599, providerCharges: 1, providerTaken: 599 });
  }, 120_000);

  it('subscribe: 202 pending, then the retry activates the same subscription with one charge', async () => {
    await restartBilling('provider.answer-lost');
    const viewer = mintBillingCaller(platform);
    const key = newKey();

    const first = await subscribe(viewer, monthly, key);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'incomplete', payment: { status: 'pending' } });
    expect(await entitled(viewer)).toBe(false);

    const retried = await subscribe(viewer, monthly, key);
    expect(retried.status).toBe(201);
    expect(retried.body).toMatchObject({ id: first.body.id, status: 'active', payment: { id: first.body.payment?.id, status: 'completed' } });
    expect(await entitled(viewer)).toBe(true);
    expect(await books(viewer.userId)).toEqual({ entries: 1, completed: 1189, providerCharges: 1, providerTaken: 1189 });
  }, 120_000);

  it('without a retry, reconciliation asks the sandbox and settles the payment and the purchase exactly once', async () => {
    await restartBilling('provider.answer-lost');
    const viewer = mintBillingCaller(platform);
    const video = `vid_${randomUUID().slice(0, 8)}`;
    await offer(video, 300);
    const first = await buy(viewer, video, newKey());
    expect(first.status).toBe(202);
    expect(await entitled(viewer, video)).toBe(false);

    // Past BILLING_RECONCILE_AFTER_MS on billing's clock, then the sweep (twice: the second finds nothing).
    await api.setClock(admin, new Date(Date.now() + 60_000));
    const run = await api.call<{ reconciled: number }>('POST', '/admin/billing/renewals/run', admin);
    expect(run.body.reconciled).toBeGreaterThanOrEqual(1);
    await api.call('POST', '/admin/billing/renewals/run', admin);

    expect(await entitled(viewer, video)).toBe(true);
    expect(await books(viewer.userId)).toEqual({ entries: 1, completed: 360, providerCharges: 1, providerTaken: 360 });
    await restartBilling('');
  }, 120_000);
});

describe('billing is SIGKILLed between two writes and restarted', () => {
  for (const point of ['charge.after-ledger-insert', 'charge.after-provider', 'charge.after-outcome']) {
    it(`PPV killed at ${point}: the client's retry finishes the same purchase; ledger, provider and entitlement agree`, async () => {
      const viewer = mintBillingCaller(platform);
      const video = `vid_${randomUUID().slice(0, 8)}`;
      await offer(video, 499);
      const key = newKey();
      await restartBilling(point);

      const first = await buy(viewer, video, key);
      expect(first.status).toBeGreaterThanOrEqual(500);
      await recoverBilling();

      const retried = await retryUntilAnswered(() => buy(viewer, video, key));
      expect(retried.status).toBe(201);
      expect(retried.body).toMatchObject({ status: 'active', payment: { status: 'completed', amount: 599 } });
      expect(await entitled(viewer, video)).toBe(true);
      expect(await books(viewer.userId)).toEqual({ entries: 1, completed: 599, providerCharges: 1, providerTaken: 599 });
    }, 180_000);

    it(`subscribe killed at ${point}: the retry activates the same subscription; one charge`, async () => {
      const viewer = mintBillingCaller(platform);
      const key = newKey();
      await restartBilling(point);

      const first = await subscribe(viewer, monthly, key);
      expect(first.status).toBeGreaterThanOrEqual(500);
      await recoverBilling();

      const retried = await retryUntilAnswered(() => subscribe(viewer, monthly, key));
      expect(retried.status).toBe(201);
      expect(retried.body).toMatchObject({ status: 'active', payment: { status: 'completed', amount: 1189 } });
      expect(await entitled(viewer)).toBe(true);
      expect(await books(viewer.userId)).toEqual({ entries: 1, completed: 1189, providerCharges: 1, providerTaken: 1189 });
      // A new key is a new intent: refused while this subscription lives, never a second charge.
      expect((await subscribe(viewer, monthly, newKey())).status).toBe(409);
    }, 180_000);
  }

  it('PPV killed after the payment was recorded, and nobody retries: reconciliation makes the purchase follow its payment', async () => {
    const viewer = mintBillingCaller(platform);
    const video = `vid_${randomUUID().slice(0, 8)}`;
    await offer(video, 499);
    await restartBilling('charge.after-outcome');
    expect((await buy(viewer, video, newKey())).status).toBeGreaterThanOrEqual(500);
    await recoverBilling();
    expect(await entitled(viewer, video)).toBe(false);

    await api.setClock(admin, new Date(Date.now() + 60_000));
    await api.call('POST', '/admin/billing/renewals/run', admin);
    expect(await entitled(viewer, video)).toBe(true);
    expect(await books(viewer.userId)).toEqual({ entries: 1, completed: 599, providerCharges: 1, providerTaken: 599 });
    await restartBilling('');
  }, 180_000);

  for (const point of ['refund.after-ledger-insert', 'refund.after-provider', 'refund.after-outcome']) {
    it(`full PPV refund killed at ${point}, and nobody retries: reconciliation finishes the refund and revokes the purchase once; a late retry is the same refund`, async () => {
      const viewer = mintBillingCaller(platform);
      const video = `vid_${randomUUID().slice(0, 8)}`;
      await offer(video, 499);
      const bought = await buy(viewer, video, newKey());
      expect(bought.status).toBe(201);
      await restartBilling(point);

      const refund = (key: string) => api.call<Transaction>('POST', `/payments/transactions/${bought.body.payment.id}/refund`, admin, { reason: 'fault' }, key);
      const refundKey = newKey();
      expect((await refund(refundKey)).status).toBeGreaterThanOrEqual(500);
      await recoverBilling();
      const purchases = db.collection<{ _id: string; status: string; outbox?: Array<{ type: string }> }>('ppv_purchases');
      const purchase = () => purchases.findOne({ _id: bought.body.id });
      expect(await purchase()).toMatchObject({ status: 'active' });
      // The ledger decides: once it holds the completed refund, the video plays no more, before the purchase follows.
      expect(await entitled(viewer, video)).toBe(point !== 'refund.after-outcome');

      await waitFor('reconciliation finished the refund', async () => {
        await api.call('POST', '/admin/billing/renewals/run', admin);
        return (await purchase())?.status === 'refunded' ? true : undefined;
      }, 60_000, 500);
      await api.call('POST', '/admin/billing/renewals/run', admin);
      expect(await entitled(viewer, video)).toBe(false);
      const revoked = async () => ((await purchase())?.outbox ?? []).filter((event) => event.type === BillingEvents.EntitlementRevoked).length;
      expect(await revoked()).toBe(1);
      const refundsOf = () => db.collection('ledger').find({ refundOf: bought.body.payment.id }).toArray();
      const [reconciled] = await refundsOf();
      expect(await refundsOf()).toEqual([expect.objectContaining({ status: 'completed', amount: 599 })]);
      expect(reconciled.unfinishedSince).toBeUndefined();
      const provider = async () => db.collection('sandbox_payments').findOne({ ledgerId: bought.body.payment.id });
      expect(await provider()).toMatchObject({ refunded: 599, refundKeys: [reconciled.key] });

      // The admin's late retry answers the same refund: nothing refunded or revoked twice.
      const retried = await retryUntilAnswered(() => refund(refundKey));
      expect(retried).toMatchObject({ status: 201, body: { id: reconciled._id, status: 'completed', amount: 599 } });
      expect(await refundsOf()).toHaveLength(1);
      expect(await provider()).toMatchObject({ refunded: 599 });
      expect(await revoked()).toBe(1);
      expect((await refund(newKey())).status).toBe(422);
    }, 180_000);
  }

  it('webhook killed after the ledger moved: the provider’s retry applies the effects, then counts as processed', async () => {
    const viewer = mintBillingCaller(platform);
    const video = `vid_${randomUUID().slice(0, 8)}`;
    await offer(video, 499);
    const bought = await buy(viewer, video, newKey(), CARDS.requiresAction);
    expect(bought.status).toBe(201);
    expect(bought.body.payment.nextAction).toBeDefined();
    await restartBilling('webhook.after-ledger-update');

    // The provider's event, matched by our ledger id in the payment's metadata.
    const payload = JSON.stringify({
      id: `evt_${randomUUID()}`,
      object: 'event',
      type: 'payment_intent.succeeded',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: bought.body.payment.nextAction?.providerPaymentId, object: 'payment_intent', metadata: { ledgerId: bought.body.payment.id } } },
    });
    const deliver = async () => {
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET, timestamp: Math.floor(Date.now() / 1000) });
      const response = await fetch(platform.url('/payments/webhooks/sandbox'), { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
      return { status: response.status, body: (await response.json()) as { duplicate?: boolean } };
    };
    expect((await deliver()).status).toBeGreaterThanOrEqual(500);
    await recoverBilling();

    const redelivered = await retryUntilAnswered(deliver);
    expect(redelivered).toMatchObject({ status: 200, body: { duplicate: false } });
    expect(await entitled(viewer, video)).toBe(true);
    expect(await deliver()).toMatchObject({ status: 200, body: { duplicate: true } });
    const entries = await db.collection('ledger').find({ userId: viewer.userId }).toArray();
    expect(entries.map((entry) => entry.status)).toEqual(['completed']);
  }, 180_000);
});

describe('renewals', () => {
  it('100 trials whose card is declined at renewal do not delay another user’s renewal', async () => {
    // The sweep runs on billing's own timer, as in production, as of the pinned clock.
    await restartBilling('', { BILLING_SWEEP_INTERVAL_MS: '1000' });
    const start = new Date(Date.now() + 24 * 3600_000);
    await api.setClock(admin, start);
    const rejected = Array.from({ length: 100 }, () => mintBillingCaller(platform));
    for (let i = 0; i < rejected.length; i += 10) {
      const replies = await Promise.all(rejected.slice(i, i + 10).map((caller) => subscribe(caller, trial, newKey(), CARDS.declinedAfterSetup)));
      expect(replies.map((reply) => reply.status)).toEqual(replies.map(() => 201));
    }
    // A minute later, so its trial ends after theirs and the sweep meets the rejected ones first.
    await api.setClock(admin, new Date(start.getTime() + 60_000));
    const good = mintBillingCaller(platform);
    expect((await subscribe(good, trial, newKey())).body.status).toBe('trialing');

    // Half a day after the trials end: before the first dunning retry (a day after), so one attempt each.
    const renewalDay = new Date(start.getTime() + 7.5 * 24 * 3600_000);
    await api.setClock(admin, renewalDay);
    const renewed = await waitFor('the good subscription renewed', async () => {
      const mine = await api.call<Subscription>('GET', '/me/subscription', good);
      return mine.body.status === 'active' ? mine.body : undefined;
    }, 180_000, 1000);
    expect(new Date(renewed.currentPeriodEnd).getTime()).toBeGreaterThan(renewalDay.getTime());
    const subscriptions = db.collection('subscriptions');
    const pastDue = await waitFor('the rejected trials in dunning', async () => {
      const count = await subscriptions.countDocuments({ userId: { $in: rejected.map((caller) => caller.userId) }, status: 'past_due', failedAttempts: 1 });
      return count === 100 ? count : undefined;
    }, 180_000, 1000);
    expect(pastDue).toBe(100);
    // Dunning, not endless access: past the last retry day they are expired and play nothing.
    await api.setClock(admin, new Date(renewalDay.getTime() + 30 * 24 * 3600_000));
    await waitFor('the rejected trials expired', async () => {
      const count = await subscriptions.countDocuments({ userId: { $in: rejected.map((caller) => caller.userId) }, status: 'expired' });
      return count === 100 ? count : undefined;
    }, 240_000, 1000);
    expect(await entitled(rejected[0])).toBe(false);
    await restartBilling('');
  }, 600_000);
});

describe('NATS is stopped while billing writes', () => {
  it('the events of the writes made during the outage arrive after NATS returns, each once', async () => {
    // Reconciliation on a 1 s timer settles the lost answer 8 s later: while NATS is down.
    await restartBilling('provider.answer-lost', { BILLING_SWEEP_INTERVAL_MS: '1000', BILLING_RECONCILE_AFTER_MS: '8000' });
    const viewer = mintBillingCaller(platform);
    const video = `vid_${randomUUID().slice(0, 8)}`;
    await offer(video, 250);
    const bought = await buy(viewer, video, newKey());
    expect(bought.status).toBe(202);
    await platform.stopNats();

    // Billing writes the payment and the purchase with their events, and cannot publish them.
    const purchases = db.collection<{ _id: string; status: string; outbox?: unknown[] }>('ppv_purchases');
    await waitFor('the purchase settled during the outage', async () => {
      const purchase = await purchases.findOne({ _id: bought.body.id });
      return purchase?.status === 'active' ? purchase : undefined;
    }, 60_000, 250);
    const held = await purchases.findOne({ _id: bought.body.id });
    expect(held?.outbox).toHaveLength(1);
    const ledgerEntry = await db.collection<{ _id: string; outbox?: unknown[] }>('ledger').findOne({ _id: bought.body.payment.id });
    expect(ledgerEntry?.outbox).toHaveLength(1);

    platform.startNats();
    const expected = [`payment-completed:${bought.body.payment.id}`, `entitlement-granted:${bought.body.id}`];
    const natsUrl = platform.env.NATS_URL ?? '';
    const bus = await waitFor('NATS back', () => JetStreamBus.connect([natsUrl], 'faults-e2e-reader'), 30_000, 500);
    try {
      const seen: string[] = [];
      await bus.consume<unknown>({ stream: BILLING_STREAM.name, durable: `faults_${randomUUID().slice(0, 8)}`, types: ['billing.>'] }, async (event: EventEnvelope<unknown>) => {
        seen.push(event.id);
      });
      await waitFor('the outage’s events on JetStream', async () => (expected.every((id) => seen.includes(id)) ? true : undefined), 90_000, 250);
      expect(expected.map((id) => seen.filter((s) => s === id).length)).toEqual([1, 1]);
      // The relay records what it published in its own collection; it never writes the purchase.
      const marks = db.collection<{ _id: string }>(OUTBOX_PUBLISHED);
      await waitFor('the events marked published', async () => ((await marks.countDocuments({ _id: { $in: expected } })) === 2 ? true : undefined), 30_000, 250);
      expect((await purchases.findOne({ _id: bought.body.id }))?.status).toBe('active');
    } finally {
      await bus.close();
    }
    await platform.waitUntilReady(90_000);
    await restartBilling('');
  }, 300_000);
});
