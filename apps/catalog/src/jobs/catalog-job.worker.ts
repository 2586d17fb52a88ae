import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { CatalogBroadcasts, runInRequestContext, ThrottledWarning, type CacheStaleBroadcast } from '@onstream/common';
import { CatalogBroadcastBus } from '../search/catalog-broadcast.bus.js';
import { CatalogConfig } from '../catalog.config.js';
import { BackfillRunner } from './backfill.runner.js';
import { CATALOG_QUEUE, CatalogJobNames, type CatalogJobData, type CatalogJobName } from './catalog-jobs.js';
import { TmdbRefreshRunner } from './tmdb-refresh.runner.js';
import { RecommenderTrainingRunner } from '../recommendations/model/recommender-training.runner.js';

type Handler = (job: Job) => Promise<unknown>;

/**
 * Runs the catalog queue's jobs; provided only where CATALOG_JOB_WORKERS is on. One job at a time
 * per process: each one already keeps TMDB_CONCURRENCY requests in flight.
 */
@Injectable()
export class CatalogJobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CatalogJobWorker.name);
  private readonly handlers: Record<CatalogJobName, Handler>;
  private worker: Worker | undefined;
  private connection: Redis | undefined;

  constructor(
    backfills: BackfillRunner,
    refresh: TmdbRefreshRunner,
    training: RecommenderTrainingRunner,
    private readonly config: CatalogConfig,
    private readonly bus: CatalogBroadcastBus,
  ) {
    // Typed by job name: a job without a handler does not compile.
    this.handlers = {
      [CatalogJobNames.Backfill]: (job) => backfills.run(job as Job<CatalogJobData[typeof CatalogJobNames.Backfill]>),
      [CatalogJobNames.TmdbRefresh]: (job) => refresh.run(job),
      [CatalogJobNames.RecommenderTraining]: (job) => training.run(job),
    };
  }

  onApplicationBootstrap(): void {
    // BullMQ's blocking connection must not give up on a request.
    this.connection = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
    this.worker = new Worker(CATALOG_QUEUE, (job) => this.process(job), { connection: this.connection, prefix: this.config.queuePrefix, concurrency: 1 });
    // A worker reports each failed reconnect while Redis is down: one line per 10 s, with the count.
    const errors = new ThrottledWarning(this.logger, 'worker error');
    this.worker.on('error', (error) => errors.report(error));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.connection?.quit();
  }

  /** Each run logs under its own id (the job's), not the request that happened to open the Redis connection. */
  process(job: Job): Promise<unknown> {
    return runInRequestContext(`job-${job.id ?? job.name}`, () => this.run(job));
  }

  private async run(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as CatalogJobName] as Handler | undefined;
    if (!handler) throw new Error(`No handler for catalog job "${job.name}"`);
    this.logger.log({ msg: 'job started', job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 });
    try {
      const result = await handler(job);
      // Before BullMQ marks the job completed, so whoever sees "completed" finds fresh reads.
      await this.bus.publish<CacheStaleBroadcast>(CatalogBroadcasts.CacheStale, { reason: `${job.name} ${job.id ?? ''}`.trim() });
      return result;
    } catch (error) {
      this.logger.warn({ msg: 'job failed', job: job.name, jobId: job.id, attempt: job.attemptsMade + 1, err: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }
}
