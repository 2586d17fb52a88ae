import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { isDuplicateKey, outboxFields, outboxPinned, withOutbox, type OutboxEvent, type ReactionCounts, type ReactionValue } from '@onstream/common';
import type { Connection } from 'mongoose';

export interface ReactionRecord {
  /** `<targetKey>|<actorKey>`: one reaction per profile (or account) and target. */
  _id: string;
  targetKey: string;
  /** null: taken back (the document stays to carry the event of taking it back). */
  value: ReactionValue | null;
  userId: string;
  profileId: string | null;
  at: Date;
  /** Events of the last changes, published by EngagementOutbox. */
  outbox?: OutboxEvent[];
  outboxAt?: Date;
}

export interface Reactor {
  actorKey: string;
  userId: string;
  profileId: string | null;
}

/**
 * Likes and dislikes of videos and titles. Counts are counted from these documents (never
 * incremented: FerretDB 1.24 loses concurrent `$inc`s), so they are exact whatever runs at once.
 */
@Injectable()
export class ReactionsRepository implements OnModuleInit {
  private readonly reactions;

  constructor(@InjectConnection() connection: Connection) {
    this.reactions = connection.collection<ReactionRecord>('reactions');
  }

  async onModuleInit(): Promise<void> {
    await this.reactions.createIndex({ targetKey: 1, value: 1 });
  }

  find(targetKey: string, actorKey: string): Promise<ReactionRecord | null> {
    return this.reactions.findOne({ _id: `${targetKey}|${actorKey}` });
  }

  /** The reactor's first reaction to the target, with its events; false when one exists already. */
  async insert(targetKey: string, reactor: Reactor, value: ReactionValue, at: Date, events: OutboxEvent[]): Promise<boolean> {
    try {
      const { userId, profileId } = reactor;
      await this.reactions.insertOne({ _id: `${targetKey}|${reactor.actorKey}`, targetKey, value, userId, profileId, at, ...outboxFields(events) });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /**
   * Changes (or takes back, `null`) a reaction with its events, keeping the outbox entries `keep`:
   * only if it is still as `read` (value and outbox), else false and nothing is written.
   */
  async change(read: ReactionRecord, value: ReactionValue | null, at: Date, events: OutboxEvent[], keep: OutboxEvent[]): Promise<boolean> {
    const result = await this.reactions.updateOne({ _id: read._id, value: read.value, ...outboxPinned(read) }, withOutbox<ReactionRecord>({ $set: { value, at } }, events, keep));
    return result.matchedCount === 1;
  }

  /** Likes and dislikes of one target (an equality match: FerretDB 1.24 would scan the whole collection for a `$in`). */
  async countsOf(targetKey: string): Promise<ReactionCounts> {
    const rows = await this.reactions.aggregate<{ _id: ReactionValue | null; n: number }>([{ $match: { targetKey } }, { $group: { _id: '$value', n: { $sum: 1 } } }]).toArray();
    const count = (value: ReactionValue) => rows.find((row) => row._id === value)?.n ?? 0;
    return { likes: count('like'), dislikes: count('dislike') };
  }
}
