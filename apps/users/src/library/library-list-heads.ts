import { Inject, Injectable } from '@nestjs/common';
import type { LibraryList } from '@onstream/common';
import type { Redis } from 'ioredis';
import { GuardedEntries } from '../infrastructure/guarded-entries.js';
import { REDIS } from '../infrastructure/redis.providers.js';

/** One entry of a list as the read model keeps it. */
export interface ListedItem {
  id: string;
  titleId: string;
  addedAt: Date;
}

/** The newest entries of one list; `complete` when they are the whole list. */
export interface ListHead {
  items: ListedItem[];
  complete: boolean;
}

/** Entries kept per list: the first pages of any list, and the whole of most. */
export const HEAD_SIZE = 200;
const TTL_SECONDS = 3600;

type StoredItem = [id: string, titleId: string, addedAtMs: number];

/**
 * Read model of the library lists (issue 23, ADR 0035): the newest HEAD_SIZE entries of each
 * profile's watchlist and favorites in Redis, so the first pages are served without a store query.
 * Every write to a list drops its head after the store write, guarded as GuardedEntries describes:
 * a fill racing a write never keeps the older entries, and a write whose head cannot be dropped
 * fails (503, the client retries the idempotent write).
 */
@Injectable()
export class LibraryListHeads {
  private readonly entries: GuardedEntries;

  constructor(@Inject(REDIS) redis: Redis) {
    this.entries = new GuardedEntries(redis, 'users:library-head', TTL_SECONDS);
  }

  /** The stored head, or undefined when there is none (or Redis cannot say). */
  async read(profileId: string, list: LibraryList): Promise<ListHead | undefined> {
    const stored = await this.entries.read(entryId(profileId, list));
    if (stored === undefined) return undefined;
    const parsed = JSON.parse(stored) as { items: StoredItem[]; complete: boolean };
    return { complete: parsed.complete, items: parsed.items.map(([id, titleId, at]) => ({ id, titleId, addedAt: new Date(at) })) };
  }

  /** Taken before the store is read for a fill. */
  generation(profileId: string, list: LibraryList): Promise<string | undefined> {
    return this.entries.generation(entryId(profileId, list));
  }

  /** Keeps the head read from the store, unless a write came in since `generation` was taken. */
  fill(profileId: string, list: LibraryList, generation: string, head: ListHead): Promise<void> {
    const stored = JSON.stringify({ complete: head.complete, items: head.items.map((item): StoredItem => [item.id, item.titleId, item.addedAt.getTime()]) });
    return this.entries.fill(entryId(profileId, list), generation, stored);
  }

  /** After a write to the lists: their heads go, and fills that read the store before it are not kept. */
  changed(profileId: string, lists: readonly LibraryList[]): Promise<void> {
    return this.entries.changed(lists.map((list) => entryId(profileId, list)));
  }
}

const entryId = (profileId: string, list: LibraryList) => `${profileId}:${list}`;
