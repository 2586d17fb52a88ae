import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { runPeriodically } from '@onstream/common';
import { CatalogConfig } from '../../catalog.config.js';
import { indexOfItems, type ItemModel } from './item-model.js';
import { RecommenderModelsRepository } from './recommender-models.repository.js';

export interface LoadedModel {
  version: string;
  model: ItemModel<string>;
  index: Map<string, number>;
}

/**
 * The newest ready model, held in memory by every replica: loaded at start, then whenever a newer
 * one is stored (checked every RECOMMENDER_MODEL_POLL_MS, and right after a training run here).
 */
@Injectable()
export class ForYouModelStore implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ForYouModelStore.name);
  private loaded: LoadedModel | null = null;
  private refreshing: Promise<void> | null = null;
  private stopTimer: () => void = () => undefined;

  constructor(
    private readonly models: RecommenderModelsRepository,
    private readonly config: CatalogConfig,
  ) {}

  onApplicationBootstrap(): void {
    const failure = { msg: 'recommender model not loaded' };
    this.refresh().catch((error: unknown) => this.logger.error({ ...failure, err: error instanceof Error ? error.message : String(error) }));
    this.stopTimer = runPeriodically(this.config.RECOMMENDER_MODEL_POLL_MS, () => this.refresh(), this.logger, failure);
  }

  onApplicationShutdown(): void {
    this.stopTimer();
  }

  /** The model to serve, or null before the first training run. */
  current(): LoadedModel | null {
    return this.loaded;
  }

  /** Loads the newest ready model if it is not the one held; one load at a time. */
  refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const latest = await this.models.latestReady();
    if (!latest || latest._id === this.loaded?.version) return;
    const model = await this.models.load(latest._id);
    this.loaded = { version: latest._id, model, index: indexOfItems(model) };
    this.logger.log({ msg: 'recommender model loaded', version: latest._id, items: model.itemIds.length, trainedAt: latest.trainedAt.toISOString() });
  }
}
