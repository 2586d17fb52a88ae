import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { ignoreQueueErrorEvents, type BackfillKind } from '@onstream/common';
import type { Queue } from 'bullmq';
import { CATALOG_QUEUE, CatalogJobNames, NIGHTLY_REFRESH_SCHEDULER, RECOMMENDER_TRAINING_SCHEDULER, type CatalogJobProgress } from './catalog-jobs.js';

export interface CatalogJobRecord {
  id: string;
  name: string;
  data: { kind?: BackfillKind };
  state: string;
  progress: CatalogJobProgress | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  failedReason: string | null;
}

const KEEP = { removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } };

/** Enqueues catalog jobs and reads their state; the API side of the queue (workers live in CatalogJobWorker). */
@Injectable()
export class CatalogJobQueue {
  constructor(@InjectQueue(CATALOG_QUEUE) private readonly queue: Queue) {
    ignoreQueueErrorEvents(queue);
  }

  async addBackfill(kind: BackfillKind, jobId: string): Promise<void> {
    await this.queue.add(CatalogJobNames.Backfill, { kind }, { jobId, attempts: 2, backoff: { type: 'exponential', delay: 30_000 }, ...KEEP });
  }

  async addRefresh(jobId: string): Promise<void> {
    await this.queue.add(CatalogJobNames.TmdbRefresh, {}, { jobId, attempts: 2, backoff: { type: 'exponential', delay: 60_000 }, ...KEEP });
  }

  /** A job id already queued (or kept after finishing) is not added again: replicas asking at once train once. */
  async addRecommenderTraining(jobId: string): Promise<void> {
    await this.queue.add(CatalogJobNames.RecommenderTraining, {}, { jobId, attempts: 2, backoff: { type: 'exponential', delay: 30_000 }, ...KEEP });
  }

  async scheduleRecommenderTraining(cron: string): Promise<void> {
    await this.queue.upsertJobScheduler(RECOMMENDER_TRAINING_SCHEDULER, { pattern: cron, tz: 'UTC' }, { name: CatalogJobNames.RecommenderTraining, data: {}, opts: { attempts: 2, backoff: { type: 'exponential', delay: 30_000 }, ...KEEP } });
  }

  /** Idempotent across replicas: every replica may upsert the same scheduler. */
  async scheduleNightlyRefresh(cron: string): Promise<void> {
    await this.queue.upsertJobScheduler(NIGHTLY_REFRESH_SCHEDULER, { pattern: cron, tz: 'UTC' }, { name: CatalogJobNames.TmdbRefresh, data: {}, opts: { attempts: 2, backoff: { type: 'exponential', delay: 60_000 }, ...KEEP } });
  }

  async unscheduleNightlyRefresh(): Promise<void> {
    await this.queue.removeJobScheduler(NIGHTLY_REFRESH_SCHEDULER);
  }

  async find(jobId: string): Promise<CatalogJobRecord | null> {
    const job = await this.queue.getJob(jobId);
    if (!job?.id) return null;
    const progress = typeof job.progress === 'object' && job.progress !== null && 'processed' in job.progress ? (job.progress as unknown as CatalogJobProgress) : null;
    return {
      id: job.id,
      name: job.name,
      data: job.data as { kind?: BackfillKind },
      state: await job.getState(),
      progress,
      startedAt: job.processedOn ? new Date(job.processedOn) : null,
      finishedAt: job.finishedOn ? new Date(job.finishedOn) : null,
      failedReason: job.failedReason || null,
    };
  }
}
