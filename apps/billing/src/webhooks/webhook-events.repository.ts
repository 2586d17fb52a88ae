import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors.js';

interface WebhookEventDocument {
  _id: string;
  processedAt: Date;
}

/** Provider event ids whose effects were all applied; written last, so a half-done event is re-run. */
@Injectable()
export class WebhookEventsRepository {
  private readonly events;

  constructor(@InjectConnection() connection: Connection) {
    this.events = connection.collection<WebhookEventDocument>('webhook_events');
  }

  async isProcessed(provider: string, eventId: string): Promise<boolean> {
    return (await this.events.countDocuments({ _id: `${provider}:${eventId}` }, { limit: 1 })) > 0;
  }

  /** Concurrent deliveries of one event may both apply it (effects are idempotent); one row stays. */
  async markProcessed(provider: string, eventId: string, processedAt: Date): Promise<void> {
    try {
      await this.events.insertOne({ _id: `${provider}:${eventId}`, processedAt });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
}
