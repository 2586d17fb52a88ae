import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors.js';

interface WebhookEventDocument {
  _id: string;
  receivedAt: Date;
}

/** Provider event ids already taken in: the unique `_id` makes "process once" hold under races. */
@Injectable()
export class WebhookEventsRepository {
  private readonly events;

  constructor(@InjectConnection() connection: Connection) {
    this.events = connection.collection<WebhookEventDocument>('webhook_events');
  }

  /** True for the first delivery of this event id, false for every repeat. */
  async remember(provider: string, eventId: string, receivedAt: Date): Promise<boolean> {
    try {
      await this.events.insertOne({ _id: `${provider}:${eventId}`, receivedAt });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /** Processing failed: forget the id so the provider's retry is processed. */
  async forget(provider: string, eventId: string): Promise<void> {
    await this.events.deleteOne({ _id: `${provider}:${eventId}` });
  }
}
