import { Clock } from '@onstream/common';
import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { randomInt } from 'node:crypto';
import type { CatalogJobProgress } from '../../jobs/catalog-jobs.js';
import { RatingsRepository } from '../../ratings/ratings.repository.js';
import { ForYouModelStore } from './for-you-model.store.js';
import { trainInThread } from './training-thread.js';
import { RecommenderModelsRepository } from './recommender-models.repository.js';

/** A model still `building` after this long belongs to a run that died: pruned with the old ones. */
const STALE_BUILD_MS = 6 * 3600_000;

/** The training job: every rating → the item model → stored as a new version, then served. */
@Injectable()
export class RecommenderTrainingRunner {
  private readonly logger = new Logger(RecommenderTrainingRunner.name);

  constructor(
    private readonly ratings: RatingsRepository,
    private readonly models: RecommenderModelsRepository,
    private readonly store: ForYouModelStore,
    private readonly clock: Clock,
  ) {}

  async run(job: Pick<Job, 'updateProgress'>): Promise<CatalogJobProgress> {
    const startedAt = this.clock.now();
    const ratings: Array<{ userId: string; itemId: string; stars: number }> = [];
    for await (const rating of this.ratings.everySignal()) ratings.push({ userId: rating.profileId, itemId: rating.titleId, stars: rating.stars });
    const model = await trainInThread(ratings);
    // Sortable by time, and apart from a run started in the same millisecond.
    const version = `${startedAt.getTime()}-${String(randomInt(1000)).padStart(3, '0')}`;
    await this.models.save(version, model, startedAt, ratings.length);
    await this.models.prune(this.clock.now(), STALE_BUILD_MS);
    await this.store.refresh();
    const progress = { processed: model.itemIds.length, total: model.itemIds.length, failed: 0 };
    await job.updateProgress(progress);
    this.logger.log({ msg: 'recommender trained', version, titles: model.itemIds.length, signals: ratings.length, ms: this.clock.now().getTime() - startedAt.getTime() });
    return progress;
  }
}
