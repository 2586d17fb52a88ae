import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { TitleBrowseIndex, toBrowsedTitle } from '../browse/title-browse-index.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import type { TrainingTrigger } from '../recommendations/model/training-trigger.js';
import type { ProfileRatings } from './profile-ratings.js';
import type { RatingsRepository, StoredRating } from './ratings.repository.js';
import { RatingsService } from './ratings.service.js';

const now = new Date('2026-06-01T00:00:00Z');
const adult: AuthUser = { userId: 'u1', sessionId: 's1', role: 'viewer', tokenType: 'access', profileId: 'p1', kidProfile: false };
const kid: AuthUser = { ...adult, profileId: 'k1', kidProfile: true, maturityLimit: '7+' };
const title = storedTitle({ maturityRank: 4, maturityLevel: '18+' });
const titleId = title._id.toHexString();

function setup(previous: StoredRating | null = null, indexed: StoredTitle[] = []) {
  const ratings = strictMock<ProfileRatings>('ProfileRatings', {
    put: jest.fn<ProfileRatings['put']>().mockResolvedValue(undefined),
    remove: jest.fn<ProfileRatings['remove']>().mockResolvedValue(previous),
  });
  const repository = strictMock<RatingsRepository>('RatingsRepository', {
    communityOf: jest.fn<RatingsRepository['communityOf']>().mockResolvedValue({ average: 4.5, count: 2 }),
  });
  const titles = strictMock<TitlesRepository>('TitlesRepository', {
    findById: jest.fn<TitlesRepository['findById']>().mockResolvedValue(title),
  });
  const training = strictMock<TrainingTrigger>('TrainingTrigger', { signalAdded: jest.fn<TrainingTrigger['signalAdded']>() });
  const browse = new TitleBrowseIndex();
  browse.replaceAll(indexed.map(toBrowsedTitle));
  return { service: new RatingsService(repository, ratings, titles, { now: () => now }, training, browse), ratings, repository, titles, training };
}

const earlier = (stars: number, kind: StoredRating['kind'] = 'stars'): StoredRating => ({ _id: `p1:${titleId}`, profileId: 'p1', userId: 'u1', titleId, kind, stars, ratedAt: now });

describe('RatingsService.rate', () => {
  it('should store the profile’s rating under the profile and title', async () => {
    const { service, ratings } = setup();
    expect(await service.rate({ titleId, body: { stars: 4 }, actor: adult })).toEqual({ titleId, stars: 4, thumb: null, ratedAt: now.toISOString() });
    expect(ratings.put).toHaveBeenCalledWith(expect.objectContaining({ profileId: 'p1', userId: 'u1', titleId, kind: 'stars', stars: 4 }));
  });

  it('should check the title in the browse index without reading the database', async () => {
    const { service, titles } = setup(null, [title]);
    await service.rate({ titleId, body: { stars: 4 }, actor: adult });
    expect(titles.findById).not.toHaveBeenCalled();
    await expect(service.rate({ titleId, body: { stars: 4 }, actor: kid })).rejects.toMatchObject({ status: 404 });
  });

  it('should count each stored rating towards the next training run', async () => {
    const { service, training } = setup();
    await service.rate({ titleId, body: { stars: 4 }, actor: adult });
    expect(training.signalAdded).toHaveBeenCalledTimes(1);
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
  it('should say whether there was a rating to remove', async () => {
    expect(await setup(earlier(5, 'thumb')).service.remove({ titleId, actor: adult })).toEqual({ titleId, removed: true });
    expect(await setup(null).service.remove({ titleId, actor: adult })).toEqual({ titleId, removed: false });
  });
});

describe('RatingsService.community', () => {
  it('should count the title’s ratings for anyone who may see the title', async () => {
    const { service, repository } = setup();
    expect(await service.community({ id: titleId })).toEqual({ average: 4.5, count: 2 });
    expect(repository.communityOf).toHaveBeenCalledWith(titleId);
  });

  it('should answer 404 above a kid profile’s limit', async () => {
    await expect(setup().service.community({ id: titleId, actor: kid })).rejects.toMatchObject({ status: 404 });
  });
});
