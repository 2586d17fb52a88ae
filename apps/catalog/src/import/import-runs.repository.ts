import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ImportRun } from '@onstream/common/schemas/import-run.schema.js';
import type { Model } from 'mongoose';

const DUPLICATE_KEY = 11000;

@Injectable()
export class ImportRunsRepository {
  constructor(@InjectModel(ImportRun.name) private readonly runs: Model<ImportRun>) {}

  async find(id: string): Promise<ImportRun | null> {
    return this.runs.findById(id).lean<ImportRun>().exec();
  }

  /**
   * Takes the run for `owner` unless it is done or another owner holds an unexpired lease.
   * Single-document atomic update (plus the unique _id on first insert), so two replicas never both win.
   */
  async claim(id: string, owner: string, now: Date, leaseMs: number): Promise<ImportRun | null> {
    try {
      return await this.runs
        .findOneAndUpdate(
          { _id: id, status: { $ne: 'done' }, $or: [{ owner }, { status: 'failed' }, { leaseUntil: { $lt: now } }] },
          { $set: { status: 'running', owner, leaseUntil: new Date(now.getTime() + leaseMs), error: null }, $setOnInsert: { processed: 0, total: 0, startedAt: now } },
          { upsert: true, returnDocument: 'after' },
        )
        .lean<ImportRun>()
        .exec();
    } catch (error) {
      // The filter missed because the run is done or leased, and the upsert hit the existing _id.
      if ((error as { code?: number }).code === DUPLICATE_KEY) return null;
      throw error;
    }
  }

  /** Records a checkpoint and renews the lease; false when another owner has taken the run over. */
  async checkpoint(id: string, owner: string, processed: number, total: number, leaseUntil: Date): Promise<boolean> {
    const result = await this.runs.updateOne({ _id: id, owner, status: 'running' }, { $set: { processed, total, leaseUntil } }).exec();
    return result.matchedCount === 1;
  }

  async finish(id: string, owner: string, finishedAt: Date, durationMs: number): Promise<void> {
    await this.runs.updateOne({ _id: id, owner }, { $set: { status: 'done', finishedAt, durationMs } }).exec();
  }

  async fail(id: string, owner: string, error: string): Promise<void> {
    await this.runs.updateOne({ _id: id, owner }, { $set: { status: 'failed', error } }).exec();
  }
}
