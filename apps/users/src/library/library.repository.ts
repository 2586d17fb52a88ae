import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { LibraryLists, type LibraryList } from '@onstream/common';
import { LibraryItem, type LibraryItemDocument } from '@onstream/common/schemas/library-item.schema.js';
import { WatchProgress, type WatchProgressDocument } from '@onstream/common/schemas/watch-progress.schema.js';
import { Types, type Model } from 'mongoose';
import { upsertWithRetry } from '../infrastructure/upsert-race.js';
import { HEAD_SIZE, LibraryListHeads, type ListedItem, type ListHead } from './library-list-heads.js';

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

/** The head's entries strictly after the position, or undefined when the head cannot tell (the list goes on beyond it). */
export function pageOfHead(head: ListHead, after: ListPosition | null, limit: number): ListedItem[] | undefined {
  const start = after ? head.items.findIndex((item) => item.addedAt < after.at || (item.addedAt.getTime() === after.at.getTime() && item.id < after.id)) : 0;
  if (start === -1) return head.complete ? [] : undefined;
  const page = head.items.slice(start, start + limit);
  return page.length === limit || head.complete ? page : undefined;
}

const listed = (item: LibraryItemDocument): ListedItem => ({ id: item.id as string, titleId: item.titleId, addedAt: item.addedAt });

/**
 * Watchlist, favorites and watch progress of profiles. The lists' first pages come from their
 * read model in Redis (LibraryListHeads, ADR 0035), which every write to a list drops after the store write.
 */
@Injectable()
export class LibraryRepository {
  constructor(
    @InjectModel(LibraryItem.name) private readonly items: Model<LibraryItem>,
    @InjectModel(WatchProgress.name) private readonly progress: Model<WatchProgress>,
    private readonly heads: LibraryListHeads,
  ) {}

  /** Adds the title once; adding it again keeps the first date (unique index, upsert). */
  async add(entry: { profileId: string; userId: string; list: LibraryList; titleId: string; now: Date }): Promise<LibraryItemDocument> {
    const { now, ...key } = entry;
    const filter = { profileId: key.profileId, list: key.list, titleId: key.titleId };
    const item = await upsertWithRetry(() => this.items.findOneAndUpdate(filter, { $setOnInsert: { ...key, addedAt: now } }, { upsert: true, returnDocument: 'after' }).orFail().exec());
    await this.heads.changed(key.profileId, [key.list]);
    return item;
  }

  async remove(profileId: string, list: LibraryList, titleId: string): Promise<void> {
    await this.items.deleteOne({ profileId, list, titleId }).exec();
    await this.heads.changed(profileId, [list]);
  }

  /** Newest first, strictly after the position: from the list's head when it covers the page, else from the store. */
  async pageOfList(profileId: string, list: LibraryList, after: ListPosition | null, limit: number): Promise<ListedItem[]> {
    const head = await this.heads.read(profileId, list);
    const fromHead = head && pageOfHead(head, after, limit);
    if (fromHead) return fromHead;
    if (head || after || limit > HEAD_SIZE) return (await this.storedPage(profileId, list, after, limit)).map(listed);
    return (await this.fillHead(profileId, list)).items.slice(0, limit);
  }

  private storedPage(profileId: string, list: LibraryList, after: ListPosition | null, limit: number): Promise<LibraryItemDocument[]> {
    return this.items.find({ profileId, list, ...olderThan('addedAt', after) }).sort({ addedAt: -1, _id: -1 }).limit(limit).exec();
  }

  /** Reads the newest entries from the store and keeps them as the list's head. */
  private async fillHead(profileId: string, list: LibraryList): Promise<ListHead> {
    const generation = await this.heads.generation(profileId, list);
    const rows = await this.storedPage(profileId, list, null, HEAD_SIZE + 1);
    const head = { items: rows.slice(0, HEAD_SIZE).map(listed), complete: rows.length <= HEAD_SIZE };
    if (generation !== undefined) await this.heads.fill(profileId, list, generation, head);
    return head;
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
    await this.heads.changed(profileId, LibraryLists);
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
    const profileIds = (await this.items.distinct('profileId', { userId }).exec()).map(String);
    await this.items.deleteMany({ userId }).exec();
    for (const profileId of profileIds) await this.heads.changed(profileId, LibraryLists);
    await this.progress.deleteMany({ userId }).exec();
  }
}
