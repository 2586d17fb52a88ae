import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { UsersClient, UsersPatterns } from '@onstream/common';
import { Api, type Problem } from './support/http.js';
import { IdentitySteps, type SignedUpUser, type TokenPair } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';

const platform = new Platform();
const api = new Api((path) => platform.url(path));
const steps = new IdentitySteps(api, new Mailbox());

beforeAll(() => platform.start());
// Generous: stopping waits out each service's NATS grace period and dropping the databases is slow under load.
afterAll(() => platform.stop());

interface Profile {
  id: string;
  kid: boolean;
  hasPin: boolean;
  maturityLevel: string;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface HistoryEntry {
  titleId: string;
  positionSeconds: number;
  finished: boolean;
}

const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

async function createProfile(token: string, body: Record<string, unknown>): Promise<Profile> {
  const response = await api.post<Profile>('/me/profiles', body, token);
  if (response.status !== 201) throw new Error(`create profile answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

async function select(token: string, profileId: string, pin?: string): Promise<string> {
  const response = await api.post<{ accessToken: string }>(`/me/profiles/${profileId}/select`, pin ? { pin } : {}, token);
  if (response.status !== 200) throw new Error(`select answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.accessToken;
}

describe('profiles', () => {
  let user: SignedUpUser;
  let adult: Profile;
  let kid: Profile;
  beforeAll(async () => {
    user = await steps.newUser();
    adult = await createProfile(user.tokens.accessToken, { name: 'Ada', avatar: 'avatar-1' });
    kid = await createProfile(user.tokens.accessToken, { name: 'Little one', kid: true, maturityLevel: '7+', pin: '4821' });
  });

  it('kid profiles carry their maturity limit and say whether a PIN guards them', async () => {
    const list = await api.get<{ items: Profile[] }>('/me/profiles', user.tokens.accessToken);
    expect(list.body.items.map((p) => [p.id, p.kid, p.maturityLevel, p.hasPin])).toEqual([
      [adult.id, false, '18+', false],
      [kid.id, true, '7+', true],
    ]);
  });

  it('selecting a profile yields a token scoped to it (pid, kid, mat) on the same session', async () => {
    const token = await select(user.tokens.accessToken, kid.id);
    expect(claims(token)).toMatchObject({ sub: user.id, sid: user.tokens.sessionId, pid: kid.id, kid: true, mat: '7+', typ: 'access' });
  });

  it('leaving a kid profile needs its PIN, and a refresh does not escape it', async () => {
    const session = await steps.login(user.email);
    const kidToken = await select(session.accessToken, kid.id);
    const refreshed = await api.post<TokenPair>('/auth/refresh', { refreshToken: session.refreshToken });
    expect(claims(refreshed.body.accessToken)).toMatchObject({ pid: kid.id, kid: true });

    for (const token of [kidToken, refreshed.body.accessToken, session.accessToken]) {
      const noPin = await api.post<Problem>(`/me/profiles/${adult.id}/select`, {}, token);
      expect([noPin.status, noPin.body.code]).toEqual([403, 'USERS.PIN_REQUIRED']);
    }
    const wrong = await api.post<Problem>(`/me/profiles/${adult.id}/select`, { pin: '0000' }, kidToken);
    expect([wrong.status, wrong.body.code]).toEqual([403, 'USERS.WRONG_PIN']);
    const adultToken = await select(kidToken, adult.id, '4821');
    expect(claims(adultToken)).toMatchObject({ pid: adult.id, kid: false, mat: '18+' });
  });

  it('a kid profile cannot manage profiles', async () => {
    const kidToken = await select((await steps.login(user.email)).accessToken, kid.id);
    const response = await api.post<Problem>('/me/profiles', { name: 'Sneaky' }, kidToken);
    expect(response.status).toBe(403);
  });

  it('allows at most 5 profiles per account', async () => {
    const other = await steps.newUser();
    for (let i = 1; i <= 5; i += 1) await createProfile(other.tokens.accessToken, { name: `P${i}` });
    const sixth = await api.post<Problem>('/me/profiles', { name: 'P6' }, other.tokens.accessToken);
    expect([sixth.status, sixth.body.code]).toEqual([409, 'USERS.PROFILE_LIMIT_REACHED']);
  });
});

describe('library', () => {
  let user: SignedUpUser;
  let tokenA: string;
  let tokenB: string;
  beforeAll(async () => {
    user = await steps.newUser();
    tokenA = await select(user.tokens.accessToken, (await createProfile(user.tokens.accessToken, { name: 'A' })).id);
    const second = await steps.login(user.email);
    tokenB = await select(second.accessToken, (await createProfile(user.tokens.accessToken, { name: 'B' })).id);
  });

  it('needs a profile-scoped token', async () => {
    const response = await api.get<Problem>('/me/watchlist', user.tokens.accessToken);
    expect([response.status, response.body.code]).toEqual([403, 'USERS.PROFILE_TOKEN_REQUIRED']);
  });

  it('watchlist adds are idempotent and pages run newest first with a cursor', async () => {
    const first = await api.put<{ addedAt: string }>('/me/watchlist/tt-1', undefined, tokenA);
    await api.put('/me/watchlist/tt-2', undefined, tokenA);
    await api.put('/me/watchlist/tt-3', undefined, tokenA);
    const again = await api.put<{ addedAt: string }>('/me/watchlist/tt-1', undefined, tokenA);
    expect(again.status).toBe(200);
    expect(again.body.addedAt).toBe(first.body.addedAt);

    const page1 = await api.get<Page<{ titleId: string }>>('/me/watchlist?limit=2', tokenA);
    expect(page1.body.items.map((i) => i.titleId)).toEqual(['tt-3', 'tt-2']);
    const page2 = await api.get<Page<{ titleId: string }>>(`/me/watchlist?limit=2&cursor=${page1.body.nextCursor}`, tokenA);
    expect(page2.body.items.map((i) => i.titleId)).toEqual(['tt-1']);
    expect(page2.body.nextCursor).toBeNull();

    expect((await api.delete('/me/watchlist/tt-2', tokenA)).status).toBe(204);
    expect((await api.delete('/me/watchlist/tt-2', tokenA)).status).toBe(204);
    expect((await api.get<Page<{ titleId: string }>>('/me/watchlist', tokenA)).body.items.map((i) => i.titleId)).toEqual(['tt-3', 'tt-1']);
  });

  it('favorites are a list of their own, and each profile sees only its own library', async () => {
    await api.put('/me/favorites/tt-fav', undefined, tokenA);
    expect((await api.get<Page<{ titleId: string }>>('/me/favorites', tokenA)).body.items.map((i) => i.titleId)).toEqual(['tt-fav']);
    expect((await api.get<Page<unknown>>('/me/favorites', tokenB)).body.items).toEqual([]);
    expect((await api.get<Page<unknown>>('/me/watchlist', tokenB)).body.items).toEqual([]);
  });

  it('continue-watching lists unfinished titles, most recent first; finished ones drop out', async () => {
    await api.put('/me/history/ep-1', { positionSeconds: 100, durationSeconds: 1000 }, tokenB);
    await api.put('/me/history/ep-2', { positionSeconds: 500, durationSeconds: 1000 }, tokenB);
    const finished = await api.put<HistoryEntry>('/me/history/ep-3', { positionSeconds: 960, durationSeconds: 1000 }, tokenB);
    expect(finished.body.finished).toBe(true);
    await api.put('/me/history/ep-1', { positionSeconds: 300, durationSeconds: 1000 }, tokenB);

    const continuing = await api.get<Page<HistoryEntry>>('/me/continue-watching', tokenB);
    expect(continuing.body.items.map((e) => [e.titleId, e.positionSeconds])).toEqual([['ep-1', 300], ['ep-2', 500]]);
    const history = await api.get<Page<HistoryEntry>>('/me/history', tokenB);
    expect(history.body.items.map((e) => e.titleId)).toEqual(['ep-1', 'ep-3', 'ep-2']);

    expect((await api.delete('/me/history/ep-2', tokenB)).status).toBe(204);
    expect((await api.get<Page<HistoryEntry>>('/me/continue-watching', tokenB)).body.items.map((e) => e.titleId)).toEqual(['ep-1']);
    expect((await api.delete('/me/history', tokenB)).status).toBe(204);
    expect((await api.get<Page<HistoryEntry>>('/me/history', tokenB)).body.items).toEqual([]);
  });

  it('refuses a resume position past the duration', async () => {
    const response = await api.put<Problem>('/me/history/ep-9', { positionSeconds: 2000, durationSeconds: 1000 }, tokenA);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.field).toBe('positionSeconds');
  });
});

describe('parental rules and device pairing', () => {
  let user: SignedUpUser;
  let kid: Profile;
  let adult: Profile;
  beforeAll(async () => {
    user = await steps.newUser();
    kid = await createProfile(user.tokens.accessToken, { name: 'Kid', kid: true, maturityLevel: 'all' });
    adult = await createProfile(user.tokens.accessToken, { name: 'Grown-up' });
  });

  it('a denied title cannot enter the kid profile’s library; rules apply to kid profiles only', async () => {
    const set = await api.put<{ rule: string }>(`/me/profiles/${kid.id}/title-rules/tt-scary`, { rule: 'deny' }, user.tokens.accessToken);
    expect(set.body.rule).toBe('deny');
    const kidToken = await select((await steps.login(user.email)).accessToken, kid.id);
    const blocked = await api.put<Problem>('/me/watchlist/tt-scary', undefined, kidToken);
    expect([blocked.status, blocked.body.code]).toEqual([403, 'USERS.TITLE_BLOCKED']);
    expect((await api.put('/me/watchlist/tt-cartoon', undefined, kidToken)).status).toBe(200);
    const rules = await api.get<{ items: Array<{ titleId: string; rule: string }> }>(`/me/profiles/${kid.id}/title-rules`, user.tokens.accessToken);
    expect(rules.body.items).toEqual([expect.objectContaining({ titleId: 'tt-scary', rule: 'deny' })]);
    const onAdult = await api.put<Problem>(`/me/profiles/${adult.id}/title-rules/tt-scary`, { rule: 'deny' }, user.tokens.accessToken);
    expect([onAdult.status, onAdult.body.code]).toEqual([409, 'USERS.NOT_A_KID_PROFILE']);
  });

  it('tells other services (over NATS) the kid profile’s maturity limit and title rules', async () => {
    await api.put(`/me/profiles/${kid.id}/title-rules/tt-approved`, { rule: 'allow' }, user.tokens.accessToken);
    const proxy = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [platform.env.NATS_URL ?? ''] } });
    try {
      const users = new UsersClient('users', proxy, 5000);
      const actor = { userId: user.id, sessionId: user.tokens.sessionId, role: 'viewer' as const, tokenType: 'device' as const, profileId: kid.id, kidProfile: true, maturityLimit: 'all' as const };
      const policy = await users.send(UsersPatterns.GetViewingPolicy, { actor });
      expect(policy).toEqual({ profileId: kid.id, kid: true, maturityLevel: 'all', mode: 'open', allowedTitleIds: ['tt-approved'], deniedTitleIds: ['tt-scary'], deniedTags: [], version: expect.any(String) });
    } finally {
      await proxy.close();
    }
  });

  it('a pairing code is redeemed once for a device token bound to the profile; unpairing ends it at once', async () => {
    const code = await api.post<{ code: string; expiresAt: string }>('/me/devices/pairing-codes', { profileId: kid.id }, user.tokens.accessToken);
    expect(code.status).toBe(201);
    expect(code.body.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const paired = await api.post<TokenPair>('/auth/device/pair', { code: code.body.code.toLowerCase(), deviceName: 'Kids room TV' });
    expect(paired.status).toBe(200);
    expect(claims(paired.body.accessToken)).toMatchObject({ typ: 'device', pid: kid.id, kid: true, mat: 'all' });
    const reused = await api.post<Problem>('/auth/device/pair', { code: code.body.code });
    expect([reused.status, reused.body.code]).toEqual([400, 'USERS.INVALID_PAIRING_CODE']);

    const device = paired.body.accessToken;
    // A device reaches only the launcher and playback (issue 14): not the profile's library.
    const library = await api.get<Problem>('/me/watchlist', device);
    expect([library.status, library.body.code]).toEqual([403, 'AUTH.SCOPE_FORBIDDEN']);
    expect((await api.get('/me/sessions', device)).status).toBe(403);
    expect((await api.post(`/me/profiles/${adult.id}/select`, { pin: '1234' }, device)).status).toBe(403);

    const devices = await api.get<{ items: Array<{ id: string; deviceName: string; profileId: string }> }>('/me/devices', user.tokens.accessToken);
    expect(devices.body.items).toEqual([expect.objectContaining({ id: paired.body.sessionId, deviceName: 'Kids room TV', profileId: kid.id })]);
    const refreshed = await api.post<TokenPair>('/auth/refresh', { refreshToken: paired.body.refreshToken });
    expect(claims(refreshed.body.accessToken)).toMatchObject({ typ: 'device', pid: kid.id });

    expect((await api.delete(`/me/devices/${paired.body.sessionId}`, user.tokens.accessToken)).status).toBe(204);
    expect((await api.get('/me/watchlist', refreshed.body.accessToken)).status).toBe(401);
    expect((await api.post('/auth/refresh', { refreshToken: refreshed.body.refreshToken })).status).toBe(401);
  });
});
