import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  JetStreamBus, MEDIA_STREAM, MEDIA_VIDEO_STREAM, MediaEvents, MediaVideoDeleted, MediaVideoUpdated, type AssetReadyEvent, type ProcessedEvents, type VideoDeletedEvent, type VideoUpdatedEvent,
} from '@onstream/common';
import { DELETED_VIDEOS, OwnStreamsService } from './own-streams.service.js';

/** Durable consumers of media's ready, update and deletion events (at least once; the service is idempotent). */
@Injectable()
export class OwnStreamsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: JetStreamBus,
    private readonly streams: OwnStreamsService,
    @Inject(DELETED_VIDEOS) private readonly processed: ProcessedEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.consume<AssetReadyEvent>(
      { stream: MEDIA_STREAM.name, durable: 'catalog-assets-ready', types: [MediaEvents.AssetReady], processed: this.processed },
      (event) => this.streams.assetReady(event.data),
    );
    await this.bus.consume<VideoDeletedEvent>(
      { stream: MEDIA_VIDEO_STREAM.name, durable: 'catalog-videos-deleted', types: [MediaVideoDeleted], processed: this.processed },
      (event) => this.streams.videoDeleted(event.data),
    );
    await this.bus.consume<VideoUpdatedEvent>(
      { stream: MEDIA_VIDEO_STREAM.name, durable: 'catalog-videos-updated', types: [MediaVideoUpdated], processed: this.processed },
      (event) => this.streams.videoUpdated(event.data),
    );
  }
}
