import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JetStreamBus, MEDIA_VIDEO_STREAM, MediaVideoCreated, type MediaVideoCreatedEvent } from '@onstream/common';
import { VideoOwnerCache } from './video-owner-cache.js';
import { VideoOwnersRepository } from './video-owners.repository.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Keeps the videoId → creatorId record from media's events (an upsert: redeliveries are harmless). */
@Injectable()
export class VideoOwnersConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(VideoOwnersConsumer.name);

  constructor(
    private readonly bus: JetStreamBus,
    private readonly owners: VideoOwnersRepository,
    private readonly cache: VideoOwnerCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.consume<MediaVideoCreatedEvent>({ stream: MEDIA_VIDEO_STREAM.name, durable: 'analytics-video-owners', types: [MediaVideoCreated] }, async (event) => {
      const { videoId, creatorId } = event.data;
      if (!ID.test(String(videoId)) || !ID.test(String(creatorId))) {
        this.logger.warn({ msg: 'ignoring media.video.created without usable ids', eventId: event.id });
        return;
      }
      await this.owners.record(videoId, creatorId);
      this.cache.forget(videoId);
    });
  }
}
