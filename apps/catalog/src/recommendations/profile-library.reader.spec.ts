import { jest } from '@jest/globals';
import { DomainError, type AuthUser, type UsersClient } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { maturityCeiling } from '../titles/maturity.js';
import { ProfileLibraryReader } from './profile-library.reader.js';

const adult: AuthUser = { userId: 'u1', sessionId: 's1', role: 'viewer', tokenType: 'access', profileId: 'p1', kidProfile: false };
const DENIED = '665f1c2e9b1e8a0012345678';
const kid: AuthUser = { ...adult, profileId: 'k1', kidProfile: true, maturityLimit: '7+' };

function usersDown() {
  return strictMock<UsersClient>('UsersClient', { send: jest.fn<UsersClient['send']>().mockRejectedValue(DomainError.unavailable('users did not answer')) });
}

describe('ProfileLibraryReader', () => {
  it('should read favourites, history and a kid’s parental rules', async () => {
    const send = jest.fn(async (pattern: string) => {
      if (pattern === 'users.library.list') return { items: [{ titleId: 'fav', addedAt: '2026-01-01T00:00:00.000Z' }], nextCursor: null };
      if (pattern === 'users.history.list') return { items: [{ titleId: 'seen', finished: true, positionSeconds: 1, durationSeconds: 1, watchedAt: '2026-01-02T00:00:00.000Z' }], nextCursor: null };
      return { profileId: 'k1', kid: true, maturityLevel: '7+', mode: 'open', allowedTitleIds: [], deniedTitleIds: [DENIED], deniedTags: ['horror'], version: 'v1' };
    });
    const reader = new ProfileLibraryReader(strictMock<UsersClient>('UsersClient', { send: send as unknown as UsersClient['send'] }));
    expect(await reader.read(kid)).toEqual({ favorites: [{ titleId: 'fav', at: Date.parse('2026-01-01T00:00:00.000Z') }], history: [{ titleId: 'seen', finished: true, at: Date.parse('2026-01-02T00:00:00.000Z') }], scope: { maxMaturityRank: maturityCeiling(kid), excludeIds: [DENIED], excludeTags: ['horror'] } });
  });

  it('should let an adult’s recommendations go on from ratings alone when users is down', async () => {
    expect(await new ProfileLibraryReader(usersDown()).read(adult)).toEqual({ favorites: [], history: [], scope: { maxMaturityRank: maturityCeiling(adult) } });
  });

  it('should answer 503 for a kid when users is down: its parental rules are unknown', async () => {
    await expect(new ProfileLibraryReader(usersDown()).read(kid)).rejects.toMatchObject({ status: 503 });
  });
});
