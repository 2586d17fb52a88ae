import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { JetStreamBus, OutboxService } from '@onstream/common';
import type { Connection } from 'mongoose';
import { MediaConfig } from '../media.config.js';

/** Media's outbox relay: publishes the media.* events stored in video documents with their changes. */
@Injectable()
export class MediaOutbox extends OutboxService<'videos'> {
  constructor(@InjectConnection() connection: Connection, bus: JetStreamBus, @Inject(MediaConfig) config: MediaConfig) {
    super(connection, bus, ['videos'], config.MEDIA_OUTBOX_INTERVAL_MS);
  }
}
