import type { Job } from 'bullmq';
import type { CatalogJobProgress } from './catalog-jobs.js';

/** Counts a job's titles and publishes them as its BullMQ progress (read by the admin status route). */
export class JobProgress {
  private readonly counts: CatalogJobProgress = { processed: 0, total: 0, failed: 0 };

  constructor(private readonly job: Pick<Job, 'updateProgress'>) {}

  async start(total: number): Promise<void> {
    this.counts.total = total;
    await this.publish();
  }

  /** One title done; `ok` false counts it as failed too. */
  count(ok: boolean): void {
    this.counts.processed += 1;
    if (!ok) this.counts.failed += 1;
  }

  async publish(): Promise<void> {
    await this.job.updateProgress({ ...this.counts });
  }

  get result(): CatalogJobProgress {
    return { ...this.counts };
  }
}
