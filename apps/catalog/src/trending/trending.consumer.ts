import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ANALYTICS_STREAM, AnalyticsEvents, JetStreamBus, type EventEnvelope, type TrendingUpdatedEvent } from '@onstream/common';
import { TrendingSnapshotsRepository } from './trending-snapshots.repository.js';

/**
 * Durable consumer of `analytics.trending.updated`: stores the newest scores per window. Applying
 * an event is idempotent on its own (an older or equal `computedAt` changes nothing), so no
 * processed-events record is kept: a catch-up over days of snapshots costs one write each.
 */
@Injectable()
export class TrendingConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: JetStreamBus,
    private readonly snapshots: TrendingSnapshotsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.consume<TrendingUpdatedEvent>(
      {
        stream: ANALYTICS_STREAM.name,
        durable: 'catalog-trending',
        types: [AnalyticsEvents.TrendingUpdated],
      },
      (event) => this.apply(event),
    );
  }

  async apply(event: EventEnvelope<TrendingUpdatedEvent>): Promise<void> {
    const { window, computedAt, titles } = event.data;
    await this.snapshots.saveIfNewer(window, new Date(computedAt), titles.map(({ videoId, score, views, watchSec }) => ({ videoId, score, views, watchSec })));
  }
}
