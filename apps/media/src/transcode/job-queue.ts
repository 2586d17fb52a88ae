import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { ignoreQueueErrorEvents } from '@onstream/common';
import type { Queue } from 'bullmq';
import { MediaConfig } from '../media.config.js';
import { JobNames, MEDIA_QUEUE, type JobData } from './jobs.js';

/** Enqueues media jobs. Job ids are derived from the work, so enqueuing the same work twice is a no-op. */
@Injectable()
export class JobQueue {
  constructor(
    @InjectQueue(MEDIA_QUEUE) private readonly queue: Queue,
    @Inject(MediaConfig) private readonly config: MediaConfig,
  ) {
    ignoreQueueErrorEvents(queue);
  }

  async enqueueTranscode(data: JobData[typeof JobNames.Transcode]): Promise<string> {
    const jobId = `transcode-${data.assetId}`;
    await this.queue.add(JobNames.Transcode, data, {
      jobId,
      attempts: this.config.TRANSCODE_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.config.TRANSCODE_BACKOFF_MS },
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
    return jobId;
  }

  async scheduleCleanup(videoId: string): Promise<void> {
    await this.queue.add(JobNames.CleanupVideo, { videoId }, {
      jobId: `cleanup-${videoId}`,
      delay: this.config.DELETED_RETENTION_SECONDS * 1000,
      attempts: 5,
      backoff: { type: 'exponential', delay: 30_000 },
      removeOnComplete: true,
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  /** The repeatable sweep of abandoned uploads (one scheduler however many processes upsert it); 0 turns it off. */
  async scheduleUploadSweep(): Promise<void> {
    const schedulerId = JobNames.CleanupUploads;
    if (this.config.UPLOAD_SWEEP_INTERVAL_MS === 0) {
      await this.queue.removeJobScheduler(schedulerId);
      return;
    }
    await this.queue.upsertJobScheduler(schedulerId, { every: this.config.UPLOAD_SWEEP_INTERVAL_MS }, {
      name: JobNames.CleanupUploads,
      data: {},
      opts: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 }, removeOnComplete: { count: 10 }, removeOnFail: { age: 7 * 24 * 3600 } },
    });
  }
}
