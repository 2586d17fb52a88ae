import { jest } from '@jest/globals';
import type { TitleInput } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { CatalogConfig } from '../catalog.config.js';
import type { MetadataProvider } from '../metadata/metadata-provider.js';
import type { ProviderDataRepository, TmdbLinkedTitle } from '../metadata/provider-data.repository.js';
import type { SeriesImportService } from '../metadata/series-import.service.js';
import type { WatchProvidersService } from '../metadata/watch-providers.service.js';
import type { TitleChangeFeed } from '../search/title-change-feed.js';
import type { DeepLinksService } from '../deep-links/deep-links.service.js';
import { BackfillRunner } from './backfill.runner.js';

const titles: TmdbLinkedTitle[] = [
  { id: 'a', type: 'movie', tmdbId: 1 },
  { id: 'b', type: 'movie', tmdbId: 2 },
  { id: 'c', type: 'series', tmdbId: 3, maturityLevel: '16+' },
];

function setup(overrides: { movie?: MetadataProvider['movie'] } = {}) {
  const data = strictMock<ProviderDataRepository>('data', {
    countLinked: jest.fn<ProviderDataRepository['countLinked']>().mockResolvedValue(titles.length),
    scanLinked: async function* () {
      yield titles;
    } as ProviderDataRepository['scanLinked'],
    setImages: jest.fn<ProviderDataRepository['setImages']>().mockResolvedValue(undefined),
  });
  const watch = strictMock<WatchProvidersService>('watch', {
    sync: jest.fn<WatchProvidersService['sync']>(async (title) => {
      if (title.id === 'b') throw new Error('TMDb answered 500');
      return 1;
    }),
  });
  const series = strictMock<SeriesImportService>('series', { refreshEpisodes: jest.fn<SeriesImportService['refreshEpisodes']>().mockResolvedValue({ seasons: 1, episodes: 2 }) });
  const changes = strictMock<TitleChangeFeed>('changes', { titlesChanged: jest.fn<TitleChangeFeed['titlesChanged']>().mockResolvedValue(undefined) });
  const poster = (path: string): TitleInput => ({ type: 'movie', title: 'x', posterPath: path });
  const provider = strictMock<MetadataProvider>('provider', {
    name: 'tmdb',
    movie: jest.fn<MetadataProvider['movie']>(overrides.movie ?? (async (id) => poster(`/m${id}.jpg`))),
    series: jest.fn<MetadataProvider['series']>(async () => ({ series: { type: 'series', title: 's', backdropPath: '/s.jpg' }, seasonNumbers: [1] })),
  });
  const runner = new BackfillRunner(data, series, watch, changes, { TMDB_CONCURRENCY: 2 } as CatalogConfig, strictMock<DeepLinksService>('deepLinks'), provider, null);
  const progress: unknown[] = [];
  const job = (kind: 'providers' | 'images' | 'episodes') => ({ id: `backfill-${kind}-1`, data: { kind }, updateProgress: jest.fn(async (value: unknown) => void progress.push(value)) });
  return { runner, data, series, changes, job, progress };
}

describe('BackfillRunner', () => {
  it('syncs where to watch title by title, counts a failure and carries on, and tells the search index', async () => {
    const { runner, changes, job, progress } = setup();
    expect(await runner.run(job('providers'))).toEqual({ processed: 3, total: 3, failed: 1 });
    expect(changes.titlesChanged).toHaveBeenCalledWith(expect.arrayContaining(['a', 'c']));
    expect(progress).toEqual([{ processed: 0, total: 3, failed: 0 }, { processed: 3, total: 3, failed: 1 }]);
  });

  it('refreshes posters and backdrops from the provider’s details of each title', async () => {
    const { runner, data, job } = setup();
    await runner.run(job('images'));
    expect(data.setImages).toHaveBeenCalledWith('a', { posterPath: '/m1.jpg', backdropPath: null });
    expect(data.setImages).toHaveBeenCalledWith('c', { posterPath: null, backdropPath: '/s.jpg' });
  });

  it('counts a title the provider no longer knows as failed', async () => {
    const { runner, job } = setup({ movie: async (id) => (id === 2 ? null : { type: 'movie', title: 'x' }) });
    expect(await runner.run(job('images'))).toMatchObject({ failed: 1 });
  });

  it('refreshes episodes with the series’ own maturity', async () => {
    const { runner, series, job } = setup();
    await runner.run(job('episodes'));
    expect(series.refreshEpisodes).toHaveBeenCalledWith('c', 3, '16+');
  });
});
