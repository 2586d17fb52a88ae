import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ANALYTICS_STREAM, AnalyticsEvents, JetStreamBus, type PlaybackBatch } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';
import { AggregationService } from './aggregation.service.js';

export const AGGREGATION_CONSUMER = 'analytics-aggregation';

/** The durable consumer of playback batches; replicas with the same durable name share the work. */
@Injectable()
export class AggregationConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: JetStreamBus,
    private readonly aggregation: AggregationService,
    private readonly config: AnalyticsConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // No ProcessedEvents here: applying a batch is idempotent by itself, and a per-batch marker
    // written after the handler would not close the crash window anyway.
    await this.bus.consumeInGroups<PlaybackBatch>(
      { stream: ANALYTICS_STREAM.name, durable: AGGREGATION_CONSUMER, types: [AnalyticsEvents.PlaybackBatch], maxGroup: this.config.AGGREGATION_GROUP_SIZE, concurrency: this.config.AGGREGATION_CONCURRENCY },
      (events) => this.aggregation.applyAll(events.map((event) => event.data)),
    );
  }
}
