import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { JetStreamBus, OutboxService } from '@onstream/common';
import type { Connection } from 'mongoose';
import { EngagementConfig } from '../engagement.config.js';

/** Engagement's outbox relay: publishes the events stored in reactions and comments with their changes. */
@Injectable()
export class EngagementOutbox extends OutboxService<'reactions' | 'comments'> {
  constructor(@InjectConnection() connection: Connection, bus: JetStreamBus, @Inject(EngagementConfig) config: EngagementConfig) {
    super(connection, bus, ['reactions', 'comments'], config.ENGAGEMENT_OUTBOX_INTERVAL_MS);
  }
}
