import type { BackfillKind } from '@onstream/common';

/** The catalog's BullMQ queue and its jobs. A job name without a handler stops the worker at start. */
export const CATALOG_QUEUE = 'catalog';

export const CatalogJobNames = {
  Backfill: 'backfill',
  TmdbRefresh: 'tmdb-refresh',
  RecommenderTraining: 'recommender-training',
} as const;
export type CatalogJobName = (typeof CatalogJobNames)[keyof typeof CatalogJobNames];

export interface CatalogJobData {
  [CatalogJobNames.Backfill]: { kind: BackfillKind };
  [CatalogJobNames.TmdbRefresh]: Record<string, never>;
  [CatalogJobNames.RecommenderTraining]: Record<string, never>;
}

/** What a running job reports as its BullMQ progress. */
export interface CatalogJobProgress {
  processed: number;
  total: number;
  failed: number;
}

export const NIGHTLY_REFRESH_SCHEDULER = 'tmdb-refresh-nightly';
export const RECOMMENDER_TRAINING_SCHEDULER = 'recommender-training-schedule';
