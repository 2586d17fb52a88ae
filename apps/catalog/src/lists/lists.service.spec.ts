import { jest } from '@jest/globals';
import type { UsersClient } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { ViewerScopes } from '../viewers/viewer-scopes.js';
import type { GenresService } from '../genres/genres.service.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import { TitleMapper, type StoredTitle } from '../titles/title.mapper.js';
import { TitleBrowseIndex, toBrowsedTitle } from '../browse/title-browse-index.js';
import type { CatalogConfig } from '../catalog.config.js';
import type { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import { TrendingBoard } from '../trending/trending-board.js';
import type { TrendingSnapshotsRepository } from '../trending/trending-snapshots.repository.js';
import { listFilterOf, listOrderOf, ListsService, providerKeysOf } from './lists.service.js';

const fixedClock = { now: () => new Date('2026-06-01T00:00:00Z') };

/** A catalog without analytics scores: the board has loaded none. */
function setup(catalog: StoredTitle[]) {
  const browse = new TitleBrowseIndex();
  browse.replaceAll(catalog.map(toBrowsedTitle));
  const genres = strictMock<GenresService>('genres', { list: jest.fn<GenresService['list']>().mockResolvedValue([]), findBySlug: jest.fn<GenresService['findBySlug']>().mockResolvedValue(null) });
  const board = new TrendingBoard(
    strictMock<TrendingSnapshotsRepository>('snapshots'), browse, strictMock<CatalogBroadcastBus>('bus'), { CATALOG_TRENDING_MIN_TITLES: 1 } as CatalogConfig, fixedClock,
  );
  const service = new ListsService(browse, genres, new TitleMapper('https://img.test'), fixedClock, new ViewerScopes(strictMock<UsersClient>('users')), board);
  return { service, genres };
}

describe('listFilterOf', () => {
  it('defaults to browsable types and the caller’s maturity ceiling', () => {
    expect(listFilterOf({ page: 1, limit: 20, sort: 'popularity', actor: { userId: 'u', sessionId: 's', role: 'viewer', tokenType: 'access', kidProfile: true, maturityLimit: '13+' } })).toEqual(
      expect.objectContaining({ types: ['movie', 'series', 'creator_video'], maxMaturityRank: 2 }),
    );
  });

  it('reads a bare certification as a US one', () => {
    expect(listFilterOf({ page: 1, limit: 20, sort: 'popularity', certification: 'PG-13' }).certificationKey).toBe('US:PG-13');
    expect(listFilterOf({ page: 1, limit: 20, sort: 'popularity', certification: 'DE:16' }).certificationKey).toBe('DE:16');
  });

  it('refuses a rating range that cannot match', () => {
    expect(() => listFilterOf({ page: 1, limit: 20, sort: 'popularity', ratingMin: 8, ratingMax: 2 })).toThrow(expect.objectContaining({ code: 'CATALOG.INVALID_RANGE' }));
  });
});

describe('listOrderOf', () => {
  it('sorts titles A–Z and everything else highest first unless told', () => {
    expect(listOrderOf({ page: 1, limit: 20, sort: 'title' })).toEqual({ sort: 'title', order: 'asc' });
    expect(listOrderOf({ page: 1, limit: 20, sort: 'rating' })).toEqual({ sort: 'rating', order: 'desc' });
    expect(listOrderOf({ page: 1, limit: 20, sort: 'rating', order: 'asc' })).toEqual({ sort: 'rating', order: 'asc' });
  });
});

describe('ListsService.feed', () => {
  it('falls back to the most popular titles when staff picked no featured ones', async () => {
    const { service } = setup([storedTitle({ title: 'Popular', featured: false })]);
    expect(await service.feed({ feed: 'featured', limit: 5, window: 'week' })).toEqual({ items: [expect.objectContaining({ title: 'Popular' })], source: 'popularity-fallback' });
  });

  it('computes trending over the catalog’s latest years of releases', async () => {
    const { service } = setup([
      storedTitle({ title: 'Latest', releaseYear: 2018, popularity: 5 }),
      storedTitle({ title: 'Recent enough', releaseYear: 2016, popularity: 10 }),
      storedTitle({ title: 'Too old', releaseYear: 2015, popularity: 99 }),
    ]);
    const result = await service.feed({ feed: 'trending', limit: 5, window: 'week' });
    expect(result.source).toBe('popularity-fallback:week');
    expect(result.items.map((item) => item.title)).toEqual(['Recent enough', 'Latest']);
  });

  it('falls back to TMDb’s stored trending ranks before popularity, best rank first', async () => {
    const { service } = setup([
      storedTitle({ title: 'Popular', popularity: 999 }),
      storedTitle({ title: 'Second on TMDb', tmdbTrending: { day: 2, week: null } }),
      storedTitle({ title: 'First on TMDb', tmdbTrending: { day: 1, week: 3 } }),
    ]);
    expect(await service.feed({ feed: 'trending', limit: 5, window: 'day' })).toEqual({
      items: [expect.objectContaining({ title: 'First on TMDb' }), expect.objectContaining({ title: 'Second on TMDb' })],
      source: 'tmdb:day',
    });
    expect((await service.feed({ feed: 'trending', limit: 5, window: 'week' })).items.map((item) => item.title)).toEqual(['First on TMDb']);
  });

  it('keeps TMDb’s trending titles above the caller’s maturity ceiling out', async () => {
    const { service } = setup([storedTitle({ title: 'Adult hit', maturityRank: 4, tmdbTrending: { day: 1, week: null } }), storedTitle({ title: 'Family film', releaseYear: 2018, maturityLevel: 'all', maturityRank: 0 })]);
    const kid = { userId: 'u', sessionId: 's', role: 'viewer' as const, tokenType: 'access' as const, kidProfile: false, maturityLimit: 'all' as const };
    expect(await service.feed({ feed: 'trending', limit: 5, window: 'day', actor: kid })).toEqual({ items: [expect.objectContaining({ title: 'Family film' })], source: 'popularity-fallback:day' });
  });

  it('shows the newest releases of an old catalog rather than nothing', async () => {
    const old = storedTitle({ title: 'Old but newest', releaseYear: 2018 });
    const { service } = setup([old]);
    expect((await service.feed({ feed: 'new', limit: 5, window: 'week' })).items.map((item) => item.title)).toEqual(['Old but newest']);
  });
});

describe('ListsService.byGenre', () => {
  it('answers an unknown genre with CATALOG.GENRE_NOT_FOUND', async () => {
    const { service } = setup([]);
    await expect(service.byGenre({ slug: 'nope', page: 1, limit: 20, sort: 'popularity' })).rejects.toMatchObject({ status: 404, code: 'CATALOG.GENRE_NOT_FOUND' });
  });
});

describe('providerKeysOf', () => {
  it('keys each provider by the filter’s country', () => {
    expect(providerKeysOf({ providers: [8, 337], country: 'DE' })).toEqual(['DE:8', 'DE:337']);
    expect(providerKeysOf({})).toBeUndefined();
  });

  it('refuses providers without a country', () => {
    expect(() => providerKeysOf({ providers: [8] })).toThrow(expect.objectContaining({ status: 400, code: 'CATALOG.COUNTRY_REQUIRED' }));
  });

  it('matches nothing for an empty household', () => {
    expect(listFilterOf({ page: 1, limit: 20, sort: 'popularity', providers: [], country: 'DE' }).providerKeys).toEqual([]);
  });
});
