import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { TitleType } from '@onstream/common';
import type { Job } from 'bullmq';
import { CatalogConfig } from '../catalog.config.js';
import { ImageConfigurationSync } from '../metadata/image-configuration.sync.js';
import { METADATA_PROVIDER, type MetadataProvider, type ProviderListItem } from '../metadata/metadata-provider.js';
import { requireProvider, SYSTEM_ACTOR } from '../metadata/provider-calls.js';
import { ProviderDataRepository } from '../metadata/provider-data.repository.js';
import { ProviderImportService } from '../metadata/provider-import.service.js';
import { SeriesImportService } from '../metadata/series-import.service.js';
import { WatchProvidersService } from '../metadata/watch-providers.service.js';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import type { CatalogJobProgress } from './catalog-jobs.js';
import { JobProgress } from './job-progress.js';

const keyOf = (item: ProviderListItem) => `${item.mediaType}:${item.providerId}`;
const typeOf = (item: ProviderListItem): TitleType => (item.mediaType === 'tv' ? 'series' : 'movie');

/**
 * The nightly TMDb refresh: reads trending (day, week) and popular movies, imports the titles the
 * catalog lacks, refreshes popularity, votes and where to watch of the others, and stores each title's trending
 * ranks (`tmdbTrending.day|week`, 1 = top) for the trending feed to fall back to.
 */
@Injectable()
export class TmdbRefreshRunner {
  private readonly logger = new Logger(TmdbRefreshRunner.name);

  constructor(
    private readonly data: ProviderDataRepository,
    private readonly movies: ProviderImportService,
    private readonly series: SeriesImportService,
    private readonly changes: TitleChangeFeed,
    private readonly images: ImageConfigurationSync,
    private readonly watch: WatchProvidersService,
    private readonly config: CatalogConfig,
    @Optional() @Inject(METADATA_PROVIDER) private readonly provider: MetadataProvider | null,
  ) {}

  async run(job: Pick<Job, 'id' | 'updateProgress'>): Promise<CatalogJobProgress> {
    const provider = requireProvider(this.provider);
    await this.images.refresh();
    const day = await provider.trending('day');
    const week = await provider.trending('week');
    const popular: ProviderListItem[] = [];
    for (let page = 1; page <= this.config.TMDB_POPULAR_PAGES; page += 1) popular.push(...(await provider.popularMovies(page)));
    const items = [...new Map([...day, ...week, ...popular].map((item) => [keyOf(item), item])).values()];

    const progress = new JobProgress(job);
    await progress.start(items.length);
    const titleIds = new Map<string, string>();
    for (let start = 0; start < items.length; start += this.config.TMDB_CONCURRENCY) {
      await Promise.all(
        items.slice(start, start + this.config.TMDB_CONCURRENCY).map(async (item) => {
          const id = await this.refreshTitle(item).catch((error: unknown) => {
            this.logger.warn({ msg: 'refresh skipped a title', jobId: job.id, item: keyOf(item), err: error instanceof Error ? error.message : String(error) });
            return null;
          });
          if (id) titleIds.set(keyOf(item), id);
          progress.count(id !== null);
        }),
      );
      await progress.publish();
    }
    const changed = new Set(titleIds.values());
    for (const [window, list] of [['day', day], ['week', week]] as const) {
      const ranks = new Map<string, number>();
      list.forEach((item, index) => {
        const id = titleIds.get(keyOf(item));
        if (id && !ranks.has(id)) ranks.set(id, index + 1);
      });
      // Titles that dropped out of the list changed too: the trending board reads ranks from the browse index.
      for (const id of await this.data.replaceTrendingRanks(window, ranks)) changed.add(id);
    }
    if (changed.size > 0) await this.changes.titlesChanged([...changed]);
    this.logger.log({ msg: 'TMDb refresh finished', jobId: job.id, trendingDay: day.length, trendingWeek: week.length, popular: popular.length, ...progress.result });
    return progress.result;
  }

  /** The title's id in the catalog after refreshing it (imported when new). */
  private async refreshTitle(item: ProviderListItem): Promise<string> {
    const type = typeOf(item);
    const existing = await this.data.findByTmdbId(type, item.providerId);
    if (existing) {
      const id = existing._id.toHexString();
      await this.data.setListStats(type, item.providerId, { popularity: item.popularity, voteAverage: item.voteAverage, voteCount: item.voteCount });
      // Licences change often, and these are the titles viewers open: refresh where to watch too.
      await this.watch.syncQuietly({ id, type, tmdbId: item.providerId });
      return id;
    }
    const request = { actor: SYSTEM_ACTOR, tmdbId: item.providerId };
    return type === 'series' ? (await this.series.importSeries(request, { episodes: false })).series.id : (await this.movies.importMovie(request)).id;
  }
}
