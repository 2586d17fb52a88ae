import { randomUUID } from 'node:crypto';
import { CARDS } from './support/billing-tokens.js';
import { objectId } from './support/engagement.js';
import { Api, type Problem } from './support/http.js';
import { IdentitySteps } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { freePort } from './support/processes.js';
import { TestTokens } from './support/tokens.js';

/**
 * Attempt limits reserve before they check: of fifty parallel wrong PINs or passwords at most five
 * are evaluated, counted by the users service's own `onstream_secret_checks_total`. And one free
 * trial per user: subscribing again after a cancel charges the card at once.
 */
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const mailbox = new Mailbox();
const steps = new IdentitySteps(api, mailbox);
let usersMetrics = '';

beforeAll(async () => {
  const port = await freePort();
  usersMetrics = `http://127.0.0.1:${port}/metrics`;
  await platform.start({ appEnv: { users: { METRICS_PORT: String(port) } } });
}, 240_000);
afterAll(() => platform.stop(), 150_000);

async function secretChecks(kind: 'pin' | 'password' | 'reset-token'): Promise<number> {
  const text = await (await fetch(usersMetrics)).text();
  const line = text.split('\n').find((l) => l.startsWith('onstream_secret_checks_total') && l.includes(`kind="${kind}"`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

const statuses = (answers: Array<{ status: number; body: unknown }>) => {
  const counts: Record<string, number> = {};
  for (const a of answers) {
    const key = `${a.status} ${(a.body as Problem | undefined)?.code ?? ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe('attempt limits count before they check', () => {
  it('evaluates at most 5 of 50 parallel wrong passwords', async () => {
    const user = await steps.newUser('limits');
    const before = await secretChecks('password');
    const answers = await Promise.all(Array.from({ length: 50 }, () => api.post('/auth/login', { email: user.email, password: 'not the password 1' })));
    const evaluated = (await secretChecks('password')) - before;
    expect(statuses(answers)).toEqual({ '401 USERS.INVALID_CREDENTIALS': evaluated, '429 USERS.TOO_MANY_ATTEMPTS': 50 - evaluated });
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(5);
  }, 120_000);

  it('evaluates at most 5 of 50 parallel wrong PINs', async () => {
    const owner = await steps.newUser('pin');
    const token = owner.tokens.accessToken;
    const adult = await api.post<{ id: string }>('/me/profiles', { name: 'Parent' }, token);
    const kid = await api.post<{ id: string }>('/me/profiles', { name: 'Kid', kid: true, pin: '1234' }, token);
    const kidToken = (await api.post<{ accessToken: string }>(`/me/profiles/${kid.body.id}/select`, {}, token)).body.accessToken;
    const before = await secretChecks('pin');
    const answers = await Promise.all(Array.from({ length: 50 }, () => api.post(`/me/profiles/${adult.body.id}/select`, { pin: '0000' }, kidToken)));
    const evaluated = (await secretChecks('pin')) - before;
    expect(statuses(answers)).toEqual({ '403 USERS.WRONG_PIN': evaluated, '429 USERS.TOO_MANY_ATTEMPTS': 50 - evaluated });
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(5);
  }, 120_000);

  it('evaluates at most 5 of 50 parallel wrong password-reset links for one account; the real link then still works', async () => {
    const user = await steps.newUser('reset');
    expect((await api.post('/auth/password/forgot', { email: user.email })).status).toBe(202);
    const link = await mailbox.linkToken(user.email, /Reset your OnStream password/);
    // The link names its account; a guess keeps the account part and changes the secret.
    expect(link.startsWith(`${user.id}-`)).toBe(true);
    const before = await secretChecks('reset-token');
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => api.post('/auth/password/reset', { token: `${user.id}-${randomUUID()}${randomUUID()}`, newPassword: 'guessed pass 77' })),
    );
    const evaluated = (await secretChecks('reset-token')) - before;
    expect(statuses(answers)).toEqual({ '400 USERS.INVALID_TOKEN': evaluated, '429 USERS.TOO_MANY_ATTEMPTS': 50 - evaluated });
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(5);
    // Over the limit even the real link waits for the window; it is not used up by the refusal.
    expect((await api.post<Problem>('/auth/password/reset', { token: link, newPassword: 'after reset pass 5' })).status).toBe(429);
    expect(await secretChecks('reset-token')).toBe(before + evaluated);
  }, 120_000);
});

describe('one free trial per user', () => {
  it('subscribe, cancel, subscribe again to a trial plan: the second time there is no trial and the card is charged', async () => {
    const tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
    const admin = tokens.sign({ role: 'admin' });
    const viewer = tokens.sign({ userId: objectId(), role: 'viewer' });
    const plan = await api.post<{ id: string }>('/payments/plans', { name: 'Trial plan', interval: 'month', price: 700, currency: 'EUR', trialDays: 7, features: { maxQuality: '1080p', maxDevices: 2, maxStreams: 2, downloads: false } }, admin);
    expect(plan.status).toBe(201);
    const subscribe = () =>
      api.call<{ id: string; status: string; payment?: { status: string; netAmount: number } }>('POST', '/payments/subscribe', {
        token: viewer,
        headers: { 'idempotency-key': `key-${randomUUID()}` },
        body: { planId: plan.body.id, paymentMethod: CARDS.succeeds, country: 'FR' },
      });

    const first = await subscribe();
    expect([first.status, first.body.status, first.body.payment]).toEqual([201, 'trialing', undefined]);
    const canceled = await api.post<{ status: string }>(`/payments/subscriptions/${first.body.id}/cancel`, { atPeriodEnd: false }, viewer);
    expect([canceled.status, canceled.body.status]).toEqual([200, 'canceled']);

    const second = await subscribe();
    expect([second.status, second.body.status, second.body.payment?.status, second.body.payment?.netAmount]).toEqual([201, 'active', 'completed', 700]);
  }, 120_000);
});
