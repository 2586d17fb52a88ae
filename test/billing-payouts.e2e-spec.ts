import { randomUUID } from 'node:crypto';
import { BillingApi, CARDS, mintBillingCaller, newKey, type BillingCaller } from './support/billing-tokens.js';
import { Platform } from './support/platform.js';

/** Creator payouts: one ended month's earnings, a pending → completed/failed ledger entry, never paid twice. */
const platform = new Platform();
const api = new BillingApi(platform);
let admin: BillingCaller;
let creator: BillingCaller;

interface Payout {
  id: string;
  creatorId: string;
  period: string;
  currency: string;
  amount: number;
  status: string;
  note?: string;
}
interface Revenue {
  periods: Array<{ period: string; currency: string; earnings: number; payoutStatus: string }>;
  totals: Array<{ currency: string; earnings: number; paidOut: number; pendingPayout: number; unpaid: number }>;
  payouts: Payout[];
}

const pay = (period: string, key = newKey(), caller = admin, creatorId = creator.userId) => api.call<Payout & { code?: string }>('POST', `/revenue/creator/${creatorId}/payouts`, caller, { period, currency: 'EUR' }, key);
const settle = (id: string, status: string, note?: string) => api.call<Payout & { code?: string }>('POST', `/revenue/payouts/${id}/settle`, admin, { status, ...(note ? { note } : {}) });
const revenue = async (caller = creator) => (await api.call<Revenue>('GET', `/revenue/creator/${creator.userId}`, caller)).body;

beforeAll(async () => {
  await platform.start({ env: { BILLING_TEST_CLOCK: 'true', BILLING_SWEEP_INTERVAL_MS: '0', BILLING_CREATOR_SHARE_BPS: '7000' } });
  admin = mintBillingCaller(platform, 'admin');
  creator = mintBillingCaller(platform, 'creator', `creator_${randomUUID().slice(0, 8)}`);
  // January 2027: two sales of 10.00 EUR (no US tax) → 20.00 net → 70 % = 14.00 EUR earned.
  await api.setClock(admin, new Date('2027-01-10T12:00:00Z'));
  const videoId = `vid_${randomUUID().slice(0, 8)}`;
  const offer = await api.call('PUT', `/payments/ppv/offers/${videoId}`, admin, { creatorId: creator.userId, currency: 'EUR', purchasePrice: 1000, maxQuality: '1080p' });
  expect(offer.status).toBe(200);
  for (const buyer of [mintBillingCaller(platform), mintBillingCaller(platform)]) {
    const bought = await api.call('POST', '/payments/ppv', buyer, { videoId, option: 'purchase', paymentMethod: CARDS.succeeds, country: 'US' }, newKey());
    expect(bought.status).toBe(201);
  }
});
afterAll(() => platform.stop());

describe('creator payouts', () => {
  let failedId = '';

  it('refuses to pay a month that has not ended', async () => {
    const early = await pay('2027-01');
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('BILLING.PERIOD_NOT_ENDED');
  });

  it('lets only admins pay out', async () => {
    await api.setClock(admin, new Date('2027-02-02T00:00:00Z'));
    expect((await pay('2027-01', newKey(), creator)).status).toBe(403);
    expect((await pay('2027-01', newKey(), mintBillingCaller(platform))).status).toBe(403);
  });

  it('pays the month’s earnings once, whatever the number of concurrent requests and keys', async () => {
    const replies = await Promise.all(Array.from({ length: 12 }, () => pay('2027-01')));
    const created = replies.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409).every((r) => r.body.code === 'BILLING.ALREADY_PAID_OUT')).toBe(true);
    expect(replies.filter((r) => r.status !== 201 && r.status !== 409)).toEqual([]);
    expect(created[0].body).toMatchObject({ creatorId: creator.userId, period: '2027-01', currency: 'EUR', amount: 1400, status: 'pending' });
    failedId = created[0].body.id;
  });

  it('answers a repeated Idempotency-Key with the first payout, and a reused key with another body with 422', async () => {
    const key = newKey();
    const first = await pay('2026-12', key);
    expect(first.body.code).toBe('BILLING.NOTHING_TO_PAY');
    const again = await pay('2026-12', key);
    expect(again).toMatchObject({ status: first.status, body: { code: 'BILLING.NOTHING_TO_PAY' } });
    expect((await pay('2026-11', key)).status).toBe(422);
    expect((await pay('2026-11', key)).body.code).toBe('BILLING.IDEMPOTENCY_KEY_REUSED');
  });

  it('shows a pending payout in the creator’s revenue: nothing left unpaid, nothing paid yet', async () => {
    const report = await revenue();
    expect(report.periods).toEqual([expect.objectContaining({ period: '2027-01', currency: 'EUR', earnings: 1400, payoutStatus: 'pending' })]);
    expect(report.totals).toEqual([{ currency: 'EUR', earnings: 1400, paidOut: 0, pendingPayout: 1400, unpaid: 0 }]);
    expect(report.payouts.map((p) => [p.id, p.status])).toEqual([[failedId, 'pending']]);
  });

  it('lets a failed payout free the month, pays it again, and keeps both in the history', async () => {
    const failed = await settle(failedId, 'failed', 'IBAN rejected');
    expect(failed.body).toMatchObject({ id: failedId, status: 'failed', note: 'IBAN rejected' });
    expect((await revenue()).totals[0]).toMatchObject({ pendingPayout: 0, unpaid: 1400 });

    const key = newKey();
    const retry = await pay('2027-01', key);
    expect(retry.status).toBe(201);
    expect(retry.body.id).not.toBe(failedId);
    expect((await pay('2027-01', key)).body.id).toBe(retry.body.id);

    const done = await settle(retry.body.id, 'completed', 'TRF-2027-0001');
    expect(done.body.status).toBe('completed');
    expect((await settle(retry.body.id, 'completed')).status).toBe(200);
    const conflicting = await settle(retry.body.id, 'failed');
    expect(conflicting.status).toBe(409);
    expect(conflicting.body.code).toBe('BILLING.PAYOUT_ALREADY_SETTLED');

    const report = await revenue();
    expect(report.totals).toEqual([{ currency: 'EUR', earnings: 1400, paidOut: 1400, pendingPayout: 0, unpaid: 0 }]);
    expect(report.periods[0].payoutStatus).toBe('completed');
    expect(report.payouts.map((p) => p.status).sort()).toEqual(['completed', 'failed']);
    expect((await pay('2027-01')).body.code).toBe('BILLING.ALREADY_PAID_OUT');
  });

  it('records payouts as ledger entries of type payout in the creator’s history', async () => {
    const history = await api.call<{ items: Array<{ type: string; status: string; amount: number; taxAmount: number }> }>('GET', `/payments/history?type=payout&userId=${creator.userId}`, admin);
    expect(history.status).toBe(200);
    expect(history.body.items.map((t) => [t.type, t.status, t.amount, t.taxAmount]).sort()).toEqual([
      ['payout', 'completed', 1400, 0],
      ['payout', 'failed', 1400, 0],
    ]);
  });

  it('shows the revenue only to that creator and admins', async () => {
    expect((await api.call('GET', `/revenue/creator/${creator.userId}`, mintBillingCaller(platform, 'creator'))).status).toBe(403);
    expect((await revenue(admin)).payouts).toHaveLength(2);
  });

  it('rejects a malformed period or payout id with a clear 400', async () => {
    const bad = await api.call<{ errors: Array<{ field: string }> }>('POST', `/revenue/creator/${creator.userId}/payouts`, admin, { period: '2027-13', currency: 'EUR' }, newKey());
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field)).toContain('period');
    expect((await settle('not-a-uuid', 'completed')).status).toBe(400);
    expect((await settle(randomUUID(), 'completed')).status).toBe(404);
  });

  it('documents both payout routes, with the Idempotency-Key header on the money-moving one', async () => {
    const document = (await (await fetch(`${platform.baseUrl}/docs-json`)).json()) as { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required?: boolean }> }>> };
    expect(document.paths['/api/v1/revenue/payouts/{payoutId}/settle'].post).toBeDefined();
    expect(document.paths['/api/v1/revenue/creator/{creatorId}/payouts'].post.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }));
  });
});
