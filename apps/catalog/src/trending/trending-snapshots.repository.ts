import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TrendingSnapshot, type TrendingScore } from '@onstream/common/schemas/trending-snapshot.schema.js';
import type { Model } from 'mongoose';

const DUPLICATE_KEY = 11000;

export interface StoredSnapshot {
  _id: string;
  computedAt: Date;
  entries: TrendingScore[];
}

@Injectable()
export class TrendingSnapshotsRepository {
  constructor(@InjectModel(TrendingSnapshot.name) private readonly snapshots: Model<TrendingSnapshot>) {}

  /**
   * Keeps the snapshot unless a newer one is stored: a late or redelivered event never replaces
   * fresher scores. Insert-first makes the first snapshot of a window a unique-key decision.
   */
  async saveIfNewer(window: string, computedAt: Date, entries: TrendingScore[]): Promise<boolean> {
    try {
      await this.snapshots.create({ _id: window, computedAt, entries });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    }
    const result = await this.snapshots.updateOne({ _id: window, computedAt: { $lt: computedAt } }, { $set: { computedAt, entries } }).exec();
    return result.modifiedCount > 0;
  }

  async find(window: string): Promise<StoredSnapshot | null> {
    return this.snapshots.findById(window).lean<StoredSnapshot>().exec();
  }
}
