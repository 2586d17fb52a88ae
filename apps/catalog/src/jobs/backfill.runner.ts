import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { BackfillKind, TitleType } from '@onstream/common';
import type { Job } from 'bullmq';
import { CatalogConfig } from '../catalog.config.js';
import { METADATA_PROVIDER, type MetadataProvider } from '../metadata/metadata-provider.js';
import { requireProvider } from '../metadata/provider-calls.js';
import { ProviderDataRepository, type TmdbLinkedTitle } from '../metadata/provider-data.repository.js';
import { SeriesImportService } from '../metadata/series-import.service.js';
import { WatchProvidersService } from '../metadata/watch-providers.service.js';
import { TitleChangeFeed } from '../search/title-change-feed.js';
import type { CatalogJobData, CatalogJobNames, CatalogJobProgress } from './catalog-jobs.js';
import { JobProgress } from './job-progress.js';
import { DEEP_LINK_PROVIDER, requireDeepLinkProvider, type DeepLinkProvider } from '../deep-links/deep-link-provider.js';
import { DeepLinksService } from '../deep-links/deep-links.service.js';

/** Which titles each backfill walks. */
const TYPES: Record<BackfillKind, readonly TitleType[]> = { episodes: ['series'], images: ['movie', 'series'], providers: ['movie', 'series'], 'deep-links': ['movie', 'series'] };

/**
 * Walks every title of the kind's types that has a TMDb id and refreshes one aspect of it from the
 * provider. A title the provider fails on is counted and skipped; the run goes on. Every step is an
 * upsert, so a retried or resumed run is harmless.
 */
@Injectable()
export class BackfillRunner {
  private readonly logger = new Logger(BackfillRunner.name);

  constructor(
    private readonly data: ProviderDataRepository,
    private readonly series: SeriesImportService,
    private readonly watch: WatchProvidersService,
    private readonly changes: TitleChangeFeed,
    private readonly config: CatalogConfig,
    private readonly deepLinks: DeepLinksService,
    @Optional() @Inject(METADATA_PROVIDER) private readonly provider: MetadataProvider | null,
    @Optional() @Inject(DEEP_LINK_PROVIDER) private readonly deepLinkProvider: DeepLinkProvider | null,
  ) {}

  async run(job: Pick<Job<CatalogJobData[typeof CatalogJobNames.Backfill]>, 'data' | 'id' | 'updateProgress'>): Promise<CatalogJobProgress> {
    const { kind } = job.data;
    const progress = new JobProgress(job);
    await progress.start(await this.data.countLinked(TYPES[kind]));
    for await (const batch of this.data.scanLinked(TYPES[kind], this.config.TMDB_CONCURRENCY * 5)) {
      const changed: string[] = [];
      // The client bounds requests in flight; chunks keep the database writes to the same few at a time.
      for (let start = 0; start < batch.length; start += this.config.TMDB_CONCURRENCY) {
        await Promise.all(
          batch.slice(start, start + this.config.TMDB_CONCURRENCY).map(async (title) => {
            const ok = await this.backfill(kind, title).then(
              () => true,
              (error: unknown) => {
                this.logger.warn({ msg: 'backfill skipped a title', jobId: job.id, kind, titleId: title.id, tmdbId: title.tmdbId, err: error instanceof Error ? error.message : String(error) });
                return false;
              },
            );
            if (ok) changed.push(title.id);
            progress.count(ok);
          }),
        );
      }
      // Providers and images change what the in-process indexes hold (household filter, posters).
      if ((kind === 'images' || kind === 'providers') && changed.length > 0) await this.changes.titlesChanged(changed);
      await progress.publish();
    }
    this.logger.log({ msg: 'backfill finished', jobId: job.id, kind, ...progress.result });
    return progress.result;
  }

  private async backfill(kind: BackfillKind, title: TmdbLinkedTitle): Promise<void> {
    switch (kind) {
      case 'providers':
        await this.watch.sync(title);
        return;
      case 'episodes':
        await this.series.refreshEpisodes(title.id, title.tmdbId, title.maturityLevel ?? '18+');
        return;
      case 'deep-links': {
        const offers = await requireDeepLinkProvider(this.deepLinkProvider).linksOf({ type: title.type === 'series' ? 'series' : 'movie', tmdbId: title.tmdbId });
        for (const offer of offers) await this.deepLinks.storeBackfilled(title.id, offer);
        return;
      }
      case 'images': {
        const provider = requireProvider(this.provider);
        const found = title.type === 'series' ? (await provider.series(title.tmdbId))?.series : await provider.movie(title.tmdbId);
        if (!found) throw new Error(`${provider.name} no longer knows ${title.type} ${title.tmdbId}`);
        await this.data.setImages(title.id, { posterPath: found.posterPath ?? null, backdropPath: found.backdropPath ?? null });
        return;
      }
    }
  }
}
