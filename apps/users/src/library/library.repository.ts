import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { LibraryList } from '@onstream/common';
import { LibraryItem, type LibraryItemDocument } from '@onstream/common/schemas/library-item.schema.js';
import { WatchProgress, type WatchProgressDocument } from '@onstream/common/schemas/watch-progress.schema.js';
import { Types, type Model } from 'mongoose';
import { upsertWithRetry } from '../infrastructure/upsert-race.js';

/** A position in a newest-first listing: strictly older than (at, id). */
export interface ListPosition {
  at: Date;
  id: string;
}

export interface ProgressUpdate {
  profileId: string;
  userId: string;
  titleId: string;
  positionSeconds: number;
  durationSeconds: number;
  finished: boolean;
  watchedAt: Date;
}

export function olderThan(field: string, position: ListPosition | null): Record<string, unknown> {
  if (!position) return {};
  const id = new Types.ObjectId(position.id);
  return { $or: [{ [field]: { $lt: position.at } }, { [field]: position.at, _id: { $lt: id } }] };
}

/** Watchlist, favorites and watch progress of profiles. */
@Injectable()
export class LibraryRepository {
  constructor(
    @InjectModel(LibraryItem.name) private readonly items: Model<LibraryItem>,
    @InjectModel(WatchProgress.name) private readonly progress: Model<WatchProgress>,
  ) {}

  /** Adds the title once; adding it again keeps the first date (unique index, upsert). */
  async add(entry: { profileId: string; userId: string; list: LibraryList; titleId: string; now: Date }): Promise<LibraryItemDocument> {
    const { now, ...key } = entry;
    const filter = { profileId: key.profileId, list: key.list, titleId: key.titleId };
    return upsertWithRetry(() => this.items.findOneAndUpdate(filter, { $setOnInsert: { ...key, addedAt: now } }, { upsert: true, returnDocument: 'after' }).orFail().exec());
  }

  async remove(profileId: string, list: LibraryList, titleId: string): Promise<void> {
    await this.items.deleteOne({ profileId, list, titleId }).exec();
  }

  pageOfList(profileId: string, list: LibraryList, after: ListPosition | null, limit: number): Promise<LibraryItemDocument[]> {
    return this.items.find({ profileId, list, ...olderThan('addedAt', after) }).sort({ addedAt: -1, _id: -1 }).limit(limit).exec();
  }

  recordProgress(update: ProgressUpdate): Promise<WatchProgressDocument> {
    const { profileId, titleId, ...rest } = update;
    return upsertWithRetry(() => this.progress.findOneAndUpdate({ profileId, titleId }, { $set: rest, $setOnInsert: { profileId, titleId } }, { upsert: true, returnDocument: 'after' }).orFail().exec());
  }

  pageOfHistory(profileId: string, options: { unfinishedOnly: boolean }, after: ListPosition | null, limit: number): Promise<WatchProgressDocument[]> {
    const filter = { profileId, ...(options.unfinishedOnly ? { finished: false } : {}), ...olderThan('watchedAt', after) };
    return this.progress.find(filter).sort({ watchedAt: -1, _id: -1 }).limit(limit).exec();
  }

  async removeProgress(profileId: string, titleId: string): Promise<void> {
    await this.progress.deleteOne({ profileId, titleId }).exec();
  }

  async clearHistory(profileId: string): Promise<void> {
    await this.progress.deleteMany({ profileId }).exec();
  }

  async deleteAllOfProfile(profileId: string): Promise<void> {
    await this.items.deleteMany({ profileId }).exec();
    await this.progress.deleteMany({ profileId }).exec();
  }

  /** Accounts with the title on any profile's list, in batches (each account once per batch). */
  async *accountsListing(titleId: string, list: LibraryList, batchSize: number): AsyncGenerator<string[]> {
    let batch = new Set<string>();
    for await (const item of this.items.find({ titleId, list }, { userId: 1 }).sort({ _id: 1 }).lean().cursor()) {
      batch.add(item.userId);
      if (batch.size >= batchSize) {
        yield [...batch];
        batch = new Set();
      }
    }
    if (batch.size > 0) yield [...batch];
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.items.deleteMany({ userId }).exec();
    await this.progress.deleteMany({ userId }).exec();
  }
}
