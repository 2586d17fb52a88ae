import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { ErrorPayload } from '@onstream/common';
import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors.js';

export type StoredOutcome = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

export interface IdempotencyRecord {
  _id: string;
  requestHash: string;
  state: 'pending' | 'done';
  outcome?: StoredOutcome;
  createdAt: Date;
}

@Injectable()
export class IdempotencyRepository {
  private readonly records;

  constructor(@InjectConnection() connection: Connection) {
    this.records = connection.collection<IdempotencyRecord>('idempotency_keys');
  }

  /** Inserts a pending record; returns the existing one when the key is already taken. */
  async begin(id: string, requestHash: string, createdAt: Date): Promise<IdempotencyRecord | null> {
    try {
      await this.records.insertOne({ _id: id, requestHash, state: 'pending', createdAt });
      return null;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    return this.find(id);
  }

  find(id: string): Promise<IdempotencyRecord | null> {
    return this.records.findOne({ _id: id });
  }

  async complete(id: string, outcome: StoredOutcome): Promise<void> {
    await this.records.updateOne({ _id: id, state: 'pending' }, { $set: { state: 'done', outcome } });
  }

  /** Frees a key whose first attempt failed for a reason worth retrying (5xx). */
  async abandon(id: string): Promise<void> {
    await this.records.deleteOne({ _id: id, state: 'pending' });
  }

  /** Removes an expired record, only if it is still the one the caller saw. */
  async removeExpired(id: string, createdAt: Date): Promise<void> {
    await this.records.deleteOne({ _id: id, createdAt });
  }

  /** Tidying only: expiry is decided in code. */
  async pruneOlderThan(cutoff: Date): Promise<number> {
    return (await this.records.deleteMany({ createdAt: { $lt: cutoff } })).deletedCount;
  }
}
