import { jest } from '@jest/globals';
import type { TitleDetails } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { CatalogConfig } from '../catalog.config.js';
import type { ImageConfigurationSync } from '../metadata/image-configuration.sync.js';
import type { MetadataProvider, ProviderListItem } from '../metadata/metadata-provider.js';
import type { ProviderDataRepository } from '../metadata/provider-data.repository.js';
import type { ProviderImportService } from '../metadata/provider-import.service.js';
import type { SeriesImportService } from '../metadata/series-import.service.js';
import type { WatchProvidersService } from '../metadata/watch-providers.service.js';
import type { TitleChangeFeed } from '../search/title-change-feed.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import { TmdbRefreshRunner } from './tmdb-refresh.runner.js';

const item = (mediaType: 'movie' | 'tv', providerId: number): ProviderListItem => ({ mediaType, providerId, popularity: providerId / 10, voteAverage: 7, voteCount: 10 });
const known = new Map([['movie:238', storedTitle({ externalIds: { tmdb: 238 } })], ['series:1399', storedTitle({ type: 'series', externalIds: { tmdb: 1399 } })]]);
const idOf = (key: string) => known.get(key)?._id.toHexString() ?? '';
const NEW_MOVIE_ID = '64b0000000000000000000f1';
const DROPPED_ID = '64b0000000000000000000d1';

function setup(importFails = false) {
  const data = strictMock<ProviderDataRepository>('data', {
    findByTmdbId: jest.fn<ProviderDataRepository['findByTmdbId']>(async (type, tmdbId) => known.get(`${type}:${tmdbId}`) ?? null),
    setListStats: jest.fn<ProviderDataRepository['setListStats']>().mockResolvedValue(undefined),
    // The day window dropped an older title.
    replaceTrendingRanks: jest.fn<ProviderDataRepository['replaceTrendingRanks']>(async (window) => (window === 'day' ? [DROPPED_ID] : [])),
  });
  const movies = strictMock<ProviderImportService>('movies', {
    importMovie: jest.fn<ProviderImportService['importMovie']>(async () => {
      if (importFails) throw new Error('TMDb answered 500');
      return { id: NEW_MOVIE_ID } as TitleDetails;
    }),
  });
  const provider = strictMock<MetadataProvider>('provider', {
    name: 'tmdb',
    trending: jest.fn<MetadataProvider['trending']>(async (window) => (window === 'day' ? [item('tv', 1399), item('movie', 680)] : [item('movie', 238), item('tv', 1399)])),
    popularMovies: jest.fn<MetadataProvider['popularMovies']>().mockResolvedValue([item('movie', 238)]),
  });
  const changes = strictMock<TitleChangeFeed>('changes', { titlesChanged: jest.fn<TitleChangeFeed['titlesChanged']>().mockResolvedValue(undefined) });
  const images = strictMock<ImageConfigurationSync>('images', { refresh: jest.fn<ImageConfigurationSync['refresh']>().mockResolvedValue(true) });
  const config = { TMDB_POPULAR_PAGES: 1, TMDB_CONCURRENCY: 2 } as CatalogConfig;
  const watch = strictMock<WatchProvidersService>('watch', { syncQuietly: jest.fn<WatchProvidersService['syncQuietly']>().mockResolvedValue(undefined) });
  const runner = new TmdbRefreshRunner(data, movies, strictMock<SeriesImportService>('series'), changes, images, watch, config, provider);
  const progress: unknown[] = [];
  const job = { id: 'tmdb-refresh-1', updateProgress: jest.fn(async (value: unknown) => void progress.push(value)) };
  return { runner, data, movies, watch, changes, job, progress };
}

describe('TmdbRefreshRunner', () => {
  it('ranks each window from 1, importing titles the catalog lacks and refreshing the others', async () => {
    const { runner, data, movies, watch, job } = setup();
    expect(await runner.run(job)).toEqual({ processed: 3, total: 3, failed: 0 });
    expect(movies.importMovie).toHaveBeenCalledWith({ actor: expect.objectContaining({ role: 'admin', userId: 'system' }), tmdbId: 680 });
    expect(data.setListStats).toHaveBeenCalledWith('movie', 238, { popularity: 23.8, voteAverage: 7, voteCount: 10 });
    expect(watch.syncQuietly).toHaveBeenCalledWith({ id: idOf('movie:238'), type: 'movie', tmdbId: 238 });
    expect(data.replaceTrendingRanks).toHaveBeenCalledWith('day', new Map([[idOf('series:1399'), 1], [NEW_MOVIE_ID, 2]]));
    expect(data.replaceTrendingRanks).toHaveBeenCalledWith('week', new Map([[idOf('movie:238'), 1], [idOf('series:1399'), 2]]));
  });

  it('announces the titles it ranked and the ones whose rank it cleared', async () => {
    const { runner, changes, job } = setup();
    await runner.run(job);
    expect(changes.titlesChanged).toHaveBeenCalledTimes(1);
    expect(changes.titlesChanged).toHaveBeenCalledWith(expect.arrayContaining([idOf('series:1399'), NEW_MOVIE_ID, idOf('movie:238'), DROPPED_ID]));
  });

  it('counts a title it could not import as failed and ranks the rest', async () => {
    const { runner, data, job, progress } = setup(true);
    expect(await runner.run(job)).toEqual({ processed: 3, total: 3, failed: 1 });
    expect(data.replaceTrendingRanks).toHaveBeenCalledWith('day', new Map([[idOf('series:1399'), 1]]));
    expect(progress[0]).toEqual({ processed: 0, total: 3, failed: 0 });
  });
});
