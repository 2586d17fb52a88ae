import { jest } from '@jest/globals';
import { type Clock, DomainError, SessionDenylist } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { SessionDocument } from '@onstream/common/schemas/session.schema.js';
import type { AccountsRepository } from '../accounts/accounts.repository.js';
import type { PasswordHasher } from '../accounts/password-hasher.js';
import type { SingleUseClaims } from '../infrastructure/single-use-claims.js';
import type { ProfilesRepository } from '../profiles/profiles.repository.js';
import { actor, NOW, sessionDoc, testConfig, userDoc } from '../testing/factories.js';
import type { AccessTokenSigner } from './access-token.signer.js';
import type { DeviceLimit } from './device-limit.js';
import type { LoginThrottle } from './login-throttle.js';
import { RefreshTokenCodec } from './refresh-token.codec.js';
import type { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';

const client = { ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' };
const loginRequest = { email: 'ada@example.com', password: 'correct horse 9', client };

function setup(options: { user?: ReturnType<typeof userDoc> | null; passwordMatches?: boolean; session?: SessionDocument | null; deviceLimit?: number } = {}) {
  const config = testConfig({});
  const codec = new RefreshTokenCodec(config);
  const user = options.user === undefined ? userDoc() : options.user;
  const accounts = strictMock<AccountsRepository>('accounts', {
    findByEmail: jest.fn<AccountsRepository['findByEmail']>().mockResolvedValue(user),
    findByUsername: jest.fn<AccountsRepository['findByUsername']>().mockResolvedValue(user),
    findById: jest.fn<AccountsRepository['findById']>().mockResolvedValue(user),
  });
  const created = sessionDoc();
  const sessions = strictMock<SessionsRepository>('sessions', {
    newId: jest.fn<SessionsRepository['newId']>().mockReturnValue(created.id as string),
    create: jest.fn<SessionsRepository['create']>().mockResolvedValue(created),
    findById: jest.fn<SessionsRepository['findById']>().mockResolvedValue(options.session ?? null),
    findActive: jest.fn<SessionsRepository['findActive']>().mockResolvedValue([created]),
    rotate: jest.fn<SessionsRepository['rotate']>().mockImplementation(async (r) => sessionDoc({ generation: r.fromGeneration + 1, refreshHash: r.refreshHash })),
    revoke: jest.fn<SessionsRepository['revoke']>().mockImplementation(async (_u, ids) => ids),
  });
  const hasher = strictMock<PasswordHasher>('hasher', { verify: jest.fn<PasswordHasher['verify']>().mockResolvedValue(options.passwordMatches ?? true) });
  const throttle = strictMock<LoginThrottle>('throttle', {
    reserve: jest.fn<LoginThrottle['reserve']>().mockResolvedValue(undefined),
    recordSuccess: jest.fn<LoginThrottle['recordSuccess']>().mockResolvedValue(undefined),
  });
  const signer = strictMock<AccessTokenSigner>('signer', { sign: jest.fn<AccessTokenSigner['sign']>().mockResolvedValue('jwt'), ttlSeconds: 900 });
  const denylist = strictMock<SessionDenylist>('denylist', { revoke: jest.fn<SessionDenylist['revoke']>().mockResolvedValue(undefined) });
  const profiles = strictMock<ProfilesRepository>('profiles', { findOwned: jest.fn<ProfilesRepository['findOwned']>().mockResolvedValue(null) });
  const clock = strictMock<Clock>('clock', { now: () => NOW });
  const claims = strictMock<SingleUseClaims>('claims', { claim: jest.fn<SingleUseClaims['claim']>().mockResolvedValue(true) });
  const deviceLimit = strictMock<DeviceLimit>('deviceLimit', { of: jest.fn<DeviceLimit['of']>().mockResolvedValue(options.deviceLimit ?? 5) });
  const service = new SessionsService(accounts, sessions, hasher, throttle, codec, signer, denylist, profiles, claims, deviceLimit, clock, config);
  return { service, codec, accounts, sessions, hasher, throttle, signer, denylist, claims };
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);

describe('SessionsService.login', () => {
  it('compares against the dummy hash when the e-mail is unknown, and counts the failure', async () => {
    const { service, hasher, throttle } = setup({ user: null, passwordMatches: false });
    const error = await failure(service.login(loginRequest));
    expect(hasher.verify).toHaveBeenCalledWith('correct horse 9', undefined);
    expect(error).toMatchObject({ status: 401, code: 'USERS.INVALID_CREDENTIALS' });
    expect(throttle.reserve).toHaveBeenCalledWith('ada@example.com', '203.0.113.7');
    expect(throttle.recordSuccess).not.toHaveBeenCalled();
  });

  it('signs in by username: finds the account by it and throttles under it', async () => {
    const { service, accounts, throttle } = setup();
    const pair = await service.login({ username: 'ada_l', password: 'correct horse 9', client });
    expect(accounts.findByUsername).toHaveBeenCalledWith('ada_l');
    expect(accounts.findByEmail).not.toHaveBeenCalled();
    expect(throttle.reserve).toHaveBeenCalledWith('username:ada_l', client.ip);
    expect(pair.accessToken).toBe('jwt');
  });

  it('answers a wrong password exactly like an unknown e-mail', async () => {
    const unknown = await failure(setup({ user: null, passwordMatches: false }).service.login(loginRequest));
    const wrong = await failure(setup({ passwordMatches: false }).service.login(loginRequest));
    expect(wrong?.toPayload()).toEqual(unknown?.toPayload());
  });

  it('does not even check the password while the throttle refuses', async () => {
    const { service, throttle, hasher } = setup();
    (throttle.reserve as jest.Mock<LoginThrottle['reserve']>).mockRejectedValue(new DomainError('USERS.TOO_MANY_ATTEMPTS', 429, 'slow down'));
    expect(await failure(service.login(loginRequest))).toMatchObject({ status: 429 });
    expect(hasher.verify).not.toHaveBeenCalled();
  });

  it('refuses an unverified account after a correct password, with USERS.EMAIL_NOT_VERIFIED', async () => {
    const { service, sessions } = setup({ user: userDoc({ emailVerified: false }) });
    expect(await failure(service.login(loginRequest))).toMatchObject({ status: 403, code: 'USERS.EMAIL_NOT_VERIFIED' });
    expect(sessions.create).not.toHaveBeenCalled();
  });

  it('refuses a disabled account', async () => {
    const { service } = setup({ user: userDoc({ disabledAt: NOW }) });
    expect(await failure(service.login(loginRequest))).toMatchObject({ status: 403, code: 'USERS.ACCOUNT_DISABLED' });
  });

  it('records the device, signs an account-wide access token and issues a generation-0 refresh token', async () => {
    const { service, sessions, signer, codec, throttle } = setup();
    const pair = await service.login({ ...loginRequest, deviceName: 'Laptop' });
    expect(sessions.create).toHaveBeenCalledWith(expect.objectContaining({ deviceName: 'Laptop', deviceType: 'web', ip: '203.0.113.7', kind: 'account', profileId: null, expiresAt: new Date(NOW.getTime() + 30 * 24 * 3600_000) }));
    expect(signer.sign).toHaveBeenCalledWith({ sub: '64b000000000000000000001', sid: '64b0000000000000000000a1', role: 'viewer', typ: 'access' });
    expect(codec.parse(pair.refreshToken)).toMatchObject({ sessionId: '64b0000000000000000000a1', generation: 0 });
    expect(throttle.recordSuccess).toHaveBeenCalledWith('ada@example.com', '203.0.113.7');
  });

  it('signs out the least recently seen sessions beyond the account’s device limit', async () => {
    const { service, sessions, denylist } = setup({ deviceLimit: 2 });
    (sessions.findActive as jest.Mock<SessionsRepository['findActive']>).mockResolvedValue([sessionDoc(), sessionDoc({ id: 's2' }), sessionDoc({ id: 's3' }), sessionDoc({ id: 's4' })]);
    await service.login(loginRequest);
    expect(sessions.revoke).toHaveBeenCalledWith('64b000000000000000000001', ['s3', 's4'], 'device-limit', NOW);
    expect(denylist.revoke).toHaveBeenCalledWith(['s3', 's4']);
  });
});

describe('SessionsService.refresh', () => {
  function withToken(generation: number, sessionOverrides: Record<string, unknown> = {}) {
    const config = testConfig();
    const issued = new RefreshTokenCodec(config).issue('64b0000000000000000000a1', generation);
    const context = setup({ session: sessionDoc({ generation: 1, refreshHash: issued.hash, ...sessionOverrides }) });
    return { ...context, token: issued.token };
  }

  it('rotates the current token to the next generation', async () => {
    const { service, sessions, token, codec } = withToken(1);
    const pair = await service.refresh({ refreshToken: token, client });
    expect(sessions.rotate).toHaveBeenCalledWith(expect.objectContaining({ sessionId: '64b0000000000000000000a1', fromGeneration: 1, now: NOW }));
    expect(codec.parse(pair.refreshToken)?.generation).toBe(2);
  });

  it('treats a token of an older generation as reuse: the whole session ends and its access tokens are denied', async () => {
    const { service, sessions, denylist, token } = withToken(0);
    expect(await failure(service.refresh({ refreshToken: token, client }))).toMatchObject({ status: 401, code: 'USERS.REFRESH_TOKEN_REUSED' });
    expect(sessions.revoke).toHaveBeenCalledWith('64b000000000000000000001', ['64b0000000000000000000a1'], 'refresh-token-reuse', NOW);
    expect(denylist.revoke).toHaveBeenCalledWith(['64b0000000000000000000a1']);
    expect(sessions.rotate).not.toHaveBeenCalled();
  });

  it('claims the generation once, for the session’s remaining lifetime, before rotating', async () => {
    const { service, claims, token } = withToken(1);
    await service.refresh({ refreshToken: token, client });
    expect(claims.claim).toHaveBeenCalledWith('refresh:64b0000000000000000000a1:1', 3600);
  });

  it('treats losing the claim to a concurrent use of the same token as reuse', async () => {
    const { service, sessions, denylist, claims, token } = withToken(1);
    (claims.claim as jest.Mock<SingleUseClaims['claim']>).mockResolvedValue(false);
    expect(await failure(service.refresh({ refreshToken: token, client }))).toMatchObject({ code: 'USERS.REFRESH_TOKEN_REUSED' });
    expect(denylist.revoke).toHaveBeenCalled();
    expect(sessions.rotate).not.toHaveBeenCalled();
  });

  it('treats losing the conditional rotation as reuse too', async () => {
    const { service, sessions, denylist, token } = withToken(1);
    (sessions.rotate as jest.Mock<SessionsRepository['rotate']>).mockResolvedValue(null);
    expect(await failure(service.refresh({ refreshToken: token, client }))).toMatchObject({ code: 'USERS.REFRESH_TOKEN_REUSED' });
    expect(denylist.revoke).toHaveBeenCalled();
  });

  it('refuses a forged token without touching the session it names', async () => {
    const { service, sessions, denylist } = withToken(1);
    const forged = `64b0000000000000000000a1.0.bm9uY2U.${'A'.repeat(43)}`;
    expect(await failure(service.refresh({ refreshToken: forged, client }))).toMatchObject({ status: 401, code: 'USERS.INVALID_TOKEN' });
    expect(sessions.findById).not.toHaveBeenCalled();
    expect(denylist.revoke).not.toHaveBeenCalled();
  });

  it('refuses a token of an expired session', async () => {
    const { service, token, sessions } = withToken(1, { expiresAt: NOW });
    expect(await failure(service.refresh({ refreshToken: token, client }))).toMatchObject({ code: 'USERS.INVALID_TOKEN' });
    expect(sessions.rotate).not.toHaveBeenCalled();
  });

  it('refuses and ends the session when its account was disabled', async () => {
    const { service, token, accounts, denylist } = withToken(1);
    (accounts.findById as jest.Mock<AccountsRepository['findById']>).mockResolvedValue(userDoc({ disabledAt: NOW }));
    expect(await failure(service.refresh({ refreshToken: token, client }))).toMatchObject({ status: 401 });
    expect(denylist.revoke).toHaveBeenCalledWith(['64b0000000000000000000a1']);
  });
});

describe('SessionsService sessions', () => {
  it('logout ends the caller’s session and puts it on the denylist', async () => {
    const { service, denylist } = setup();
    await service.logout(actor());
    expect(denylist.revoke).toHaveBeenCalledWith(['64b0000000000000000000a1']);
  });

  it('revoking a session that is not the caller’s answers 404', async () => {
    const { service, sessions } = setup();
    (sessions.revoke as jest.Mock<SessionsRepository['revoke']>).mockResolvedValue([]);
    expect(await failure(service.revokeOne(actor(), '64b0000000000000000000ff'))).toMatchObject({ status: 404, code: 'USERS.SESSION_NOT_FOUND' });
  });

  it('a paired device may not list sessions', async () => {
    const { service } = setup();
    expect(await failure(service.list(actor({ tokenType: 'device', profileId: 'p1' })))).toMatchObject({ status: 403 });
  });
});

describe('SessionsService.isActive (media renewing a playback grant)', () => {
  const SESSION = '64b0000000000000000000a1';
  const USER = '64b000000000000000000001';

  it('answers true for a live session of that user', async () => {
    await expect(setup({ session: sessionDoc() }).service.isActive(USER, SESSION)).resolves.toEqual({ active: true });
  });

  it.each([
    ['revoked', sessionDoc({ revokedAt: NOW })],
    ['expired', sessionDoc({ expiresAt: NOW })],
    ['unknown', null],
  ])('answers false for a %s session', async (_label, session) => {
    await expect(setup({ session }).service.isActive(USER, SESSION)).resolves.toEqual({ active: false });
  });

  it('answers false for another user’s session and for an id that is not a session id, without a lookup', async () => {
    await expect(setup({ session: sessionDoc() }).service.isActive('someone-else', SESSION)).resolves.toEqual({ active: false });
    const { service, sessions } = setup({ session: sessionDoc() });
    await expect(service.isActive(USER, '../../etc')).resolves.toEqual({ active: false });
    expect(sessions.findById).not.toHaveBeenCalled();
  });
});
