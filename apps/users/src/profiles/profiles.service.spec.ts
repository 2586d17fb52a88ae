import { jest } from '@jest/globals';
import type { DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { AccountsRepository } from '../accounts/accounts.repository.js';
import type { PasswordHasher } from '../accounts/password-hasher.js';
import type { AttemptLimiter } from '../infrastructure/attempt-limiter.js';
import type { UsersEventPublisher } from '../infrastructure/event-publisher.js';
import type { LibraryRepository } from '../library/library.repository.js';
import type { TitleRulesRepository } from '../parental/title-rules.repository.js';
import type { SessionsRepository } from '../sessions/sessions.repository.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import { actor, profileDoc, sessionDoc, userDoc, viewingPolicies } from '../testing/factories.js';
import type { ProfilesRepository } from './profiles.repository.js';
import { ProfilesService } from './profiles.service.js';

const KID = profileDoc({ id: '64b0000000000000000000c1', kid: true, maturityLevel: '7+', pinHash: 'pin-hash' });
const ADULT = profileDoc({ id: '64b0000000000000000000b1' });

function setup(options: { count?: number; selected?: string | null; pinMatches?: boolean } = {}) {
  const byId = new Map([[KID.id as string, KID], [ADULT.id as string, ADULT]]);
  const profiles = strictMock<ProfilesRepository>('profiles', {
    countOfUser: jest.fn<ProfilesRepository['countOfUser']>().mockResolvedValue(options.count ?? 0),
    create: jest.fn<ProfilesRepository['create']>().mockImplementation(async (_u, fields) => profileDoc({ ...fields })),
    findOwned: jest.fn<ProfilesRepository['findOwned']>().mockImplementation(async (_u, id) => byId.get(id) ?? null),
  });
  const hasher = strictMock<PasswordHasher>('hasher', {
    hash: jest.fn<PasswordHasher['hash']>().mockResolvedValue('bcrypt(pin)'),
    verify: jest.fn<PasswordHasher['verify']>().mockResolvedValue(options.pinMatches ?? false),
  });
  const attempts = strictMock<AttemptLimiter>('attempts', {
    reserve: jest.fn<AttemptLimiter['reserve']>().mockResolvedValue(undefined),
    reset: jest.fn<AttemptLimiter['reset']>().mockResolvedValue(undefined),
  });
  const sessionRecords = strictMock<SessionsRepository>('sessionRecords', {
    findById: jest.fn<SessionsRepository['findById']>().mockResolvedValue(sessionDoc({ profileId: options.selected ?? null })),
  });
  const sessions = strictMock<SessionsService>('sessions', {
    selectProfile: jest.fn<SessionsService['selectProfile']>().mockResolvedValue({ accessToken: 'profile-jwt', expiresIn: 900 }),
  });
  const accounts = strictMock<AccountsRepository>('accounts', { findById: jest.fn<AccountsRepository['findById']>().mockResolvedValue(userDoc()) });
  const service = new ProfilesService(profiles, accounts, sessions, sessionRecords, strictMock<LibraryRepository>('library'), strictMock<TitleRulesRepository>('titleRules'), hasher, attempts, strictMock<UsersEventPublisher>('events'), viewingPolicies());
  return { service, profiles, hasher, attempts, sessions };
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);

describe('ProfilesService.create', () => {
  it('refuses a sixth profile', async () => {
    const { service, profiles } = setup({ count: 5 });
    expect(await failure(service.create({ actor: actor(), name: 'Six' }))).toMatchObject({ status: 409, code: 'USERS.PROFILE_LIMIT_REACHED' });
    expect(profiles.create).not.toHaveBeenCalled();
  });

  it('stores a kid’s PIN only as a bcrypt hash, with 7+ as the default limit', async () => {
    const { service, profiles, hasher } = setup();
    const created = await service.create({ actor: actor(), name: 'Kid', kid: true, pin: '4821' });
    expect(hasher.hash).toHaveBeenCalledWith('4821');
    expect(profiles.create).toHaveBeenCalledWith('64b000000000000000000001', expect.objectContaining({ kid: true, maturityLevel: '7+', pinHash: 'bcrypt(pin)' }));
    expect(created).toMatchObject({ hasPin: true });
    expect(JSON.stringify(created)).not.toContain('bcrypt(pin)');
  });

  it('refuses a kid profile above 13+', async () => {
    const { service } = setup();
    expect(await failure(service.create({ actor: actor(), name: 'Kid', kid: true, maturityLevel: '16+' }))).toMatchObject({ status: 400 });
  });

  it('refuses a PIN on an adult profile', async () => {
    const { service, hasher } = setup();
    expect(await failure(service.create({ actor: actor(), name: 'Grown', pin: '1234' }))).toMatchObject({ status: 400 });
    expect(hasher.hash).not.toHaveBeenCalled();
  });

  it('refuses a kid profile token', async () => {
    const { service } = setup();
    expect(await failure(service.create({ actor: actor({ profileId: KID.id as string, kidProfile: true }), name: 'X' }))).toMatchObject({ status: 403 });
  });
});

describe('ProfilesService.select', () => {
  it('switches from an adult profile without a PIN', async () => {
    const { service, sessions } = setup({ selected: ADULT.id as string });
    const result = await service.select({ actor: actor(), profileId: KID.id as string });
    expect(sessions.selectProfile).toHaveBeenCalledWith(actor(), expect.anything(), KID);
    expect(result).toMatchObject({ accessToken: 'profile-jwt', profile: { id: KID.id, kid: true } });
  });

  it('asks for the PIN to leave a kid profile that has one', async () => {
    const { service, sessions } = setup({ selected: KID.id as string });
    expect(await failure(service.select({ actor: actor(), profileId: ADULT.id as string }))).toMatchObject({ status: 403, code: 'USERS.PIN_REQUIRED' });
    expect(sessions.selectProfile).not.toHaveBeenCalled();
  });

  it('counts the try before checking the PIN, and refuses a wrong one', async () => {
    const { service, attempts } = setup({ selected: KID.id as string, pinMatches: false });
    expect(await failure(service.select({ actor: actor(), profileId: ADULT.id as string, pin: '0000' }))).toMatchObject({ status: 403, code: 'USERS.WRONG_PIN' });
    expect(attempts.reserve).toHaveBeenCalledWith(expect.objectContaining({ key: `users:pin-failures:${KID.id as string}`, maxFailures: 5 }));
    expect(attempts.reset).not.toHaveBeenCalled();
  });

  it('lets the right PIN through and clears the failure count', async () => {
    const { service, attempts, hasher } = setup({ selected: KID.id as string, pinMatches: true });
    await service.select({ actor: actor(), profileId: ADULT.id as string, pin: '4821' });
    expect(hasher.verify).toHaveBeenCalledWith('4821', 'pin-hash');
    expect(attempts.reset).toHaveBeenCalled();
  });

  it('needs no PIN to stay on the same kid profile', async () => {
    const { service, hasher } = setup({ selected: KID.id as string });
    await service.select({ actor: actor(), profileId: KID.id as string });
    expect(hasher.verify).not.toHaveBeenCalled();
  });

  it('refuses a paired device', async () => {
    const { service } = setup();
    expect(await failure(service.select({ actor: actor({ tokenType: 'device', profileId: KID.id as string }), profileId: ADULT.id as string }))).toMatchObject({ status: 403 });
  });

  it('answers 404 for a profile that is not the caller’s', async () => {
    const { service } = setup();
    expect(await failure(service.select({ actor: actor(), profileId: '64b0000000000000000000ee' }))).toMatchObject({ status: 404, code: 'USERS.PROFILE_NOT_FOUND' });
  });
});
