import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { ProfileRatings } from '../ratings/profile-ratings.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import { TitleMapper, type StoredTitle } from '../titles/title.mapper.js';
import { maturityCeiling } from '../titles/maturity.js';
import { TitleBrowseIndex, toBrowsedTitle } from '../browse/title-browse-index.js';
import { favoriteGenres, profileSignals } from './for-you.js';
import { ForYouService } from './for-you.service.js';
import type { ForYouModelStore } from './model/for-you-model.store.js';
import { indexOfItems } from './model/item-model.js';
import { trainForYouModel } from './model/item-model.trainer.js';
import type { ProfileLibrary, ProfileLibraryReader } from './profile-library.reader.js';
import type { ForYouRowCache, ForYouRowLookup } from './for-you-rows.cache.js';
import { SimilarTitles } from './similar-titles.js';

const actor: AuthUser = { userId: 'u1', sessionId: 's1', role: 'viewer', tokenType: 'access', profileId: 'me', kidProfile: false };
const at = new Date('2026-06-01T00:00:00Z');
// Popularity falls in the order the titles are listed.
const t = (title: string, genres: string[], popularity: number, maturityRank = 4) => storedTitle({ title, genres, popularity, maturityRank });
const [heat, ronin, thief, toyStory, cars, amelie] = [t('Heat', ['Crime'], 60), t('Ronin', ['Crime'], 50), t('Thief', ['Crime'], 40), t('Toy Story', ['Animation'], 30, 0), t('Cars', ['Animation'], 20, 0), t('Amelie', ['Romance'], 10)];
const all = [heat, ronin, thief, toyStory, cars, amelie];
const id = (title: StoredTitle) => title._id.toHexString();
const own = (title: StoredTitle, stars: number) => ({ profileId: 'me', titleId: id(title), stars, ratedAt: at });
const empty: ProfileLibrary = { favorites: [], history: [], scope: { maxMaturityRank: maturityCeiling(actor) } };
const kid = { ...actor, kidProfile: true, maturityLimit: '7+' as const };
const kidScope = { maxMaturityRank: maturityCeiling(kid) };

/** Other profiles' ratings: crime fans who also loved Ronin, animation fans who also loved Cars. */
const community = [
  ...['a', 'b', 'c'].flatMap((profile) => [[profile, heat, 5], [profile, ronin, 5]] as const),
  ...['d', 'e'].flatMap((profile) => [[profile, toyStory, 5], [profile, cars, 5]] as const),
].map(([userId, title, stars]) => ({ userId, itemId: id(title), stars }));

const VERSIONS = { ratings: '3', library: '7' };
const nothingCached = (): ForYouRowLookup => ({ row: null, versions: VERSIONS });

/** The service, with the ratings reader and row cache it was given (to check what it read and stored). */
function build(ratings: ReturnType<typeof own>[], library: ProfileLibrary = empty, trained = true, lookup: () => Promise<ForYouRowLookup> = async () => nothingCached()) {
  const of = jest.fn<ProfileRatings['of']>().mockResolvedValue(ratings);
  const titles = new TitleBrowseIndex();
  titles.replaceAll(all.map(toBrowsedTitle));
  const { scope, ...entries } = library;
  const reader = strictMock<ProfileLibraryReader>('ProfileLibraryReader', {
    read: jest.fn<ProfileLibraryReader['read']>().mockResolvedValue(library),
    scopeOf: jest.fn<ProfileLibraryReader['scopeOf']>().mockResolvedValue(scope),
    entries: jest.fn<ProfileLibraryReader['entries']>().mockResolvedValue(entries),
  });
  const model = trainForYouModel(community);
  const store = strictMock<ForYouModelStore>('ForYouModelStore', { current: () => (trained ? { version: 'v1', model, index: indexOfItems(model) } : null) });
  const rows = strictMock<ForYouRowCache>('ForYouRowCache', { read: jest.fn<ForYouRowCache['read']>(lookup), store: jest.fn<ForYouRowCache['store']>().mockResolvedValue(true) });
  const service = new ForYouService(strictMock<ProfileRatings>('ProfileRatings', { of }), titles, reader, new TitleMapper('https://img.test'), store, new SimilarTitles(titles, store), rows);
  return { service, of, rows };
}

const setup = (...args: Parameters<typeof build>) => build(...args).service;

describe('ForYouService', () => {
  it('should recommend the trained model’s neighbours of what the profile liked', async () => {
    const result = await setup([own(heat, 5)]).recommend({ limit: 1, actor });
    expect(result).toEqual({ items: [expect.objectContaining({ title: 'Ronin' })], source: 'collaborative' });
  });

  it('should never recommend a title the profile rated, favourited or watched', async () => {
    const library: ProfileLibrary = { ...empty, favorites: [{ titleId: id(toyStory), at: 1 }], history: [{ titleId: id(cars), finished: false, at: 2 }] };
    const result = await setup([own(heat, 5), own(ronin, 2)], library).recommend({ limit: 6, actor });
    expect(result.items.map((item) => item.title)).toEqual(['Thief', 'Amelie']);
  });

  it('should fall back to popular titles of the favourite genres before any model is trained', async () => {
    const result = await setup([], { ...empty, favorites: [{ titleId: id(heat), at: 1 }] }, false).recommend({ limit: 2, actor });
    expect(result.source).toBe('popular-in-genres');
    expect(result.items.map((item) => item.title)).toEqual(['Ronin', 'Thief']);
  });

  it('should leave out watched titles and titles above a kid’s limit', async () => {
    const result = await setup([], { ...empty, scope: kidScope, history: [{ titleId: id(toyStory), finished: false, at: 1 }] }).recommend({ limit: 5, actor: kid });
    expect(result).toEqual({ items: [expect.objectContaining({ title: 'Cars' })], source: 'popularity' });
  });

  it('should leave out what the model finds when a parent denied it or it is above the limit', async () => {
    const result = await setup([own(toyStory, 5)], { ...empty, scope: { ...kidScope, excludeIds: [id(cars)] } }).recommend({ limit: 5, actor: kid });
    expect(result.items.map((item) => item.title)).toEqual([]);
  });

  it('should recommend only allowed titles to a kid in allow-list mode', async () => {
    const result = await setup([own(heat, 5)], { ...empty, scope: { ...kidScope, onlyIds: [id(cars)] } }).recommend({ limit: 5, actor: kid });
    expect(result.items.map((item) => item.title)).toEqual(['Cars']);
  });

  it('should build a "because you watched" row per liked title, strongest first, leaving out seen titles and empty rows', async () => {
    const library: ProfileLibrary = { ...empty, history: [{ titleId: id(toyStory), finished: true, at: 2 }] };
    const result = await setup([{ ...own(heat, 5), ratedAt: new Date(1) }, own(ronin, 2)], library).becauseYouWatched({ rows: 3, limit: 5, actor });
    expect(result.rows.map((row) => [row.seed.title, row.items.map((item) => item.title)])).toEqual([['Toy Story', ['Cars']]]);
  });

  it('should require a profile', async () => {
    await expect(setup([]).recommend({ limit: 5, actor: { ...actor, profileId: undefined } })).rejects.toMatchObject({ status: 403 });
  });
});

describe('ForYouService row cache', () => {
  const cachedRow = (...titles: StoredTitle[]) => async (): Promise<ForYouRowLookup> => ({ row: { ids: titles.map(id), source: 'collaborative' }, versions: VERSIONS });

  it('should serve a cached row without reading the profile’s ratings or library', async () => {
    const { service, of, rows } = build([own(heat, 5)], empty, true, cachedRow(amelie, thief));
    const result = await service.recommend({ limit: 2, actor });
    expect(result).toEqual({ items: [expect.objectContaining({ title: 'Amelie' }), expect.objectContaining({ title: 'Thief' })], source: 'collaborative' });
    expect(of).not.toHaveBeenCalled();
    expect(rows.store).not.toHaveBeenCalled();
  });

  it('should key the row by profile, model version, limit and the viewer’s rules', async () => {
    const { service, rows } = build([], { ...empty, scope: kidScope });
    await service.recommend({ limit: 4, actor: kid });
    expect(rows.read).toHaveBeenCalledWith({ profileId: 'me', modelVersion: 'v1', limit: 4, scope: kidScope });
  });

  it('should store a computed row under the versions read before computing it', async () => {
    const { service, rows } = build([own(heat, 5)]);
    await service.recommend({ limit: 1, actor });
    expect(rows.store).toHaveBeenCalledWith(expect.objectContaining({ profileId: 'me', limit: 1 }), VERSIONS, { ids: [id(ronin)], source: 'collaborative' });
  });

  it('should recompute a cached row holding a title no longer in the index (hidden by staff)', async () => {
    const gone = storedTitle({ title: 'Gone', popularity: 1 });
    const { service, rows } = build([own(heat, 5)], empty, true, cachedRow(gone));
    const result = await service.recommend({ limit: 1, actor });
    expect(result.items.map((item) => item.title)).toEqual(['Ronin']);
    expect(rows.store).toHaveBeenCalled();
  });

  it('should recompute a cached row holding a title above the viewer’s maturity limit', async () => {
    const service = setup([], { ...empty, scope: kidScope }, true, cachedRow(heat, cars));
    const result = await service.recommend({ limit: 2, actor: kid });
    expect(result.items.map((item) => item.title)).toEqual(['Toy Story', 'Cars']);
  });

  it('should not cache an answer made without the profile’s library (users down)', async () => {
    const { service, rows } = build([], { ...empty, partial: true });
    await service.recommend({ limit: 2, actor });
    expect(rows.store).not.toHaveBeenCalled();
  });

  it('should compute, and cache nothing, when Redis does not answer', async () => {
    const { service, rows } = build([own(heat, 5)], empty, true, () => Promise.reject(new Error('connection refused')));
    expect((await service.recommend({ limit: 1, actor })).items.map((item) => item.title)).toEqual(['Ronin']);
    expect(rows.store).not.toHaveBeenCalled();
  });
});

describe('profile signals', () => {
  it('should weigh stars above a neutral 3, favourites as 5 and finished titles as 4 stars, unless rated', () => {
    const signals = profileSignals({
      ratings: [{ titleId: 'a', stars: 2, ratedAt: new Date(400) }],
      favorites: [{ titleId: 'a', at: 300 }, { titleId: 'b', at: 300 }],
      history: [{ titleId: 'c', finished: true, at: 200 }, { titleId: 'd', finished: false, at: 100 }],
    });
    expect(signals.map((signal) => signal.itemId)).toEqual(['a', 'b', 'c', 'd']);
    expect(signals[0].weight).toBe(0);
    expect(signals[1].weight).toBeCloseTo(2 * 0.5 ** (1 / 150));
    expect(signals[2].weight).toBeCloseTo(1 * 0.5 ** (2 / 150));
    expect(signals[3].weight).toBe(0);
  });

  it('should rank genres by how many liked titles have them', () => {
    expect(favoriteGenres([{ genres: ['Crime', 'Drama'] }, { genres: ['Crime'] }, { genres: ['Action'] }], 2)).toEqual(['Crime', 'Action']);
  });
});
