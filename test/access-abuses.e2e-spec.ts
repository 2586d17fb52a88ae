import { randomUUID } from 'node:crypto';
import { CARDS } from './support/billing-tokens.js';
import { objectId } from './support/engagement.js';
import { Api, type ApiResponse, type Problem } from './support/http.js';
import { Platform } from './support/platform.js';
import { TestTokens } from './support/tokens.js';

/**
 * Issue 14's abuses, request by request: a kid profile's token and a paired device's token of the
 * same account are refused with 403 AUTH.SCOPE_FORBIDDEN, and the account's own token still works.
 */
const platform = new Platform();
const api = new Api((path) => platform.url(path));
let tokens: TestTokens;

beforeAll(async () => {
  await platform.start();
  tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
}, 240_000);
afterAll(() => platform.stop(), 150_000);

type Role = 'viewer' | 'creator' | 'admin';
interface Household {
  userId: string;
  account: string;
  kid: string;
  device: string;
}

/** One account with its own token, a kid profile's token and a paired TV's token on that kid profile. */
function household(role: Role): Household {
  const userId = objectId();
  const kidProfile = objectId();
  return {
    userId,
    account: tokens.sign({ userId, role }),
    kid: tokens.sign({ userId, role, profileId: kidProfile, kid: true, maturityLimit: '7+' }),
    device: tokens.sign({ userId, role, profileId: kidProfile, kid: true, maturityLimit: '7+', device: true }),
  };
}

const key = () => ({ 'idempotency-key': `key-${randomUUID()}` });

async function expectScopeRefused(request: (token: string) => Promise<ApiResponse<unknown>>, who: Household): Promise<void> {
  for (const [kind, token] of [['kid profile', who.kid], ['device', who.device]] as const) {
    const answer = await request(token);
    expect({ kind, status: answer.status, code: (answer.body as Problem | undefined)?.code, type: answer.headers.get('content-type') }).toEqual({
      kind,
      status: 403,
      code: 'AUTH.SCOPE_FORBIDDEN',
      type: 'application/problem+json; charset=utf-8',
    });
  }
}

async function expectWorks<T>(request: Promise<ApiResponse<T>>, status: number): Promise<T> {
  const answer = await request;
  expect([answer.status, answer.body]).toEqual([status, expect.anything()]);
  return answer.body;
}

describe('a kid profile and a device of a viewer cannot spend or read the account’s money', () => {
  const viewer = () => household('viewer');
  let who: Household;
  let admin: Household;
  let planId: string;
  let otherPlanId: string;

  beforeAll(async () => {
    who = viewer();
    admin = household('admin');
    const plan = (features: Record<string, unknown>, price: number) =>
      api.post<{ id: string }>('/payments/plans', { name: `Plan ${price}`, interval: 'month', price, currency: 'EUR', trialDays: 0, features }, admin.account);
    planId = (await expectWorks(plan({ maxQuality: '720p', maxDevices: 1, maxStreams: 1, downloads: false }, 500), 201)).id;
    otherPlanId = (await expectWorks(plan({ maxQuality: '1080p', maxDevices: 2, maxStreams: 2, downloads: false }, 900), 201)).id;
  }, 60_000);

  it('PPV of an 18+ video: refused, then bought with the account', async () => {
    const video = `vid_${randomUUID().slice(0, 8)}`;
    await expectWorks(api.put(`/payments/ppv/offers/${video}`, { creatorId: objectId(), currency: 'EUR', maxQuality: '1080p', purchasePrice: 399 }, admin.account), 200);
    const buy = (token: string) => api.call('POST', '/payments/ppv', { token, headers: key(), body: { videoId: video, option: 'purchase', paymentMethod: CARDS.succeeds, country: 'FR' } });
    await expectScopeRefused(buy, who);
    await expectWorks(buy(who.account), 201);
  });

  it('subscribe, change plan, cancel, history, CSV and receipt: refused, then done with the account', async () => {
    const subscribe = (token: string) => api.call<{ id: string; payment: { id: string } }>('POST', '/payments/subscribe', { token, headers: key(), body: { planId, paymentMethod: CARDS.succeeds, country: 'FR' } });
    await expectScopeRefused(subscribe, who);
    const subscription = await expectWorks(subscribe(who.account), 201);

    const changePlan = (token: string) => api.call('POST', `/payments/subscriptions/${subscription.id}/change-plan`, { token, headers: key(), body: { planId: otherPlanId } });
    await expectScopeRefused(changePlan, who);
    await expectWorks(changePlan(who.account), 200);

    const cancel = (token: string) => api.post(`/payments/subscriptions/${subscription.id}/cancel`, { atPeriodEnd: true }, token);
    await expectScopeRefused(cancel, who);
    await expectWorks(cancel(who.account), 200);

    await expectScopeRefused((token) => api.get('/payments/history', token), who);
    await expectWorks(api.get('/payments/history', who.account), 200);

    await expectScopeRefused((token) => api.get('/payments/history/export.csv', token), who);
    const csv = await fetch(platform.url('/payments/history/export.csv'), { headers: { authorization: `Bearer ${who.account}` } });
    expect([csv.status, (await csv.text()).split('\n')[0]]).toEqual([200, expect.stringContaining(',')]);

    const receipt = (token: string) => api.get(`/payments/transactions/${subscription.payment.id}/receipt`, token);
    await expectScopeRefused(receipt, who);
    await expectWorks(receipt(who.account), 200);
  });
});

describe('a kid profile and a device of a creator cannot act as the creator', () => {
  it('creates and deletes videos only with the account', async () => {
    const creator = household('creator');
    const create = (token: string) => api.post<{ id: string }>('/videos', { title: 'Harbour at dawn', category: 'travel', language: 'en', visibility: 'public', monetization: { model: 'free' } }, token);
    await expectScopeRefused(create, creator);
    const video = await expectWorks(create(creator.account), 201);
    const remove = (token: string) => api.delete(`/videos/${video.id}`, token);
    await expectScopeRefused(remove, creator);
    await expectWorks(remove(creator.account), 200);
  });

  it('reads the creator’s revenue only with the account, and a plain viewer not at all', async () => {
    const creator = household('creator');
    const revenue = (token: string) => api.get<Record<string, unknown>>(`/revenue/creator/${creator.userId}`, token);
    await expectScopeRefused(revenue, creator);
    await expectWorks(revenue(creator.account), 200);
    const viewer = household('viewer');
    const own = await api.get<Problem>(`/revenue/creator/${viewer.userId}`, viewer.account);
    expect([own.status, own.body.code]).toEqual([403, 'COMMON.FORBIDDEN']);
  });
});

describe('a kid profile and a device of an admin have none of the admin’s powers', () => {
  let admin: Household;
  beforeAll(() => {
    admin = household('admin');
  });

  it('admin statistics', async () => {
    await expectScopeRefused((token) => api.get('/admin/stats', token), admin);
    await expectWorks(api.get('/admin/stats', admin.account), 200);
  });

  it('clearing the catalog cache', async () => {
    const clear = (token: string) => api.delete('/admin/catalog/cache', token);
    await expectScopeRefused(clear, admin);
    const cleared = await clear(admin.account);
    expect(cleared.status).toBeLessThan(300);
  });

  it('refunding another user’s payment', async () => {
    const buyer = household('viewer');
    const video = `vid_${randomUUID().slice(0, 8)}`;
    await expectWorks(api.put(`/payments/ppv/offers/${video}`, { creatorId: objectId(), currency: 'EUR', maxQuality: '1080p', purchasePrice: 399 }, admin.account), 200);
    const bought = await expectWorks(api.call<{ payment: { id: string } }>('POST', '/payments/ppv', { token: buyer.account, headers: key(), body: { videoId: video, option: 'purchase', paymentMethod: CARDS.succeeds, country: 'FR' } }), 201);
    const refund = (token: string) => api.call('POST', `/payments/transactions/${bought.payment.id}/refund`, { token, headers: key(), body: { reason: 'requested_by_customer' } });
    await expectScopeRefused(refund, admin);
    await expectWorks(refund(admin.account), 201);
  });

  it('deleting other people’s comments', async () => {
    const creator = household('creator');
    const author = household('viewer');
    const video = await expectWorks(api.post<{ id: string }>('/videos', { title: 'Harbour at dawn', category: 'travel', language: 'en', visibility: 'public', monetization: { model: 'free' } }, creator.account), 201);
    const comment = await expectWorks(api.post<{ id: string }>('/comments', { targetType: 'video', targetId: video.id, text: 'Lovely light.' }, author.account), 201);
    const remove = (token: string) => api.delete(`/comments/${comment.id}`, token);
    await expectScopeRefused(remove, admin);
    await expectWorks(remove(admin.account), 200);
  });
});
