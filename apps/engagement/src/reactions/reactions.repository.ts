import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { isDuplicateKey, type ReactionCounts, type ReactionValue } from '@onstream/common';
import type { Connection } from 'mongoose';

interface ReactionRecord {
  /** `<targetKey>|<actorKey>`: one reaction per profile (or account) and target. */
  _id: string;
  targetKey: string;
  value: ReactionValue;
  userId: string;
  profileId: string | null;
  at: Date;
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

  async find(targetKey: string, actorKey: string): Promise<ReactionValue | null> {
    return (await this.reactions.findOne({ _id: `${targetKey}|${actorKey}` }))?.value ?? null;
  }

  /** Sets the reactor's reaction; returns what it was before (null: none). */
  async set(targetKey: string, reactor: Reactor, value: ReactionValue, at: Date): Promise<ReactionValue | null> {
    const _id = `${targetKey}|${reactor.actorKey}`;
    const previous = await this.find(targetKey, reactor.actorKey);
    if (previous === value) return previous;
    if (previous === null) {
      try {
        await this.reactions.insertOne({ _id, targetKey, value, userId: reactor.userId, profileId: reactor.profileId, at });
        return null;
      } catch (error) {
        // The same reactor's other request got there first: fall through to an update.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    await this.reactions.updateOne({ _id }, { $set: { value, at } });
    return previous;
  }

  /** Removes the reactor's reaction; returns what it was (null: there was none). */
  async clear(targetKey: string, actorKey: string): Promise<ReactionValue | null> {
    return (await this.reactions.findOneAndDelete({ _id: `${targetKey}|${actorKey}` }))?.value ?? null;
  }

  async counts(targetKeys: string[]): Promise<Map<string, ReactionCounts>> {
    const rows = await this.reactions
      .aggregate<{ _id: { targetKey: string; value: ReactionValue }; n: number }>([
        { $match: { targetKey: { $in: targetKeys } } },
        { $group: { _id: { targetKey: '$targetKey', value: '$value' }, n: { $sum: 1 } } },
      ])
      .toArray();
    const counts = new Map<string, ReactionCounts>(targetKeys.map((key) => [key, { likes: 0, dislikes: 0 }]));
    for (const row of rows) {
      const entry = counts.get(row._id.targetKey);
      if (entry && row._id.value === 'like') entry.likes = row.n;
      if (entry && row._id.value === 'dislike') entry.dislikes = row.n;
    }
    return counts;
  }
}
