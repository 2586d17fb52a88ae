import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AnalyticsEvents, JetStreamBus, runPeriodically } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';
import { BucketRepository } from '../aggregation/bucket.repository.js';
import { trendingEvent, trendingScores, TrendingWindows, type TrendingWindow } from './trending-score.js';

/** Recomputes trending on a timer and publishes `analytics.trending.updated` per window for catalog. */
@Injectable()
export class TrendingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TrendingService.name);
  private stopTimer: () => void = () => undefined;
  lastComputedAt: Date | undefined;

  constructor(
    private readonly config: AnalyticsConfig,
    private readonly buckets: BucketRepository,
    private readonly bus: JetStreamBus,
  ) {}

  onApplicationBootstrap(): void {
    this.stopTimer = runPeriodically(this.config.TRENDING_INTERVAL_MS, () => this.publish(), this.logger, { msg: 'trending update failed' });
  }

  onApplicationShutdown(): void {
    this.stopTimer();
  }

  async publish(now = new Date()): Promise<void> {
    const parts = await this.buckets.videoPartsSince(new Date(now.getTime() - TrendingWindows['7d'].spanMs - 3600_000));
    for (const window of Object.keys(TrendingWindows) as TrendingWindow[]) {
      const event = trendingEvent(window, trendingScores(parts, window, now), now);
      // One id per window and instant: a replica publishing the same computation is stored once.
      await this.bus.publish(AnalyticsEvents.TrendingUpdated, event, `trending-${window}-${event.computedAt}`);
    }
    this.lastComputedAt = now;
  }
}
