import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { ErrorPayload } from '@onstream/common';
import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors.js';

export type StoredOutcome = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

/**
 * `pending`: a request is working on it until `leaseUntil` (wall clock); `done`: its final answer is
 * stored; `open`: the last attempt ended without a final answer (a 5xx, or a payment still pending),
 * so the next request with the same key and body runs the (idempotent) work again.
 */
export interface IdempotencyRecord {
  _id: string;
  requestHash: string;
  state: 'pending' | 'done' | 'open';
  outcome?: StoredOutcome;
  leaseUntil?: Date;
  createdAt: Date;
}

@Injectable()
export class IdempotencyRepository {
  private readonly records;

  constructor(@InjectConnection() connection: Connection) {
    this.records = connection.collection<IdempotencyRecord>('idempotency_keys');
  }

  /** Inserts a pending record; returns the existing one when the key is already taken. */
  async begin(id: string, requestHash: string, createdAt: Date, leaseUntil: Date): Promise<IdempotencyRecord | null> {
    try {
      await this.records.insertOne({ _id: id, requestHash, state: 'pending', leaseUntil, createdAt });
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

  /** Leaves the key to the next request with the same body: the attempt had no final answer. */
  async reopen(id: string): Promise<void> {
    await this.records.updateOne({ _id: id, state: 'pending' }, { $set: { state: 'open' }, $unset: { leaseUntil: '' } });
  }

  /**
   * Takes over an open key, or one whose holder's lease ran out (its process died), only if it is
   * still as the caller saw it. Two winners are possible on FerretDB; the work is idempotent.
   */
  async takeOver(seen: IdempotencyRecord, leaseUntil: Date): Promise<boolean> {
    const filter = seen.state === 'open' ? { _id: seen._id, state: 'open' as const } : { _id: seen._id, state: 'pending' as const, leaseUntil: seen.leaseUntil };
    return (await this.records.updateOne(filter, { $set: { state: 'pending', leaseUntil } })).modifiedCount === 1;
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
