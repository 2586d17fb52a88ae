import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import type { RatingsRepository, StoredRating } from './ratings.repository.js';
import { RatingsService } from './ratings.service.js';

const now = new Date('2026-06-01T00:00:00Z');
const adult: AuthUser = { userId: 'u1', sessionId: 's1', role: 'viewer', tokenType: 'access', profileId: 'p1', kidProfile: false };
const kid: AuthUser = { ...adult, profileId: 'k1', kidProfile: true, maturityLimit: '7+' };
const title = storedTitle({ maturityRank: 4, maturityLevel: '18+' });
const titleId = title._id.toHexString();

function setup(previous: StoredRating | null = null) {
  const ratings = strictMock<RatingsRepository>('RatingsRepository', {
    put: jest.fn<RatingsRepository['put']>().mockResolvedValue(previous),
    remove: jest.fn<RatingsRepository['remove']>().mockResolvedValue(previous),
  });
  const titles = strictMock<TitlesRepository>('TitlesRepository', {
    findById: jest.fn<TitlesRepository['findById']>().mockResolvedValue(title),
    adjustRating: jest.fn<TitlesRepository['adjustRating']>().mockResolvedValue(undefined),
  });
  return { service: new RatingsService(ratings, titles, { now: () => now }), ratings, titles };
}

const earlier = (stars: number, kind: StoredRating['kind'] = 'stars'): StoredRating => ({ _id: `p1:${titleId}`, profileId: 'p1', userId: 'u1', titleId, kind, stars, ratedAt: now });

describe('RatingsService.rate', () => {
  it('should add a first rating to the title’s sum and count', async () => {
    const { service, titles } = setup();
    expect(await service.rate({ titleId, body: { stars: 4 }, actor: adult })).toEqual({ titleId, stars: 4, thumb: null, ratedAt: now.toISOString() });
    expect(titles.adjustRating).toHaveBeenCalledWith(titleId, 4, 1);
  });

  it('should move the sum by the difference when the profile changes its rating', async () => {
    const { service, titles } = setup(earlier(2));
    await service.rate({ titleId, body: { thumb: 'up' }, actor: adult });
    expect(titles.adjustRating).toHaveBeenCalledWith(titleId, 3, 0);
  });

  it('should store a thumb down as one star and answer it as a thumb', async () => {
    const { service, ratings } = setup();
    expect(await service.rate({ titleId, body: { thumb: 'down' }, actor: adult })).toMatchObject({ stars: 1, thumb: 'down' });
    expect(ratings.put).toHaveBeenCalledWith(expect.objectContaining({ profileId: 'p1', kind: 'thumb', stars: 1 }));
  });

  it('should refuse stars and a thumb together, and neither', async () => {
    const { service } = setup();
    await expect(service.rate({ titleId, body: { stars: 3, thumb: 'up' }, actor: adult })).rejects.toMatchObject({ status: 400, code: 'COMMON.VALIDATION_FAILED' });
    await expect(service.rate({ titleId, body: {}, actor: adult })).rejects.toMatchObject({ status: 400 });
  });

  it('should answer 404 for a title above a kid profile’s limit', async () => {
    const { service, ratings } = setup();
    await expect(service.rate({ titleId, body: { stars: 5 }, actor: kid })).rejects.toMatchObject({ status: 404, code: 'CATALOG.TITLE_NOT_FOUND' });
    expect(ratings.put).not.toHaveBeenCalled();
  });

  it('should require a profile token', async () => {
    const { service } = setup();
    await expect(service.rate({ titleId, body: { stars: 5 }, actor: { ...adult, profileId: undefined } })).rejects.toMatchObject({ status: 403, code: 'CATALOG.PROFILE_TOKEN_REQUIRED' });
  });
});

describe('RatingsService.remove', () => {
  it('should take a removed rating out of the title’s sum and count', async () => {
    const { service, titles } = setup(earlier(5, 'thumb'));
    expect(await service.remove({ titleId, actor: adult })).toEqual({ titleId, removed: true });
    expect(titles.adjustRating).toHaveBeenCalledWith(titleId, -5, -1);
  });

  it('should leave the title alone when there was no rating', async () => {
    const { service, titles } = setup(null);
    expect(await service.remove({ titleId, actor: adult })).toEqual({ titleId, removed: false });
    expect(titles.adjustRating).not.toHaveBeenCalled();
  });
});
