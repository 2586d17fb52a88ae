import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, type LibraryList } from '@onstream/common';
import type { Redis } from 'ioredis';
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
/** Outlives the head it guards, so a fill never compares against a generation that expired meanwhile. */
const GENERATION_TTL_SECONDS = 2 * TTL_SECONDS;

type StoredItem = [id: string, titleId: string, addedAtMs: number];

/** Stores the head only if no write changed the list since the fill read the store (same generation). */
const FILL_IF_UNCHANGED = `
if (redis.call('GET', KEYS[2]) or '') == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0`;

/**
 * Read model of the library lists (issue 23, ADR 0035): the newest HEAD_SIZE entries of each
 * profile's watchlist and favorites in Redis, so the first pages are served without a store query.
 * Every write to a list drops its head (after the store write) and bumps the list's generation; a
 * head read from the store is kept only if the generation did not move meanwhile, so a fill racing
 * a write never keeps the older entries. Reads fall back to the store when Redis fails; writes fail
 * (503, the client retries the idempotent write) so that no head outlives a change it missed.
 */
@Injectable()
export class LibraryListHeads {
  private readonly logger = new Logger(LibraryListHeads.name);

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** The stored head, or undefined when there is none (or Redis cannot say). */
  async read(profileId: string, list: LibraryList): Promise<ListHead | undefined> {
    try {
      const stored = await this.redis.get(headKey(profileId, list));
      if (stored === null) return undefined;
      const parsed = JSON.parse(stored) as { items: StoredItem[]; complete: boolean };
      return { complete: parsed.complete, items: parsed.items.map(([id, titleId, at]) => ({ id, titleId, addedAt: new Date(at) })) };
    } catch (error) {
      this.logger.warn({ msg: 'library head not read; reading the store', err: String(error) });
      return undefined;
    }
  }

  /** Taken before the store is read for a fill. */
  async generation(profileId: string, list: LibraryList): Promise<string | undefined> {
    try {
      return (await this.redis.get(generationKey(profileId, list))) ?? '';
    } catch (error) {
      this.logger.warn({ msg: 'library head generation not read; not filling', err: String(error) });
      return undefined;
    }
  }

  /** Keeps the head read from the store, unless a write came in since `generation` was taken. */
  async fill(profileId: string, list: LibraryList, generation: string, head: ListHead): Promise<void> {
    const stored = JSON.stringify({ complete: head.complete, items: head.items.map((item): StoredItem => [item.id, item.titleId, item.addedAt.getTime()]) });
    try {
      await this.redis.eval(FILL_IF_UNCHANGED, 2, headKey(profileId, list), generationKey(profileId, list), generation, stored, TTL_SECONDS);
    } catch (error) {
      this.logger.warn({ msg: 'library head not stored', err: String(error) });
    }
  }

  /** After a write to the lists: their heads go, and fills that read the store before it are not kept. */
  async changed(profileId: string, lists: readonly LibraryList[]): Promise<void> {
    const pipeline = this.redis.multi();
    for (const list of lists) {
      pipeline.incr(generationKey(profileId, list)).expire(generationKey(profileId, list), GENERATION_TTL_SECONDS).unlink(headKey(profileId, list));
    }
    try {
      const results = await pipeline.exec();
      const failed = results?.find(([error]) => error !== null);
      if (!results || failed) throw failed?.[0] ?? new Error('transaction discarded');
    } catch (error) {
      this.logger.warn({ msg: 'library head not dropped after a write', err: String(error) });
      throw DomainError.unavailable('The library could not be updated completely; retry.');
    }
  }
}

const headKey = (profileId: string, list: LibraryList) => `users:library-head:${profileId}:${list}`;
const generationKey = (profileId: string, list: LibraryList) => `users:library-head-gen:${profileId}:${list}`;
