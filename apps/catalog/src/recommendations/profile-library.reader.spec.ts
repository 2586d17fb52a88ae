import { jest } from '@jest/globals';
import { DomainError, type AuthUser, type UsersClient } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { maturityCeiling } from '../titles/maturity.js';
import type { LibraryEntries, ProfileLibraryCache } from './profile-library.cache.js';
import { ProfileLibraryReader } from './profile-library.reader.js';

const adult: AuthUser = { userId: 'u1', sessionId: 's1', role: 'viewer', tokenType: 'access', profileId: 'p1', kidProfile: false };
const DENIED = '665f1c2e9b1e8a0012345678';
const kid: AuthUser = { ...adult, profileId: 'k1', kidProfile: true, maturityLimit: '7+' };
const CACHED: LibraryEntries = { favorites: [{ titleId: 'cached-fav', at: 1 }], history: [{ titleId: 'cached-seen', finished: true, at: 2 }] };
const POLICY = { profileId: 'k1', kid: true, maturityLevel: '7+', mode: 'open', allowedTitleIds: [], deniedTitleIds: [DENIED], deniedTags: ['horror'], version: 'v1' };

function usersAnswering() {
  const send = jest.fn(async (pattern: string) => {
    if (pattern === 'users.library.list') return { items: [{ titleId: 'fav', addedAt: '2026-01-01T00:00:00.000Z' }], nextCursor: null };
    if (pattern === 'users.history.list') return { items: [{ titleId: 'seen', finished: true, positionSeconds: 1, durationSeconds: 1, watchedAt: '2026-01-02T00:00:00.000Z' }], nextCursor: null };
    return POLICY;
  });
  return { send, users: strictMock<UsersClient>('UsersClient', { send: send as unknown as UsersClient['send'] }) };
}

function usersDown() {
  return strictMock<UsersClient>('UsersClient', { send: jest.fn<UsersClient['send']>().mockRejectedValue(DomainError.unavailable('users did not answer')) });
}

function cacheHolding(entries: LibraryEntries | null) {
  return strictMock<ProfileLibraryCache>('ProfileLibraryCache', {
    read: jest.fn<ProfileLibraryCache['read']>().mockResolvedValue(entries),
    version: jest.fn<ProfileLibraryCache['version']>().mockResolvedValue('7'),
    fill: jest.fn<ProfileLibraryCache['fill']>().mockResolvedValue(true),
  });
}

describe('ProfileLibraryReader', () => {
  it('should serve an adult’s cached library without asking users', async () => {
    const { send, users } = usersAnswering();
    expect(await new ProfileLibraryReader(users, cacheHolding(CACHED)).read(adult)).toEqual({ ...CACHED, scope: { maxMaturityRank: maturityCeiling(adult) } });
    expect(send).not.toHaveBeenCalled();
  });

  it('should read favourites and history from users on a miss and cache them under the version read before', async () => {
    const { users } = usersAnswering();
    const cache = cacheHolding(null);
    const library = await new ProfileLibraryReader(users, cache).read(adult);
    const entries = { favorites: [{ titleId: 'fav', at: Date.parse('2026-01-01T00:00:00.000Z') }], history: [{ titleId: 'seen', finished: true, at: Date.parse('2026-01-02T00:00:00.000Z') }] };
    expect(library).toEqual({ ...entries, scope: { maxMaturityRank: maturityCeiling(adult) } });
    expect(cache.fill).toHaveBeenCalledWith('p1', '7', entries, expect.any(Number));
  });

  it('should still ask users for a kid’s parental rules when its library is cached', async () => {
    const { users } = usersAnswering();
    expect(await new ProfileLibraryReader(users, cacheHolding(CACHED)).read(kid)).toEqual({ ...CACHED, scope: { maxMaturityRank: maturityCeiling(kid), excludeIds: [DENIED], excludeTags: ['horror'] } });
  });

  it('should ask users when Redis is down', async () => {
    const { users } = usersAnswering();
    const cache = strictMock<ProfileLibraryCache>('ProfileLibraryCache', { read: jest.fn<ProfileLibraryCache['read']>().mockRejectedValue(new Error('connection refused')) });
    expect((await new ProfileLibraryReader(users, cache).read(adult)).favorites).toEqual([{ titleId: 'fav', at: Date.parse('2026-01-01T00:00:00.000Z') }]);
  });

  it('should recommend to an adult from the cached library when users is down', async () => {
    expect(await new ProfileLibraryReader(usersDown(), cacheHolding(CACHED)).read(adult)).toEqual({ ...CACHED, scope: { maxMaturityRank: maturityCeiling(adult) } });
  });

  it('should let an adult’s recommendations go on from ratings alone when users is down and nothing is cached', async () => {
    const cache = cacheHolding(null);
    expect(await new ProfileLibraryReader(usersDown(), cache).read(adult)).toEqual({ favorites: [], history: [], partial: true, scope: { maxMaturityRank: maturityCeiling(adult) } });
    expect(cache.fill).not.toHaveBeenCalled();
  });

  it('should answer 503 for a kid when users is down, cached library or not: its parental rules are unknown', async () => {
    await expect(new ProfileLibraryReader(usersDown(), cacheHolding(CACHED)).read(kid)).rejects.toMatchObject({ status: 503 });
    await expect(new ProfileLibraryReader(usersDown(), cacheHolding(null)).read(kid)).rejects.toMatchObject({ status: 503 });
  });
});
