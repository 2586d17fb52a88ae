import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import Stripe from 'stripe';
import { BillingApi, CARDS, mintBillingCaller, newKey, type BillingCaller } from './support/billing-tokens.js';
import { Platform } from './support/platform.js';

const WEBHOOK_SECRET = 'whsec_e2e_sandbox_secret';
const MONGO_URL = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const platform = new Platform();
const api = new BillingApi(platform);
let admin: BillingCaller;

interface Transaction {
  id: string;
  type: string;
  status: string;
  amount: number;
  netAmount: number;
  taxAmount: number;
  nextAction?: { type: string; providerPaymentId: string };
}
interface Purchase {
  id: string;
  status: string;
  option: string;
  expiresAt?: string;
  payment: Transaction;
}
interface Entitlement {
  allowed: boolean;
  source: string;
  maxQuality?: string;
  downloads: boolean;
  expiresAt?: string;
}

const videoId = () => `vid_${randomUUID().slice(0, 8)}`;

async function offer(video: string, prices: { purchasePrice?: number; rentalPrice?: number }, creatorId = 'creator_1') {
  const reply = await api.call('PUT', `/payments/ppv/offers/${video}`, admin, { creatorId, currency: 'EUR', maxQuality: '1080p', ...prices });
  if (reply.status !== 200) throw new Error(`offer not set: ${JSON.stringify(reply.body)}`);
}

function buy(caller: BillingCaller, video: string, paymentMethod: string = CARDS.succeeds, option = 'purchase', key = newKey()) {
  return api.call<Purchase & { code?: string }>('POST', '/payments/ppv', caller, { videoId: video, option, paymentMethod, country: 'FR' }, key);
}

async function entitlement(caller: BillingCaller, video: string): Promise<Entitlement> {
  return (await api.call<Entitlement>('GET', `/me/entitlements/${video}`, caller)).body;
}

/** Posts a provider event the way the sandbox (and Stripe) would: signed over the exact body. */
function webhook(event: { id: string; type: string; created: number; paymentId: string }, secret = WEBHOOK_SECRET, signedAt = Math.floor(Date.now() / 1000)) {
  const payload = JSON.stringify({ id: event.id, object: 'event', type: event.type, created: event.created, data: { object: { id: event.paymentId, object: 'payment_intent' } } });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: signedAt });
  return postWebhook(payload, signature);
}

async function postWebhook(payload: string, signature: string) {
  const response = await fetch(platform.url('/payments/webhooks/sandbox'), { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
  return { status: response.status, body: (await response.json()) as { duplicate?: boolean; code?: string } };
}

beforeAll(async () => {
  await platform.start({ env: { BILLING_SANDBOX_WEBHOOK_SECRET: WEBHOOK_SECRET, BILLING_SWEEP_INTERVAL_MS: '0', BILLING_RENTAL_HOURS: '48' } });
  admin = mintBillingCaller(platform, 'admin');
});
afterAll(() => platform.stop());

describe('pay-per-view', () => {
  it('a purchase unlocks the video permanently; a full refund revokes it', async () => {
    const viewer = mintBillingCaller(platform);
    const video = videoId();
    await offer(video, { purchasePrice: 499 });
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: false, source: 'none' });

    const bought = await buy(viewer, video);
    expect(bought.status).toBe(201);
    // FR: 20 % on 499 = 99.8 → 100
    expect(bought.body).toMatchObject({ status: 'active', payment: { type: 'ppv', status: 'completed', netAmount: 499, taxAmount: 100, amount: 599 } });
    expect(bought.body.expiresAt).toBeUndefined();
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: true, source: 'ppv', maxQuality: '1080p', downloads: true });

    const partial = await api.call<Transaction>('POST', `/payments/transactions/${bought.body.payment.id}/refund`, admin, { amount: 100, reason: 'goodwill' }, newKey());
    expect(partial.status).toBe(201);
    expect(partial.body).toMatchObject({ type: 'refund', status: 'completed', amount: 100 });
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: true });

    const rest = await api.call<Transaction>('POST', `/payments/transactions/${bought.body.payment.id}/refund`, admin, {}, newKey());
    expect(rest.body).toMatchObject({ type: 'refund', status: 'completed', amount: 499 });
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: false, source: 'none' });

    const receipt = await api.call<{ balance: number; refunds: Transaction[]; lines: Array<{ amount: number }> }>('GET', `/payments/transactions/${bought.body.payment.id}/receipt`, viewer);
    expect(receipt.body).toMatchObject({ balance: 0, lines: [{ amount: 499 }, { amount: 100 }] });
    expect(receipt.body.refunds.map((r) => r.amount)).toEqual([100, 499]);
  });

  it('refuses to refund more than is left with 422 BILLING.REFUND_EXCEEDS_CHARGE', async () => {
    const viewer = mintBillingCaller(platform);
    const video = videoId();
    await offer(video, { purchasePrice: 300 });
    const bought = await buy(viewer, video);
    const tooMuch = await api.call('POST', `/payments/transactions/${bought.body.payment.id}/refund`, admin, { amount: 361 }, newKey());
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body).toMatchObject({ code: 'BILLING.REFUND_EXCEEDS_CHARGE' });
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: true });
  });

  it('refuses a negative or fractional refund amount with 400', async () => {
    for (const amount of [-5, 1.5]) {
      const reply = await api.call('POST', `/payments/transactions/${randomUUID()}/refund`, admin, { amount }, newKey());
      expect(reply.status).toBe(400);
    }
  });

  it('refuses refunds by a viewer with 403', async () => {
    const reply = await api.call('POST', `/payments/transactions/${randomUUID()}/refund`, mintBillingCaller(platform), {}, newKey());
    expect(reply.status).toBe(403);
  });

  it('a rental plays for the configured window only', async () => {
    const viewer = mintBillingCaller(platform);
    const video = videoId();
    await offer(video, { rentalPrice: 299 });
    const before = Date.now();
    const rented = await buy(viewer, video, CARDS.succeeds, 'rental');
    expect(rented.body).toMatchObject({ status: 'active', option: 'rental' });
    const expiresAt = Date.parse(rented.body.expiresAt ?? '');
    expect(expiresAt).toBeGreaterThanOrEqual(before + 48 * 3600_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 48 * 3600_000);
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: true, downloads: false, expiresAt: rented.body.expiresAt });
  });

  it('refuses an option the offer does not have with 422', async () => {
    const video = videoId();
    await offer(video, { purchasePrice: 100 });
    const reply = await buy(mintBillingCaller(platform), video, CARDS.succeeds, 'rental');
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'BILLING.OPTION_NOT_OFFERED' });
  });

  it('a declined card buys nothing', async () => {
    const viewer = mintBillingCaller(platform);
    const video = videoId();
    await offer(video, { purchasePrice: 100 });
    expect((await buy(viewer, video, CARDS.declined)).status).toBe(402);
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: false });
    expect((await buy(viewer, video)).status).toBe(201);
  });

  it('50 parallel purchases of one video by one user charge once', async () => {
    const viewer = mintBillingCaller(platform);
    const video = videoId();
    await offer(video, { purchasePrice: 499 });
    const replies = await Promise.all(Array.from({ length: 50 }, () => buy(viewer, video)));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(49).fill('BILLING.ALREADY_ENTITLED'));
    const history = await api.call<{ items: Transaction[] }>('GET', '/payments/history?type=ppv', viewer);
    expect(history.body.items.map((i) => i.status)).toEqual(['completed']);
  });
});

describe('provider webhooks', () => {
  it('completes a 3-D Secure purchase once, ignoring a replay and an older failure delivered late', async () => {
    const viewer = mintBillingCaller(platform);
    const video = videoId();
    await offer(video, { purchasePrice: 499 });
    const pending = await buy(viewer, video, CARDS.requiresAction);
    expect(pending.body).toMatchObject({ status: 'pending', payment: { status: 'pending', nextAction: { type: 'authenticate' } } });
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: false });
    const paymentId = pending.body.payment.nextAction?.providerPaymentId ?? '';

    const now = Math.floor(Date.now() / 1000);
    const succeeded = { id: `evt_${randomUUID()}`, type: 'payment_intent.succeeded', created: now, paymentId };
    expect(await webhook(succeeded)).toEqual({ status: 200, body: { received: true, duplicate: false } });
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: true, source: 'ppv' });

    expect(await webhook(succeeded)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    // An earlier failure (created before the success) arrives last: it must not undo the success.
    const staleFailure = { id: `evt_${randomUUID()}`, type: 'payment_intent.payment_failed', created: now - 60, paymentId };
    expect(await webhook(staleFailure)).toEqual({ status: 200, body: { received: true, duplicate: false } });
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: true });
    const history = await api.call<{ items: Transaction[] }>('GET', '/payments/history', viewer);
    expect(history.body.items.map((i) => [i.type, i.status])).toEqual([['ppv', 'completed']]);
  });

  it('activates an incomplete subscription after a failure event followed by a newer success', async () => {
    const plan = await api.call<{ id: string }>('POST', '/payments/plans', admin, { name: 'Web', interval: 'month', price: 500, currency: 'EUR', trialDays: 0, features: { maxQuality: '720p', maxDevices: 1, maxStreams: 1, downloads: false } });
    const viewer = mintBillingCaller(platform);
    const subscribed = await api.call<{ id: string; status: string; payment: Transaction }>('POST', '/payments/subscribe', viewer, { planId: plan.body.id, paymentMethod: CARDS.requiresAction, country: 'US' }, newKey());
    expect(subscribed.body.status).toBe('incomplete');
    const paymentId = subscribed.body.payment.nextAction?.providerPaymentId ?? '';
    const now = Math.floor(Date.now() / 1000);

    await webhook({ id: `evt_${randomUUID()}`, type: 'payment_intent.payment_failed', created: now - 30, paymentId });
    expect((await api.call('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'incomplete' });
    await webhook({ id: `evt_${randomUUID()}`, type: 'payment_intent.succeeded', created: now, paymentId });
    expect((await api.call('GET', '/me/subscription', viewer)).body).toMatchObject({ status: 'active' });
  });

  it('grants a purchase whose failure event is superseded by a newer success', async () => {
    const viewer = mintBillingCaller(platform);
    const video = videoId();
    await offer(video, { purchasePrice: 499 });
    const pending = await buy(viewer, video, CARDS.requiresAction);
    const paymentId = pending.body.payment.nextAction?.providerPaymentId ?? '';
    const now = Math.floor(Date.now() / 1000);
    await webhook({ id: `evt_${randomUUID()}`, type: 'payment_intent.payment_failed', created: now - 30, paymentId });
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: false });
    await webhook({ id: `evt_${randomUUID()}`, type: 'payment_intent.succeeded', created: now, paymentId });
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: true, source: 'ppv' });
    expect((await buy(viewer, video)).status).toBe(409);
  });

  it('refuses a forged signature with 400 and applies nothing', async () => {
    const viewer = mintBillingCaller(platform);
    const video = videoId();
    await offer(video, { purchasePrice: 499 });
    const pending = await buy(viewer, video, CARDS.requiresAction);
    const paymentId = pending.body.payment.nextAction?.providerPaymentId ?? '';
    const forged = await webhook({ id: `evt_${randomUUID()}`, type: 'payment_intent.succeeded', created: Math.floor(Date.now() / 1000), paymentId }, 'whsec_attacker_guess');
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('BILLING.WEBHOOK_SIGNATURE_INVALID');
    expect(await entitlement(viewer, video)).toMatchObject({ allowed: false });
  });

  it('refuses a body altered after signing', async () => {
    const payload = JSON.stringify({ id: 'evt_x', type: 'payment_intent.succeeded', created: 1, data: { object: { id: 'sbx_pi_a' } } });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const reply = await postWebhook(payload.replace('sbx_pi_a', 'sbx_pi_b'), signature);
    expect(reply.status).toBe(400);
  });

  it('refuses a replay of a genuine delivery captured long ago (timestamp outside tolerance)', async () => {
    const reply = await webhook({ id: `evt_${randomUUID()}`, type: 'payment_intent.succeeded', created: 1, paymentId: 'sbx_pi_any' }, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 3600);
    expect(reply.status).toBe(400);
  });

  it('refuses a webhook without a signature', async () => {
    const reply = await postWebhook('{}', '');
    expect(reply.status).toBe(400);
  });
});

describe('history and CSV export', () => {
  it('filters and pages the history', async () => {
    const viewer = mintBillingCaller(platform);
    for (const price of [100, 200, 300]) {
      const video = videoId();
      await offer(video, { purchasePrice: price });
      await buy(viewer, video);
    }
    const page = await api.call<{ items: Transaction[]; meta: Record<string, number> }>('GET', '/payments/history?type=ppv&status=completed&limit=2&page=2', viewer);
    expect(page.body.meta).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
    expect(page.body.items.map((i) => i.netAmount)).toEqual([100]);
    const none = await api.call<{ meta: { total: number } }>('GET', `/payments/history?to=${encodeURIComponent('2000-01-01T00:00:00Z')}`, viewer);
    expect(none.body.meta.total).toBe(0);
    const other = await api.call('GET', `/payments/history?userId=${admin.userId}`, viewer);
    expect(other.status).toBe(403);
  });

  it('streams the whole history as CSV across many service pages', async () => {
    const viewer = mintBillingCaller(platform);
    const rows = 2500;
    const client = new MongoClient(MONGO_URL);
    try {
      const base = Date.parse('2026-01-01T00:00:00Z');
      await client
        .db(`${platform.runId}billing`)
        .collection('ledger')
        .insertMany(
          Array.from({ length: rows }, (_, i) => ({
            _id: randomUUID() as never,
            key: `seed:${viewer.userId}:${i}`,
            userId: viewer.userId,
            type: 'ppv',
            status: 'completed',
            amount: 100 + i,
            netAmount: 100 + i,
            taxAmount: 0,
            taxRate: 0,
            taxCountry: 'US',
            currency: 'EUR',
            method: 'sandbox:card-4242',
            provider: 'sandbox',
            providerPaymentId: `seed_${viewer.userId}_${i}`,
            description: i === 7 ? 'Rental of "Quotes, commas" video' : `Purchase ${i}`,
            purpose: { kind: 'ppv', purchaseId: `p${i}`, videoId: `v${i}`, creatorId: 'c' },
            metadata: {},
            createdAt: new Date(base + i * 1000),
          })),
        );
    } finally {
      await client.close();
    }
    const response = await fetch(platform.url('/payments/history/export.csv'), { headers: { authorization: `Bearer ${viewer.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trimEnd().split('\n');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[0]).toBe('id,createdAt,type,status,description,currency,netAmount,taxAmount,taxRate,taxCountry,amount,method,refundOf');
    expect(lines[1]).toContain(`Purchase ${rows - 1}`); // newest first
    expect(lines.at(-1)).toContain('Purchase 0');
    expect(lines.find((l) => l.includes('Quotes'))).toContain('"Rental of ""Quotes, commas"" video"');
  });

  it('refuses to export someone else’s history with a problem+json 403 before any CSV is sent', async () => {
    const response = await fetch(platform.url(`/payments/history/export.csv?userId=${admin.userId}`), { headers: { authorization: `Bearer ${mintBillingCaller(platform).token}` } });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('exports an empty history as just the header line', async () => {
    const viewer = mintBillingCaller(platform);
    const response = await fetch(platform.url('/payments/history/export.csv'), { headers: { authorization: `Bearer ${viewer.token}` } });
    expect((await response.text()).trimEnd().split('\n')).toEqual(['id,createdAt,type,status,description,currency,netAmount,taxAmount,taxRate,taxCountry,amount,method,refundOf']);
  });
});

describe('creator revenue', () => {
  it('shows the creator their PPV sales net of tax and refunds, times their share, by video and month', async () => {
    const creator = mintBillingCaller(platform, 'creator');
    const video = videoId();
    await offer(video, { purchasePrice: 1000 }, creator.userId);
    const bought = await buy(mintBillingCaller(platform), video); // FR: 1000 + 200 tax
    // Refund 240 of 1200: 40 of it is tax, so the sale's net drops by 200 to 800.
    await api.call('POST', `/payments/transactions/${bought.body.payment.id}/refund`, admin, { amount: 240 }, newKey());

    const reply = await api.call<{ shareBps: number; videos: unknown[]; periods: Array<{ ppvNet: number }>; totals: Array<{ unpaid: number }> }>('GET', `/revenue/creator/${creator.userId}`, creator);
    expect(reply.status).toBe(200);
    expect(reply.body.shareBps).toBe(7000);
    expect(reply.body.videos).toEqual([{ videoId: video, currency: 'EUR', sales: 1, adImpressions: 0, net: 800, earnings: 560 }]);
    expect(reply.body.periods.reduce((sum, p) => sum + p.ppvNet, 0)).toBe(800);
  });

  it('is refused to other users with 403 and open to admins', async () => {
    const creator = mintBillingCaller(platform, 'creator');
    expect((await api.call('GET', `/revenue/creator/${creator.userId}`, mintBillingCaller(platform, 'creator'))).status).toBe(403);
    expect((await api.call('GET', `/revenue/creator/${creator.userId}`, admin)).status).toBe(200);
  });
});

describe('OpenAPI', () => {
  it('documents every billing route, with the Idempotency-Key header on money-moving ones', async () => {
    const document = (await (await fetch(`${platform.baseUrl}/docs-json`)).json()) as { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required?: boolean }> }>> };
    const routes = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/v1/payments/plans',
        'POST /api/v1/payments/plans',
        'POST /api/v1/payments/subscribe',
        'GET /api/v1/me/subscription',
        'POST /api/v1/payments/subscriptions/{subscriptionId}/cancel',
        'POST /api/v1/payments/subscriptions/{subscriptionId}/resume',
        'POST /api/v1/payments/subscriptions/{subscriptionId}/change-plan',
        'PUT /api/v1/payments/ppv/offers/{videoId}',
        'POST /api/v1/payments/ppv',
        'GET /api/v1/me/entitlements/{videoId}',
        'GET /api/v1/payments/history',
        'GET /api/v1/payments/history/export.csv',
        'GET /api/v1/payments/transactions/{transactionId}/receipt',
        'POST /api/v1/payments/transactions/{transactionId}/refund',
        'POST /api/v1/payments/webhooks/{provider}',
        'GET /api/v1/revenue/creator/{creatorId}',
        'POST /api/v1/admin/billing/clock',
        'POST /api/v1/admin/billing/renewals/run',
      ]),
    );
    for (const [path, method] of [
      ['/api/v1/payments/subscribe', 'post'],
      ['/api/v1/payments/ppv', 'post'],
      ['/api/v1/payments/subscriptions/{subscriptionId}/change-plan', 'post'],
      ['/api/v1/payments/transactions/{transactionId}/refund', 'post'],
    ]) {
      expect(document.paths[path][method].parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }));
    }
  });
});
