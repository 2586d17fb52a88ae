import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ANALYTICS_STREAM, AnalyticsEvents, JetStreamBus, type EventEnvelope, type TrendingUpdatedEvent } from '@onstream/common';
import { TrendingBoard } from './trending-board.js';
import { TrendingSnapshotsRepository } from './trending-snapshots.repository.js';

/**
 * Durable consumer of `analytics.trending.updated`: stores the newest scores per window and puts
 * them on every replica's trending board. Applying
 * an event is idempotent on its own (an older or equal `computedAt` changes nothing), so no
 * processed-events record is kept: a catch-up over days of snapshots costs one write each.
 */
@Injectable()
export class TrendingConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: JetStreamBus,
    private readonly snapshots: TrendingSnapshotsRepository,
    private readonly board: TrendingBoard,
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
    const saved = await this.snapshots.saveIfNewer(window, new Date(computedAt), titles.map(({ videoId, score, views, watchSec }) => ({ videoId, score, views, watchSec })));
    // The feed reads the board, never the snapshot: every replica's board must follow.
    if (saved) await this.board.stored(window);
  }
}
