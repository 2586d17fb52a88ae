import { AccountDeletedEventType, JetStreamBus, type AccountDeletedEvent, type EventEnvelope } from '@onstream/common';
import { Api, type Problem } from './support/http.js';
import { IdentitySteps, PASSWORD, uniqueEmail, type TokenPair } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

const platform = new Platform();
const api = new Api((path) => platform.url(path));
const mailbox = new Mailbox();
const steps = new IdentitySteps(api, mailbox);
const ADMIN_EMAIL = uniqueEmail('admin');
const ADMIN_PASSWORD = 'admin password 1';
const MAX_SESSIONS = 3;

beforeAll(
  () => platform.start({ env: { ADMIN_EMAIL, ADMIN_PASSWORD, MAX_ACTIVE_SESSIONS: String(MAX_SESSIONS), MAIL_PER_HOUR_LIMIT: '3', LOGIN_MAX_FAILURES_PER_ACCOUNT: '5' } }),
  90_000,
);
// Generous: stopping waits out each service's NATS grace period and dropping the databases is slow under load.
afterAll(() => platform.stop());

const me = (token: string) => api.get<{ id: string; role: string; preferences: Record<string, unknown> }>('/me', token);

describe('sign-up and e-mail verification', () => {
  it('mails a single-use link; the account may sign in only once it is confirmed', async () => {
    const email = uniqueEmail();
    await steps.signUp(email);

    const early = await api.post<Problem>('/auth/login', { email, password: PASSWORD });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('USERS.EMAIL_NOT_VERIFIED');

    const token = await mailbox.linkToken(email, /Confirm your OnStream/);
    const verified = await api.post<{ email: string; emailVerified: boolean }>('/auth/email/verify', { token });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ email, emailVerified: true });

    const again = await api.post<Problem>('/auth/email/verify', { token });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('USERS.INVALID_TOKEN');

    const login = await api.post<TokenPair>('/auth/login', { email, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.expiresIn).toBe(900);
  });

  it('resends the link at most MAIL_PER_HOUR_LIMIT times an hour and answers 202 for unknown addresses too', async () => {
    const email = uniqueEmail();
    await steps.signUp(email);
    for (let i = 0; i < 4; i += 1) expect((await api.post('/auth/email/resend', { email })).status).toBe(202);
    expect((await api.post('/auth/email/resend', { email: uniqueEmail('nobody') })).status).toBe(202);

    await mailbox.linkToken(email, /Confirm your OnStream/, 3);
    expect(await mailbox.messagesTo(email)).toHaveLength(3);
  });
});

describe('login', () => {
  it('signs in a client that sends no User-Agent (found by the login bench: it was a 500)', async () => {
    const { email } = await steps.newUser();
    const response = await api.call<{ accessToken: string }>('POST', '/auth/login', { body: { email, password: PASSWORD }, headers: { 'user-agent': '' } });
    expect(response.status).toBe(200);
    expect(response.body.accessToken).toEqual(expect.any(String));
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const { email } = await steps.newUser();
    const wrong = await api.post<Problem>('/auth/login', { email, password: 'wrong password 1' });
    const unknown = await api.post<Problem>('/auth/login', { email: uniqueEmail('ghost'), password: 'wrong password 1' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(unknown.body.code).toBe(wrong.body.code);
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('refuses further tries for an account after 5 failures, even with the right password, with Retry-After', async () => {
    const { email } = await steps.newUser();
    for (let i = 0; i < 5; i += 1) expect((await api.post('/auth/login', { email, password: 'wrong password 1' })).status).toBe(401);
    const blocked = await api.post<Problem>('/auth/login', { email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('USERS.TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('refresh tokens', () => {
  it('rotate on every use; replaying a used one ends the whole session and its access token at once', async () => {
    const user = await steps.newUser();
    const first = user.tokens;
    const second = await api.post<TokenPair>('/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.sessionId).toBe(first.sessionId);
    const third = await api.post<TokenPair>('/auth/refresh', { refreshToken: second.body.refreshToken });
    expect(third.status).toBe(200);
    expect((await me(third.body.accessToken)).status).toBe(200);

    const replay = await api.post<Problem>('/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('USERS.REFRESH_TOKEN_REUSED');

    expect((await api.post('/auth/refresh', { refreshToken: third.body.refreshToken })).status).toBe(401);
    expect((await me(third.body.accessToken)).status).toBe(401);
  });

  it('refuses a made-up refresh token without ending the session it names', async () => {
    const user = await steps.newUser();
    const forged = `${user.tokens.sessionId}.0.bm9uY2U.${'A'.repeat(43)}`;
    const response = await api.post<Problem>('/auth/refresh', { refreshToken: forged });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('USERS.INVALID_TOKEN');
    expect((await api.post('/auth/refresh', { refreshToken: user.tokens.refreshToken })).status).toBe(200);
  });
});

describe('logout', () => {
  it('makes the access token fail at once and the refresh token useless', async () => {
    const { tokens } = await steps.newUser();
    expect((await me(tokens.accessToken)).status).toBe(200);
    expect((await api.post('/auth/logout', undefined, tokens.accessToken)).status).toBe(204);
    const after = await api.get<Problem>('/me', tokens.accessToken);
    expect(after.status).toBe(401);
    expect((await api.post('/auth/refresh', { refreshToken: tokens.refreshToken })).status).toBe(401);
  });
});

describe('sessions and devices', () => {
  it('lists each signed-in device with name, type, user agent, IP and last seen, marking the current one', async () => {
    const user = await steps.newUser();
    const tv = await steps.login(user.email, PASSWORD, 'Living-room TV');
    const list = await api.get<{ items: Array<Record<string, unknown>> }>('/me/sessions', tv.accessToken);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items[0]).toMatchObject({ id: tv.sessionId, deviceName: 'Living-room TV', current: true, ip: '127.0.0.1', userAgent: expect.any(String), lastSeenAt: expect.any(String) });
    expect(list.body.items[1]).toMatchObject({ id: user.tokens.sessionId, current: false });
  });

  it('revokes one device, whose token fails at once, and answers 404 for a session of another user', async () => {
    const user = await steps.newUser();
    const other = await steps.newUser('other');
    const phone = await steps.login(user.email, PASSWORD, 'Phone');
    expect((await api.delete(`/me/sessions/${phone.sessionId}`, user.tokens.accessToken)).status).toBe(204);
    expect((await me(phone.accessToken)).status).toBe(401);
    expect((await api.delete(`/me/sessions/${other.tokens.sessionId}`, user.tokens.accessToken)).status).toBe(404);
    expect((await me(other.tokens.accessToken)).status).toBe(200);
  });

  it('signs out every other device and keeps the current one', async () => {
    const user = await steps.newUser();
    const second = await steps.login(user.email);
    const ended = await api.delete<{ revoked: number }>('/me/sessions', user.tokens.accessToken);
    expect(ended.body).toEqual({ revoked: 1 });
    expect((await me(second.accessToken)).status).toBe(401);
    expect((await me(user.tokens.accessToken)).status).toBe(200);
  });

  it(`keeps at most ${MAX_SESSIONS} devices signed in, signing out the least recently seen`, async () => {
    const user = await steps.newUser();
    for (let i = 1; i < MAX_SESSIONS; i += 1) await steps.login(user.email);
    const newest = await steps.login(user.email);
    expect((await me(user.tokens.accessToken)).status).toBe(401);
    const list = await api.get<{ items: unknown[] }>('/me/sessions', newest.accessToken);
    expect(list.body.items).toHaveLength(MAX_SESSIONS);
  });
});

describe('passwords', () => {
  it('a change needs the current password and ends every other session', async () => {
    const user = await steps.newUser();
    const other = await steps.login(user.email);
    const wrong = await api.post<Problem>('/me/password', { currentPassword: 'not it at all 1', newPassword: 'brand new secret 2' }, user.tokens.accessToken);
    expect(wrong.status).toBe(403);

    const changed = await api.post<{ revoked: number }>('/me/password', { currentPassword: PASSWORD, newPassword: 'brand new secret 2' }, user.tokens.accessToken);
    expect(changed.body).toEqual({ revoked: 1 });
    expect((await me(other.accessToken)).status).toBe(401);
    expect((await me(user.tokens.accessToken)).status).toBe(200);
    expect((await api.post('/auth/login', { email: user.email, password: PASSWORD })).status).toBe(401);
    expect((await api.post('/auth/login', { email: user.email, password: 'brand new secret 2' })).status).toBe(200);
  });

  it('a reset by e-mail link sets the new password once and ends every session', async () => {
    const user = await steps.newUser();
    expect((await api.post('/auth/password/forgot', { email: user.email })).status).toBe(202);
    expect((await api.post('/auth/password/forgot', { email: uniqueEmail('nobody') })).status).toBe(202);
    const token = await mailbox.linkToken(user.email, /Reset your OnStream password/);

    expect((await api.post('/auth/password/reset', { token, newPassword: 'after reset pass 3' })).status).toBe(204);
    expect((await api.post<Problem>('/auth/password/reset', { token, newPassword: 'second try pass 4' })).status).toBe(400);
    expect((await me(user.tokens.accessToken)).status).toBe(401);
    expect((await api.post('/auth/login', { email: user.email, password: 'after reset pass 3' })).status).toBe(200);
  });
});

describe('me', () => {
  it('starts with default preferences and changes only the given ones', async () => {
    const { tokens } = await steps.newUser();
    expect((await me(tokens.accessToken)).body.preferences).toMatchObject({ playbackQuality: 'auto', autoplayNext: true, language: 'en' });
    const patched = await api.patch<{ displayName: string; preferences: Record<string, unknown> }>('/me', { displayName: 'Renamed', preferences: { playbackQuality: '720p', language: 'pt-BR' } }, tokens.accessToken);
    expect(patched.status).toBe(200);
    expect(patched.body.displayName).toBe('Renamed');
    expect(patched.body.preferences).toMatchObject({ playbackQuality: '720p', language: 'pt-BR', autoplayNext: true });
  });

  it('deleting the account needs the password, ends the sessions and publishes users.account.deleted', async () => {
    const user = await steps.newUser();
    const deleted: Array<EventEnvelope<AccountDeletedEvent>> = [];
    const bus = await JetStreamBus.connect([platform.env.NATS_URL ?? ''], 'e2e-deleted-listener');
    try {
      expect((await api.delete('/me', user.tokens.accessToken, { password: 'not the password 1' })).status).toBe(403);
      expect((await api.delete('/me', user.tokens.accessToken, { password: PASSWORD })).status).toBe(204);
      expect((await me(user.tokens.accessToken)).status).toBe(401);
      expect((await api.post('/auth/login', { email: user.email, password: PASSWORD })).status).toBe(401);

      await bus.consume<AccountDeletedEvent>({ stream: 'USERS_EVENTS', durable: 'e2e-account-deleted', types: [AccountDeletedEventType] }, async (event) => {
        deleted.push(event);
      });
      const event = await waitFor('the account-deleted event', async () => deleted.find((e) => e.data.userId === user.id));
      expect(event.type).toBe('users.account.deleted');
    } finally {
      await bus.close();
    }
  });
});

describe('admin', () => {
  let admin: TokenPair;
  beforeAll(async () => {
    admin = await steps.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  it('the first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD', async () => {
    expect((await me(admin.accessToken)).body.role).toBe('admin');
  });

  it('lists users by e-mail prefix with paging, newest first', async () => {
    const prefix = `page-${Date.now()}`;
    for (const n of [1, 2, 3]) await steps.signUp(`${prefix}-${n}@example.com`);
    const page = await api.get<{ items: Array<{ email: string }>; meta: Record<string, number> }>(`/admin/users?email=${prefix}&limit=2&page=1`, admin.accessToken);
    expect(page.status).toBe(200);
    expect(page.body.items.map((u) => u.email)).toEqual([`${prefix}-3@example.com`, `${prefix}-2@example.com`]);
    expect(page.body.meta).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2 });
  });

  it('changing a role ends the user’s sessions; the next sign-in carries the new role', async () => {
    const user = await steps.newUser();
    const changed = await api.patch<{ role: string }>(`/admin/users/${user.id}/role`, { role: 'creator' }, admin.accessToken);
    expect(changed.body.role).toBe('creator');
    expect((await me(user.tokens.accessToken)).status).toBe(401);
    expect((await me((await steps.login(user.email)).accessToken)).body.role).toBe('creator');
  });

  it('disabling an account ends its sessions and refuses its sign-in', async () => {
    const user = await steps.newUser();
    const disabled = await api.post<{ disabled: boolean }>(`/admin/users/${user.id}/disable`, undefined, admin.accessToken);
    expect(disabled.body.disabled).toBe(true);
    expect((await me(user.tokens.accessToken)).status).toBe(401);
    const login = await api.post<Problem>('/auth/login', { email: user.email, password: PASSWORD });
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('USERS.ACCOUNT_DISABLED');
  });
});
