import { BillingApi, CARDS, mintBillingCaller, newKey, type BillingCaller } from './support/billing-tokens.js';
import { Api } from './support/http.js';
import { IdentitySteps, PASSWORD } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';

/** Sign-in keeps as many devices as the account's plan allows (billing), else MAX_ACTIVE_SESSIONS. */
const MAX_SESSIONS = 3;
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const billing = new BillingApi(platform);
const steps = new IdentitySteps(api, new Mailbox());
let admin: BillingCaller;

const sessionCount = async (accessToken: string) => (await api.get<{ items: unknown[] }>('/me/sessions', accessToken)).body.items.length;
const signedIn = async (accessToken: string) => (await api.get('/me', accessToken)).status === 200;

beforeAll(async () => {
  await platform.start({ env: { MAX_ACTIVE_SESSIONS: String(MAX_SESSIONS), BILLING_SWEEP_INTERVAL_MS: '0' } });
  admin = mintBillingCaller(platform, 'admin');
});
afterAll(() => platform.stop());

describe('devices signed in at once', () => {
  it('follows the subscribed plan’s device limit', async () => {
    const user = await steps.newUser('subscriber');
    const features = { maxQuality: '1080p', maxDevices: 1, maxStreams: 1, downloads: false };
    const plan = await billing.call<{ id: string }>('POST', '/payments/plans', admin, { name: 'Solo', interval: 'month', price: 499, currency: 'EUR', trialDays: 0, features });
    expect(plan.status).toBe(201);
    const subscribed = await billing.call('POST', '/payments/subscribe', { userId: user.id, token: user.tokens.accessToken }, { planId: plan.body.id, paymentMethod: CARDS.succeeds, country: 'DE' }, newKey());
    expect(subscribed.status).toBe(201);

    const phone = await steps.login(user.email, PASSWORD, 'Phone');
    expect(await signedIn(user.tokens.accessToken)).toBe(false);
    expect(await sessionCount(phone.accessToken)).toBe(1);
  });

  it(`keeps MAX_ACTIVE_SESSIONS (${MAX_SESSIONS}) for an account without a plan`, async () => {
    const user = await steps.newUser();
    for (let i = 1; i < MAX_SESSIONS; i += 1) await steps.login(user.email);
    const newest = await steps.login(user.email);
    expect(await signedIn(user.tokens.accessToken)).toBe(false);
    expect(await sessionCount(newest.accessToken)).toBe(MAX_SESSIONS);
  });

  it('still signs in with MAX_ACTIVE_SESSIONS while billing is down', async () => {
    const user = await steps.newUser();
    await platform.app('billing').stop();
    const tokens = [user.tokens];
    for (let i = 0; i < MAX_SESSIONS; i += 1) tokens.push(await steps.login(user.email));
    expect(await signedIn(user.tokens.accessToken)).toBe(false);
    expect(await sessionCount(tokens[tokens.length - 1].accessToken)).toBe(MAX_SESSIONS);
  });
});
