import type { Connection } from 'mongoose';
import type { ProcessedEvents } from '../jetstream/event-envelope.js';

const DUPLICATE_KEY = 11000;

/**
 * ProcessedEvents in the consuming service's own Mongo database. The unique index makes
 * `remember` safe under concurrent redeliveries. FerretDB 1.24 has no TTL indexes, so old rows
 * are removed by `forgetOlderThan`, called from a scheduled job.
 */
export class MongoProcessedEvents implements ProcessedEvents {
  private readonly collection;
  private indexes: Promise<unknown> | undefined;

  constructor(connection: Connection, collectionName = 'processed_events') {
    this.collection = connection.collection<{ consumer: string; eventId: string; at: Date }>(collectionName);
  }

  private ensureIndexes(): Promise<unknown> {
    this.indexes ??= Promise.all([this.collection.createIndex({ consumer: 1, eventId: 1 }, { unique: true }), this.collection.createIndex({ at: 1 })]);
    return this.indexes;
  }

  async has(consumer: string, eventId: string): Promise<boolean> {
    await this.ensureIndexes();
    return (await this.collection.countDocuments({ consumer, eventId }, { limit: 1 })) > 0;
  }

  async remember(consumer: string, eventId: string): Promise<void> {
    await this.ensureIndexes();
    try {
      await this.collection.insertOne({ consumer, eventId, at: new Date() });
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    }
  }

  /** Past JetStream's redelivery horizon a row can no longer prevent a duplicate. */
  async forgetOlderThan(cutoff: Date): Promise<number> {
    const { deletedCount } = await this.collection.deleteMany({ at: { $lt: cutoff } });
    return deletedCount;
  }
}
