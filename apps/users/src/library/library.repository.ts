import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DomainError, ErrorCodes, isDuplicateKey, LibraryLists, outboxFields, withOutbox, type LibraryList, type OutboxEvent } from '@onstream/common';
import { LibraryItem, type LibraryItemDocument } from '@onstream/common/schemas/library-item.schema.js';
import { WatchProgress, type WatchProgressDocument } from '@onstream/common/schemas/watch-progress.schema.js';
import { Types, type Model, type mongo, type UpdateQuery } from 'mongoose';
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

/** Tries of a favourite's add before giving up on an entry that keeps changing under it. */
const WRITE_ATTEMPTS = 3;
/** History entries a clear marks removed per bulk write. */
const CLEAR_BATCH = 500;
/** Not removed: a favourite or history entry without a tombstone (a field that is absent matches null). */
const LIVE = { removedAt: null };

/**
 * A change's update with its event stored in the same single-document write. The event replaces the
 * entry's previous one: consumers keep the newest change per profile and title, so an older event not
 * yet published is superseded, and the array never grows.
 */
function withEvent<T>(update: UpdateQuery<T>, event: OutboxEvent): UpdateQuery<T> {
  return withOutbox(update as mongo.UpdateFilter<mongo.Document>, [event], []) as UpdateQuery<T>;
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
 * read model in Redis (LibraryListHeads, ADR 0035), which every write to a list drops after the store
 * write. Changes of favourites and history store their event in the same write (users' outbox, ADR
 * 0018); their removals are tombstones until it is published.
 */
@Injectable()
export class LibraryRepository {
  constructor(
    @InjectModel(LibraryItem.name) private readonly items: Model<LibraryItem>,
    @InjectModel(WatchProgress.name) private readonly progress: Model<WatchProgress>,
    private readonly heads: LibraryListHeads,
  ) {}

  /** Adds the title to the watchlist once; adding it again keeps the first date (unique index, upsert). */
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

  /**
   * Adds a favourite (or revives a removed one) with its event in the same write; adding it again
   * keeps the first date and stores the event again. `eventOf` gets the favourite's first date.
   */
  async addFavorite(entry: { profileId: string; userId: string; titleId: string; now: Date }, eventOf: (addedAt: Date) => OutboxEvent): Promise<LibraryItemDocument> {
    const key = { profileId: entry.profileId, list: 'favorites' as const, titleId: entry.titleId };
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.items.findOne(key).exec();
      if (!current) {
        try {
          const created = await this.items.create({ ...key, userId: entry.userId, addedAt: entry.now, ...outboxFields([eventOf(entry.now)]) });
          await this.heads.changed(key.profileId, ['favorites']);
          return created;
        } catch (error) {
          if (!isDuplicateKey(error) || attempt >= WRITE_ATTEMPTS) throw error;
          continue;
        }
      }
      const addedAt = current.removedAt ? entry.now : current.addedAt;
      // Pinned to the state read: a removal or revival since makes it match nothing, and it reads again.
      const update = withEvent<LibraryItem>({ $set: { addedAt, userId: entry.userId }, $unset: { removedAt: 1 } }, eventOf(addedAt));
      const written = await this.items.findOneAndUpdate({ _id: current._id, removedAt: current.removedAt ?? null }, update, { returnDocument: 'after' }).exec();
      if (written) {
        await this.heads.changed(key.profileId, ['favorites']);
        return written;
      }
      if (attempt >= WRITE_ATTEMPTS) throw new DomainError(ErrorCodes.Conflict, 409, 'This favourite changed while it was being added; try again.');
    }
  }

  /** Marks the favourite removed (a tombstone) with its event in the same write; false when it was not a favourite. */
  async removeFavorite(profileId: string, titleId: string, now: Date, event: OutboxEvent): Promise<boolean> {
    const result = await this.items.updateOne({ profileId, list: 'favorites', titleId, ...LIVE }, withEvent<LibraryItem>({ $set: { removedAt: now } }, event)).exec();
    await this.heads.changed(profileId, ['favorites']);
    return result.matchedCount > 0;
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
    return this.items.find({ profileId, list, ...LIVE, ...olderThan('addedAt', after) }).sort({ addedAt: -1, _id: -1 }).limit(limit).exec();
  }

  /** Reads the newest entries from the store and keeps them as the list's head. */
  private async fillHead(profileId: string, list: LibraryList): Promise<ListHead> {
    const generation = await this.heads.generation(profileId, list);
    const rows = await this.storedPage(profileId, list, null, HEAD_SIZE + 1);
    const head = { items: rows.slice(0, HEAD_SIZE).map(listed), complete: rows.length <= HEAD_SIZE };
    if (generation !== undefined) await this.heads.fill(profileId, list, generation, head);
    return head;
  }

  /** Writes the title's progress (reviving a removed entry) with its event in the same write. */
  recordProgress(update: ProgressUpdate, event: OutboxEvent): Promise<WatchProgressDocument> {
    const { profileId, titleId, ...rest } = update;
    const write = withEvent<WatchProgress>({ $set: rest, $setOnInsert: { profileId, titleId }, $unset: { removedAt: 1 } }, event);
    return upsertWithRetry(() => this.progress.findOneAndUpdate({ profileId, titleId }, write, { upsert: true, returnDocument: 'after' }).orFail().exec());
  }

  pageOfHistory(profileId: string, options: { unfinishedOnly: boolean }, after: ListPosition | null, limit: number): Promise<WatchProgressDocument[]> {
    const filter = { profileId, ...LIVE, ...(options.unfinishedOnly ? { finished: false } : {}), ...olderThan('watchedAt', after) };
    return this.progress.find(filter).sort({ watchedAt: -1, _id: -1 }).limit(limit).exec();
  }

  /** Marks the history entry removed (a tombstone) with its event in the same write; false when there was none. */
  async removeProgress(profileId: string, titleId: string, now: Date, event: OutboxEvent): Promise<boolean> {
    const result = await this.progress.updateOne({ profileId, titleId, ...LIVE }, withEvent<WatchProgress>({ $set: { removedAt: now } }, event)).exec();
    return result.matchedCount > 0;
  }

  /**
   * Marks every history entry of the profile removed, each with its own event in its own write (a
   * bulk of single-document updates: no multi-document transaction); returns how many.
   */
  async clearHistory(profileId: string, now: Date, eventOf: (titleId: string) => OutboxEvent): Promise<number> {
    let removed = 0;
    for (;;) {
      const batch = await this.progress.find({ profileId, ...LIVE }, { titleId: 1 }).limit(CLEAR_BATCH).lean().exec();
      if (batch.length === 0) return removed;
      const updates = batch.map((row) => ({ updateOne: { filter: { _id: row._id, ...LIVE }, update: withEvent<WatchProgress>({ $set: { removedAt: now } }, eventOf(row.titleId)) } }));
      const result = await this.progress.bulkWrite(updates, { ordered: false });
      removed += result.modifiedCount;
      // Short batch: that was the rest. Nothing matched: other writers are at it, stop rather than spin.
      if (batch.length < CLEAR_BATCH || result.matchedCount === 0) return removed;
    }
  }

  /** Deletes for good the tombstones whose events were stored before these times (so are published). */
  async purgeTombstones(publishedBefore: { items: Date; progress: Date }): Promise<number> {
    const items = await this.items.deleteMany({ removedAt: { $ne: null }, outboxAt: { $lt: publishedBefore.items } }).exec();
    const progress = await this.progress.deleteMany({ removedAt: { $ne: null }, outboxAt: { $lt: publishedBefore.progress } }).exec();
    return items.deletedCount + progress.deletedCount;
  }

  async deleteAllOfProfile(profileId: string): Promise<void> {
    await this.items.deleteMany({ profileId }).exec();
    await this.heads.changed(profileId, LibraryLists);
    await this.progress.deleteMany({ profileId }).exec();
  }

  /** Accounts with the title on any profile's list, in batches (each account once per batch). */
  async *accountsListing(titleId: string, list: LibraryList, batchSize: number): AsyncGenerator<string[]> {
    let batch = new Set<string>();
    for await (const item of this.items.find({ titleId, list, ...LIVE }, { userId: 1 }).sort({ _id: 1 }).lean().cursor()) {
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
