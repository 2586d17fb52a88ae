import { Injectable, Logger } from '@nestjs/common';
import { CatalogEvents, JetStreamBus, type EpisodeCreatedEvent } from '@onstream/common';
import type { StoredTitle } from './title.mapper.js';

/**
 * Publishes catalog.* events on JetStream with a deterministic event id (a repeat is stored once).
 * A failed publish is logged, not retried: the title itself is already saved.
 */
@Injectable()
export class CatalogEventsPublisher {
  private readonly logger = new Logger(CatalogEventsPublisher.name);

  constructor(private readonly bus: JetStreamBus) {}

  async episodeCreated(episode: StoredTitle, season: StoredTitle, series: StoredTitle): Promise<void> {
    const event: EpisodeCreatedEvent = {
      episodeId: episode._id.toHexString(),
      seasonId: season._id.toHexString(),
      seriesId: series._id.toHexString(),
      seriesName: series.title,
      episodeName: episode.title,
      seasonNumber: episode.seasonNumber ?? season.seasonNumber ?? null,
      episodeNumber: episode.episodeNumber ?? null,
      createdAt: episode.createdAt.toISOString(),
    };
    try {
      await this.bus.publish(CatalogEvents.EpisodeCreated, event, `${CatalogEvents.EpisodeCreated}:${event.episodeId}`);
    } catch (error) {
      this.logger.error({ msg: 'catalog event not published', type: CatalogEvents.EpisodeCreated, episodeId: event.episodeId, err: error instanceof Error ? error.message : String(error) });
    }
  }
}
