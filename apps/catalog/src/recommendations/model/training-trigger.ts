import { Clock } from '@onstream/common';
import { Injectable, Logger } from '@nestjs/common';
import { CatalogConfig } from '../../catalog.config.js';
import { CatalogJobQueue } from '../../jobs/catalog-job-queue.js';
import { CatalogJobNames } from '../../jobs/catalog-jobs.js';

/**
 * Retrains the model once RECOMMENDER_TRAIN_AFTER_SIGNALS new ratings reached this replica, on top
 * of the schedule. Counted in memory (no write per rating); the job id is the minute, so replicas
 * crossing the mark together queue one run.
 */
@Injectable()
export class TrainingTrigger {
  private readonly logger = new Logger(TrainingTrigger.name);
  private count = 0;

  constructor(
    private readonly queue: CatalogJobQueue,
    private readonly config: CatalogConfig,
    private readonly clock: Clock,
  ) {}

  /** Never fails the rating that called it: a missed trigger only waits for the schedule. */
  signalAdded(): void {
    this.count += 1;
    if (this.count < this.config.RECOMMENDER_TRAIN_AFTER_SIGNALS) return;
    this.count = 0;
    const minute = Math.floor(this.clock.now().getTime() / 60_000);
    this.queue
      .addRecommenderTraining(`${CatalogJobNames.RecommenderTraining}-signals-${minute}`)
      .catch((error: unknown) => this.logger.warn({ msg: 'recommender training not queued', err: error instanceof Error ? error.message : String(error) }));
  }
}
