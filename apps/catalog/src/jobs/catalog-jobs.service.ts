import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, CatalogJobKinds, CatalogJobStates, DomainError, ErrorCodes, type AuthUser, type CatalogJobKind, type CatalogJobResponse, type CatalogJobState, type GetCatalogJobRequest, type StartBackfillRequest, requireAccess } from '@onstream/common';
import { randomInt } from 'node:crypto';
import { CatalogConfig } from '../catalog.config.js';
import { METADATA_PROVIDER, type MetadataProvider } from '../metadata/metadata-provider.js';
import { requireProvider } from '../metadata/provider-calls.js';
import { CatalogJobQueue, type CatalogJobRecord } from './catalog-job-queue.js';
import { CatalogJobNames } from './catalog-jobs.js';
import { DEEP_LINK_PROVIDER, requireDeepLinkProvider, type DeepLinkProvider } from '../deep-links/deep-link-provider.js';

/** Admin backfills and the TMDb refresh: starting them, their progress, and the nightly schedule. */
@Injectable()
export class CatalogJobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogJobsService.name);

  constructor(
    private readonly queue: CatalogJobQueue,
    private readonly config: CatalogConfig,
    private readonly clock: Clock,
    @Optional() @Inject(METADATA_PROVIDER) private readonly provider: MetadataProvider | null,
    @Optional() @Inject(DEEP_LINK_PROVIDER) private readonly deepLinkProvider: DeepLinkProvider | null = null,
  ) {}

  onApplicationBootstrap(): void {
    // In the background: a Redis that is down must not keep the catalog from serving reads.
    void this.schedule().catch((error: unknown) => this.logger.error({ msg: 'TMDb refresh schedule not written', err: error instanceof Error ? error.message : String(error) }));
    void this.queue
      .scheduleRecommenderTraining(this.config.RECOMMENDER_TRAIN_CRON)
      .catch((error: unknown) => this.logger.error({ msg: 'recommender training schedule not written', err: error instanceof Error ? error.message : String(error) }));
  }

  /** Schedules the nightly refresh when TMDb is configured; without a key it is removed and said once. */
  async schedule(): Promise<void> {
    if (!this.provider) {
      await this.queue.unscheduleNightlyRefresh();
      this.logger.log({ msg: 'TMDb refresh not scheduled: no TMDB_API_KEY or TMDB_ACCESS_TOKEN' });
      return;
    }
    await this.queue.scheduleNightlyRefresh(this.config.TMDB_REFRESH_CRON);
    this.logger.log({ msg: 'TMDb refresh scheduled', cron: this.config.TMDB_REFRESH_CRON, tz: 'UTC' });
  }

  async startBackfill(request: StartBackfillRequest): Promise<CatalogJobResponse> {
    requireAccess(request.actor, 'catalog.admin');
    // Deep links come from their own provider; every other backfill from TMDb.
    if (request.kind === 'deep-links') requireDeepLinkProvider(this.deepLinkProvider);
    else requireProvider(this.provider);
    const id = this.newJobId(`backfill-${request.kind}`);
    await this.queue.addBackfill(request.kind, id);
    return this.status(id);
  }

  async runRefresh(actor: AuthUser): Promise<CatalogJobResponse> {
    requireAccess(actor, 'catalog.admin');
    requireProvider(this.provider);
    const id = this.newJobId(CatalogJobNames.TmdbRefresh);
    await this.queue.addRefresh(id);
    return this.status(id);
  }

  /** Retrains the "for you" model now (it also runs on RECOMMENDER_TRAIN_CRON and after enough new ratings). */
  async trainRecommender(actor: AuthUser): Promise<CatalogJobResponse> {
    requireAccess(actor, 'catalog.admin');
    const id = this.newJobId(CatalogJobNames.RecommenderTraining);
    await this.queue.addRecommenderTraining(id);
    return this.status(id);
  }

  async get(request: GetCatalogJobRequest): Promise<CatalogJobResponse> {
    requireAccess(request.actor, 'catalog.admin');
    return this.status(request.id);
  }

  private async status(id: string): Promise<CatalogJobResponse> {
    const job = await this.queue.find(id);
    if (!job) throw new DomainError(ErrorCodes.CatalogBackfillNotFound, 404, 'No such backfill or refresh (finished ones are kept for 7 days).');
    return toResponse(job);
  }

  private newJobId(prefix: string): string {
    // BullMQ ids may not contain ':'; the millisecond and a random tail keep two starts apart.
    return `${prefix}-${this.clock.now().getTime()}${String(randomInt(1000)).padStart(3, '0')}`;
  }
}

function toResponse(job: CatalogJobRecord): CatalogJobResponse {
  const kindOf = (): CatalogJobKind => {
    const kind = job.name === CatalogJobNames.Backfill ? job.data.kind : job.name;
    return (CatalogJobKinds as readonly string[]).includes(kind ?? '') ? (kind as CatalogJobKind) : 'tmdb-refresh';
  };
  const state: CatalogJobState = (CatalogJobStates as readonly string[]).includes(job.state) ? (job.state as CatalogJobState) : 'unknown';
  return {
    id: job.id,
    kind: kindOf(),
    state: state === 'delayed' || job.state === 'prioritized' || job.state === 'waiting-children' ? 'waiting' : state,
    processed: job.progress?.processed ?? 0,
    total: job.progress?.total ?? 0,
    failed: job.progress?.failed ?? 0,
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    error: job.state === 'failed' ? job.failedReason : null,
  };
}
