import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { RatingsRepository, StoredRating } from '../ratings/ratings.repository.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import { TitleMapper, type StoredTitle } from '../titles/title.mapper.js';
import { TitleBrowseIndex, toBrowsedTitle } from '../browse/title-browse-index.js';
import { favoriteGenres, tasteVector } from './for-you.js';
import { ForYouService } from './for-you.service.js';
import type { ProfileLibrary, ProfileLibraryReader } from './profile-library.reader.js';

const actor: AuthUser = { userId: 'u1', sessionId: 's1', role: 'viewer', tokenType: 'access', profileId: 'me', kidProfile: false };
const at = new Date('2026-06-01T00:00:00Z');
// Popularity falls in the order the titles are listed.
const t = (title: string, genres: string[], popularity: number, maturityRank = 4) => storedTitle({ title, genres, popularity, maturityRank });
const [heat, ronin, thief, toyStory, cars, amelie] = [t('Heat', ['Crime'], 60), t('Ronin', ['Crime'], 50), t('Thief', ['Crime'], 40), t('Toy Story', ['Animation'], 30, 0), t('Cars', ['Animation'], 20, 0), t('Amelie', ['Romance'], 10)];
const all = [heat, ronin, thief, toyStory, cars, amelie];
const id = (title: StoredTitle) => title._id.toHexString();
const rating = (profileId: string, title: StoredTitle, stars: number): StoredRating => ({ _id: `${profileId}:${id(title)}`, profileId, userId: profileId, titleId: id(title), kind: 'stars', stars, ratedAt: at });

function setup(own: StoredRating[], others: StoredRating[], library: ProfileLibrary = { favoriteIds: [], history: [], deniedIds: [] }) {
  const ratings = strictMock<RatingsRepository>('RatingsRepository', {
    ofProfile: jest.fn<RatingsRepository['ofProfile']>().mockResolvedValue(own),
    ratersOf: jest.fn<RatingsRepository['ratersOf']>().mockResolvedValue([...new Set(others.map((r) => r.profileId))]),
    ofProfiles: jest.fn<RatingsRepository['ofProfiles']>().mockResolvedValue(others),
  });
  const titles = new TitleBrowseIndex();
  titles.replaceAll(all.map(toBrowsedTitle));
  const reader = strictMock<ProfileLibraryReader>('ProfileLibraryReader', { read: jest.fn<ProfileLibraryReader['read']>().mockResolvedValue(library) });
  return new ForYouService(ratings, titles, reader, new TitleMapper('https://img.test'));
}

describe('ForYouService', () => {
  it('should recommend what similar profiles liked, not what the profile already rated', async () => {
    const own = [rating('me', heat, 5), rating('me', amelie, 1)];
    const others = [rating('twin', heat, 5), rating('twin', amelie, 1), rating('twin', ronin, 5), rating('twin', cars, 2), rating('opposite', heat, 1), rating('opposite', amelie, 5), rating('opposite', thief, 5)];
    const result = await setup(own, others).recommend({ limit: 1, actor });
    expect(result).toEqual({ items: [expect.objectContaining({ title: 'Ronin' })], source: 'collaborative' });
  });

  it('should fall back to popular titles of the favourite genres for a profile nobody resembles', async () => {
    const result = await setup([], [], { favoriteIds: [id(heat)], history: [], deniedIds: [] }).recommend({ limit: 2, actor });
    expect(result.source).toBe('popular-in-genres');
    expect(result.items.map((item) => item.title)).toEqual(['Ronin', 'Thief']);
  });

  it('should leave out watched titles and titles above a kid’s limit', async () => {
    const kid = { ...actor, kidProfile: true, maturityLimit: '7+' as const };
    const result = await setup([], [], { favoriteIds: [], history: [{ titleId: id(toyStory), finished: false }], deniedIds: [] }).recommend({ limit: 5, actor: kid });
    expect(result).toEqual({ items: [expect.objectContaining({ title: 'Cars' })], source: 'popularity' });
  });

  it('should leave out titles a parent denied', async () => {
    const kid = { ...actor, kidProfile: true, maturityLimit: '7+' as const };
    const result = await setup([], [], { favoriteIds: [], history: [], deniedIds: [id(cars)] }).recommend({ limit: 5, actor: kid });
    expect(result.items.map((item) => item.title)).toEqual(['Toy Story']);
  });

  it('should require a profile', async () => {
    await expect(setup([], []).recommend({ limit: 5, actor: { ...actor, profileId: undefined } })).rejects.toMatchObject({ status: 403 });
  });
});

describe('taste signals', () => {
  it('should count favourites as 5 and finished titles as 4 stars unless the profile rated them', () => {
    const vector = tasteVector('me', { ratings: [{ titleId: 'a', stars: 2, ratedAt: at }], favoriteIds: ['a', 'b'], history: [{ titleId: 'c', finished: true }, { titleId: 'd', finished: false }] });
    expect(vector.map((r) => [r.itemId, r.rating])).toEqual([['a', 2], ['b', 5], ['c', 4]]);
  });

  it('should rank genres by how many liked titles have them', () => {
    expect(favoriteGenres([{ genres: ['Crime', 'Drama'] }, { genres: ['Crime'] }, { genres: ['Action'] }], 2)).toEqual(['Crime', 'Action']);
  });
});
