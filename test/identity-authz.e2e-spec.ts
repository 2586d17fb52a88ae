import { Api } from './support/http.js';
import { IdentitySteps, PASSWORD, uniqueEmail, type SignedUpUser } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';

/**
 * Every route of the identity area, tried as anonymous, as another user, as another (adult) profile
 * of the same account and as a kid profile of it, with the exact status each must get.
 */
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const steps = new IdentitySteps(api, new Mailbox());

beforeAll(() => platform.start());
// Generous: stopping waits out each service's NATS grace period and dropping the databases is slow under load.
afterAll(() => platform.stop());

const ACTORS = ['anonymous', 'otherUser', 'siblingProfile', 'kidProfile'] as const;
type ActorName = (typeof ACTORS)[number];
type Expected = [anonymous: number, otherUser: number, siblingProfile: number, kidProfile: number];

interface Fixture {
  owner: SignedUpUser;
  adultId: string;
  kidId: string;
  spareProfileId: string;
  spareSessionId: string;
  deviceId: string;
}

interface Row {
  route: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  expected: Expected;
  /** Sign the actors in again first (the row before ended their sessions, or this one will). */
  fresh?: boolean;
}

let fixture: Fixture;
const tokens = new Map<ActorName, string | undefined>();
let other: SignedUpUser;

async function selectProfile(token: string, profileId: string, pin?: string): Promise<string> {
  const response = await api.post<{ accessToken: string }>(`/me/profiles/${profileId}/select`, pin ? { pin } : {}, token);
  if (response.status !== 200) throw new Error(`select answered ${response.status}`);
  return response.body.accessToken;
}

async function createProfile(token: string, body: Record<string, unknown>): Promise<string> {
  const response = await api.post<{ id: string }>('/me/profiles', body, token);
  if (response.status !== 201) throw new Error(`create profile answered ${response.status}`);
  return response.body.id;
}

async function signInActors(): Promise<void> {
  const otherProfile = (await api.get<{ items: Array<{ id: string }> }>('/me/profiles', (await steps.login(other.email)).accessToken)).body.items[0]?.id ?? '';
  tokens.set('anonymous', undefined);
  tokens.set('otherUser', await selectProfile((await steps.login(other.email)).accessToken, otherProfile));
  tokens.set('siblingProfile', await selectProfile((await steps.login(fixture.owner.email)).accessToken, fixture.adultId));
  tokens.set('kidProfile', await selectProfile((await steps.login(fixture.owner.email)).accessToken, fixture.kidId));
}

beforeAll(async () => {
  const owner = await steps.newUser('owner');
  other = await steps.newUser('other');
  await createProfile(other.tokens.accessToken, { name: 'Other' });
  const token = owner.tokens.accessToken;
  const ownerProfileId = await createProfile(token, { name: 'Owner' });
  const adultId = await createProfile(token, { name: 'Sibling' });
  const kidId = await createProfile(token, { name: 'Kid', kid: true, pin: '1234' });
  const spareProfileId = await createProfile(token, { name: 'Spare' });
  const ownerProfileToken = await selectProfile(token, ownerProfileId);
  await api.put('/me/watchlist/tt-owner-only', undefined, ownerProfileToken);
  await api.put('/me/history/tt-owner-only', { positionSeconds: 10, durationSeconds: 100 }, ownerProfileToken);
  const spareSessionId = (await steps.login(owner.email)).sessionId;
  const code = await api.post<{ code: string }>('/me/devices/pairing-codes', { profileId: kidId }, token);
  const device = await api.post<{ sessionId: string }>('/auth/device/pair', { code: code.body.code });
  fixture = { owner, adultId, kidId, spareProfileId, spareSessionId, deviceId: device.body.sessionId };
  await signInActors();
});

const title = 'tt-authz';
const ROWS: Row[] = [
  // Public routes: the same answer whoever calls.
  { route: 'POST /auth/signup', path: () => '/auth/signup', body: () => ({ email: uniqueEmail('authz'), password: PASSWORD, displayName: 'X' }), expected: [201, 201, 201, 201] },
  { route: 'POST /auth/email/verify (bad token)', path: () => '/auth/email/verify', body: () => ({ token: 'x'.repeat(43) }), expected: [400, 400, 400, 400] },
  { route: 'POST /auth/email/resend', path: () => '/auth/email/resend', body: () => ({ email: uniqueEmail('nobody') }), expected: [202, 202, 202, 202] },
  { route: 'POST /auth/login (wrong password)', path: () => '/auth/login', body: (f) => ({ email: f.owner.email, password: 'not the password 1' }), expected: [401, 401, 401, 401] },
  { route: 'POST /auth/refresh (made-up token)', path: () => '/auth/refresh', body: () => ({ refreshToken: 'not.a.refresh.token' }), expected: [401, 401, 401, 401] },
  { route: 'POST /auth/password/forgot', path: () => '/auth/password/forgot', body: () => ({ email: uniqueEmail('nobody') }), expected: [202, 202, 202, 202] },
  { route: 'POST /auth/password/reset (bad token)', path: () => '/auth/password/reset', body: () => ({ token: 'x'.repeat(43), newPassword: 'brand new pass 5' }), expected: [400, 400, 400, 400] },
  { route: 'POST /auth/device/pair (unknown code)', path: () => '/auth/device/pair', body: () => ({ code: 'ZZZZ-ZZZZ' }), expected: [400, 400, 400, 400] },
  // The account.
  { route: 'GET /me', path: () => '/me', expected: [401, 200, 200, 200] },
  { route: 'PATCH /me', path: () => '/me', body: () => ({ preferences: { autoplayNext: false } }), expected: [401, 200, 200, 403] },
  { route: 'POST /me/password (wrong current)', path: () => '/me/password', body: () => ({ currentPassword: 'not the password 1', newPassword: 'brand new pass 5' }), expected: [401, 403, 403, 403] },
  { route: 'DELETE /me (wrong password)', path: () => '/me', body: () => ({ password: 'not the password 1' }), expected: [401, 403, 403, 403] },
  { route: 'GET /me/sessions', path: () => '/me/sessions', expected: [401, 200, 200, 403] },
  { route: 'DELETE /me/sessions/:id (owner’s)', path: (f) => `/me/sessions/${f.spareSessionId}`, expected: [401, 404, 204, 403] },
  // Profiles and parental rules.
  { route: 'GET /me/profiles', path: () => '/me/profiles', expected: [401, 200, 200, 200] },
  { route: 'POST /me/profiles', path: () => '/me/profiles', body: () => ({ name: 'New' }), expected: [401, 201, 201, 403] },
  { route: 'PATCH /me/profiles/:id (owner’s)', path: (f) => `/me/profiles/${f.adultId}`, body: () => ({ avatar: 'avatar-2' }), expected: [401, 404, 200, 403] },
  { route: 'POST /me/profiles/:id/select (owner’s)', path: (f) => `/me/profiles/${f.adultId}/select`, body: () => ({}), expected: [401, 404, 200, 403] },
  { route: 'GET /me/profiles/:id/title-rules', path: (f) => `/me/profiles/${f.kidId}/title-rules`, expected: [401, 404, 200, 403] },
  { route: 'PUT /me/profiles/:id/title-rules/:title', path: (f) => `/me/profiles/${f.kidId}/title-rules/${title}`, body: () => ({ rule: 'allow' }), expected: [401, 404, 200, 403] },
  { route: 'DELETE /me/profiles/:id/title-rules/:title', path: (f) => `/me/profiles/${f.kidId}/title-rules/${title}`, expected: [401, 404, 204, 403] },
  { route: 'DELETE /me/profiles/:id (owner’s)', path: (f) => `/me/profiles/${f.spareProfileId}`, expected: [401, 404, 204, 403] },
  // The caller's own profile library: each actor reaches only its own.
  { route: 'GET /me/watchlist', path: () => '/me/watchlist', expected: [401, 200, 200, 200] },
  { route: 'PUT /me/watchlist/:title', path: () => `/me/watchlist/${title}`, expected: [401, 200, 200, 200] },
  { route: 'DELETE /me/watchlist/:title', path: () => `/me/watchlist/${title}`, expected: [401, 204, 204, 204] },
  { route: 'GET /me/favorites', path: () => '/me/favorites', expected: [401, 200, 200, 200] },
  { route: 'PUT /me/favorites/:title', path: () => `/me/favorites/${title}`, expected: [401, 200, 200, 200] },
  { route: 'DELETE /me/favorites/:title', path: () => `/me/favorites/${title}`, expected: [401, 204, 204, 204] },
  { route: 'PUT /me/history/:title', path: () => `/me/history/${title}`, body: () => ({ positionSeconds: 5, durationSeconds: 100 }), expected: [401, 200, 200, 200] },
  { route: 'GET /me/history', path: () => '/me/history', expected: [401, 200, 200, 200] },
  { route: 'GET /me/continue-watching', path: () => '/me/continue-watching', expected: [401, 200, 200, 200] },
  { route: 'DELETE /me/history/:title', path: () => `/me/history/${title}`, expected: [401, 204, 204, 204] },
  { route: 'DELETE /me/history', path: () => '/me/history', expected: [401, 204, 204, 204] },
  // Devices.
  { route: 'POST /me/devices/pairing-codes (owner’s profile)', path: () => '/me/devices/pairing-codes', body: (f) => ({ profileId: f.kidId }), expected: [401, 404, 201, 403] },
  { route: 'GET /me/devices', path: () => '/me/devices', expected: [401, 200, 200, 403] },
  { route: 'DELETE /me/devices/:id (owner’s)', path: (f) => `/me/devices/${f.deviceId}`, expected: [401, 404, 204, 403] },
  // Admin.
  { route: 'GET /admin/users', path: () => '/admin/users', expected: [401, 403, 403, 403] },
  { route: 'PATCH /admin/users/:id/role', path: (f) => `/admin/users/${f.owner.id}/role`, body: () => ({ role: 'admin' }), expected: [401, 403, 403, 403] },
  { route: 'POST /admin/users/:id/disable', path: (f) => `/admin/users/${f.owner.id}/disable`, expected: [401, 403, 403, 403] },
  // Session enders last, each with freshly signed-in actors.
  { route: 'DELETE /me/sessions (all others)', path: () => '/me/sessions', expected: [401, 200, 200, 403], fresh: true },
  { route: 'POST /auth/logout', path: () => '/auth/logout', expected: [401, 204, 204, 204], fresh: true },
];

const METHOD = /^(GET|POST|PUT|PATCH|DELETE) /;

describe('authorization matrix', () => {
  it.each(ROWS)('$route', async (row) => {
    if (row.fresh) await signInActors();
    const method = METHOD.exec(row.route)?.[1] ?? 'GET';
    const actual: number[] = [];
    // The kid goes before the sibling: a sibling's allowed delete must not hide the kid's refusal.
    for (const actor of ['anonymous', 'otherUser', 'kidProfile', 'siblingProfile'] as const) {
      const response = await api.call(method, row.path(fixture), { token: tokens.get(actor), body: row.body?.(fixture) });
      actual[ACTORS.indexOf(actor)] = response.status;
    }
    expect(Object.fromEntries(ACTORS.map((a, i) => [a, actual[i]]))).toEqual(Object.fromEntries(ACTORS.map((a, i) => [a, row.expected[i]])));
  });

  it('no actor sees the owner’s library, profiles or sessions', async () => {
    await signInActors();
    for (const actor of ['otherUser', 'siblingProfile', 'kidProfile'] as const) {
      const token = tokens.get(actor);
      for (const path of ['/me/watchlist', '/me/history', '/me/continue-watching']) {
        expect(JSON.stringify((await api.get(path, token)).body)).not.toContain('tt-owner-only');
      }
    }
    const otherView = JSON.stringify((await api.get('/me/profiles', tokens.get('otherUser'))).body);
    expect(otherView).not.toContain(fixture.kidId);
    expect(otherView).not.toContain(fixture.adultId);
  });
});

describe('bad input gets a clear 4xx, never a 500', () => {
  const tenKilobytes = 'x'.repeat(10 * 1024);

  it.each(['not-an-email', 'a@', '@example.com', 'a b@example.com', `${'a'.repeat(250)}@example.com`, 'ada@example.com\u0000'])('refuses the malformed e-mail %j at sign-up', async (email) => {
    const response = await api.post<{ errors?: Array<{ field: string }> }>('/auth/signup', { email, password: PASSWORD, displayName: 'X' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.field)).toContain('email');
  });

  it('refuses 10 kB names on sign-up, /me and profiles', async () => {
    const token = tokens.get('siblingProfile');
    const signup = await api.post('/auth/signup', { email: uniqueEmail(), password: PASSWORD, displayName: tenKilobytes });
    const me = await api.patch('/me', { displayName: tenKilobytes }, token);
    const profile = await api.post('/me/profiles', { name: tenKilobytes }, token);
    expect([signup.status, me.status, profile.status]).toEqual([400, 400, 400]);
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const token = tokens.get('siblingProfile');
    const signup = await api.post('/auth/signup', { email: uniqueEmail(), password: PASSWORD, displayName: 'X', role: 'admin' });
    const me = await api.patch('/me', { emailVerified: true }, token);
    const login = await api.post('/auth/login', { email: uniqueEmail(), password: PASSWORD, isAdmin: true });
    const prefs = await api.patch('/me', { preferences: { theme: 'dark' } }, token);
    expect([signup.status, me.status, login.status, prefs.status]).toEqual([400, 400, 400, 400]);
  });

  it('refuses wrong types', async () => {
    const token = tokens.get('siblingProfile');
    const answers = await Promise.all([
      api.post('/auth/login', { email: 42, password: ['x'] }),
      api.patch('/me', { preferences: { autoplayNext: 'yes', playbackQuality: '4k' } }, token),
      api.put('/me/history/tt-1', { positionSeconds: 'ten', durationSeconds: 100 }, token),
      api.post('/me/profiles', { name: 'Kid', kid: 'true', pin: 1234 }, token),
      api.post('/auth/login', [1, 2, 3]),
      api.call('POST', '/auth/login', { body: '{"email": ', headers: { 'content-type': 'application/json' } }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400]);
  });

  it('refuses malformed ids, title ids and cursors', async () => {
    const token = tokens.get('siblingProfile');
    const answers = await Promise.all([
      api.patch('/me/profiles/not-an-id', { name: 'X' }, token),
      api.delete('/me/sessions/123', token),
      api.delete('/me/devices/$where', token),
      api.put(`/me/watchlist/${'t'.repeat(65)}`, undefined, token),
      api.put('/me/watchlist/bad%20title', undefined, token),
      api.get('/me/watchlist?cursor=!!!', token),
      api.get(`/me/watchlist?cursor=${Buffer.from('{"t":"x"}').toString('base64url')}`, token),
      api.get('/me/history?limit=1000', token),
    ]);
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400, 400, 400]);
  });

  it('refuses a kid profile with an adult maturity level and a PIN on an adult profile', async () => {
    const token = tokens.get('siblingProfile');
    const kid = await api.post('/me/profiles', { name: 'Kid', kid: true, maturityLevel: '18+' }, token);
    const adultPin = await api.post('/me/profiles', { name: 'Grown', pin: '1234' }, token);
    expect([kid.status, adultPin.status]).toEqual([400, 400]);
  });

  describe('tokens', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const sign = async (claims: Record<string, unknown>, secret = platform.env.JWT_SECRET ?? '') => {
      const { JwtService } = await import('@nestjs/jwt');
      return new JwtService({ secret }).signAsync(claims, { algorithm: 'HS256' });
    };
    const base = () => ({ sub: fixture.owner.id, sid: fixture.owner.tokens.sessionId, role: 'admin', typ: 'access', iss: 'onstream', aud: 'onstream-api' });
    const now = () => Math.floor(Date.now() / 1000);

    it.each([
      ['expired', async () => sign({ ...base(), iat: now() - 3600, exp: now() - 60 })],
      ['signed with another secret', async () => sign({ ...base(), exp: now() + 600 }, 'another-secret-another-secret-another-secret')],
      ['alg none', async () => `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...base(), exp: now() + 600 })}.`],
      ['of another issuer', async () => sign({ ...base(), iss: 'evil', exp: now() + 600 })],
      ['for another audience', async () => sign({ ...base(), aud: 'other-api', exp: now() + 600 })],
      ['without a session id', async () => sign({ ...base(), sid: undefined, exp: now() + 600 })],
      ['not a JWT at all', async () => 'garbage'],
    ])('refuses an access token that is %s with 401', async (_name, make) => {
      const response = await api.get('/me', await make());
      expect(response.status).toBe(401);
    });

    it('refuses a correctly signed token with an unknown role or token type with 401', async () => {
      const role = await api.get('/me', await sign({ ...base(), role: 'superuser', exp: now() + 600 }));
      const type = await api.get('/me', await sign({ ...base(), typ: 'refresh', exp: now() + 600 }));
      expect([role.status, type.status]).toEqual([401, 401]);
    });

    it('refuses a non-Bearer authorization header', async () => {
      const response = await api.call('GET', '/me', { headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } });
      expect(response.status).toBe(401);
    });
  });
});

describe('OpenAPI', () => {
  it('documents every identity route with a summary and its error answers', async () => {
    const response = await fetch(`${platform.baseUrl}/docs-json`);
    const document = (await response.json()) as { paths: Record<string, Record<string, { summary?: string; responses: Record<string, unknown> }>> };
    const operations = Object.entries(document.paths)
      .filter(([path]) => /^\/api\/v1\/(auth|me|admin)/.test(path))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })));
    expect(operations.length).toBeGreaterThanOrEqual(ROWS.length - 6);
    for (const { route, operation } of operations) {
      expect({ route, summary: typeof operation.summary === 'string' && operation.summary.length > 0 }).toEqual({ route, summary: true });
      const statuses = Object.keys(operation.responses);
      expect({ route, documentsAnError: statuses.some((s) => s.startsWith('4')) }).toEqual({ route, documentsAnError: true });
    }
  });
});
