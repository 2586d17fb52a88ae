import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { AuthUser, ViewingPolicyResponse } from '@onstream/common';
import { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config.js';
import { REDIS } from '../redis/redis.module.js';
import { StoredPage } from './stored-page.js';

export type CachedReadKind = 'metadata' | 'search' | 'trending';

/**
 * Which title writes drop a cached page (ADR 0035): `any-title` for lists, feeds and search (an edit
 * can move any title in or out of them), `shown-titles` for a title's own page, dropped only by a
 * write to a title it shows (itself, its parent, children and similar titles).
 */
export type PageInvalidation = 'any-title' | 'shown-titles';

/** Tag of the pages a write of this title drops. */
export const titleTag = (titleId: string) => `title:${titleId}`;
export const ANY_TITLE_TAG = 'any-title';

/** Stores a page unless an invalidation happened since its read began (the epoch moved), and files it under its tags. */
const SET_IF_EPOCH = `
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[1] then return 0 end
local ttl = tonumber(ARGV[3])
redis.call('SET', KEYS[1], ARGV[2], 'EX', ttl)
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[1])
  if redis.call('TTL', KEYS[i]) < ttl then redis.call('EXPIRE', KEYS[i], ttl) end
end
return 1`;

/** Moves the epoch (reads in flight are not stored) and drops the pages filed under each tag, with the tags. */
const DROP_TAGGED = `
redis.call('INCR', KEYS[1])
local dropped = 0
for i = 2, #KEYS do
  local pages = redis.call('SMEMBERS', KEYS[i])
  for first = 1, #pages, 500 do
    redis.call('UNLINK', unpack(pages, first, math.min(first + 499, #pages)))
  end
  dropped = dropped + #pages
  redis.call('UNLINK', KEYS[i])
end
return dropped`;

/** Prefix of the cache's Redis keys; a test gives its own so that its clear() touches nothing else. */
export const CATALOG_CACHE_NAMESPACE = Symbol('CATALOG_CACHE_NAMESPACE');
const DEFAULT_NAMESPACE = 'catalog-pages';
const CLEAR_BATCH = 500;

/**
 * Redis cache of public catalog reads, kept as the bytes that are sent (StoredPage), under
 * `catalog-pages:<key>`. Keys hold the viewer's maturity audience, so a kid profile never gets an
 * adult's cached page. A failing Redis only costs the cache, never the read.
 */
@Injectable()
export class CatalogResponseCache {
  private readonly logger = new Logger(CatalogResponseCache.name);
  private readonly prefix: string;
  /** Bumped by every invalidation (every replica shares it): an answer read before one must not be stored after it. */
  private readonly epochKey: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: GatewayConfig,
    @Optional() @Inject(CATALOG_CACHE_NAMESPACE) namespace?: string,
  ) {
    this.prefix = `${namespace ?? DEFAULT_NAMESPACE}:`;
    // Outside the prefix, so that clear() does not reset it.
    this.epochKey = `${namespace ?? DEFAULT_NAMESPACE}-epoch`;
  }

  /**
   * Kid profiles and devices are keyed by their viewing policy's version (a hash of limit, mode,
   * rules and denied tags): a parent's change gives new keys at once, so an entry filtered under
   * an older policy is never served.
   */
  keyOf(url: string, viewer: AuthUser | undefined, policy?: ViewingPolicyResponse): string {
    if (viewer && policy) return `policy:${viewer.tokenType}:${policy.version}:${url}`;
    const audience = viewer ? `${viewer.kidProfile ? 'kid' : 'adult'}:${viewer.maturityLimit ?? 'none'}` : 'anonymous';
    return `${audience}:${url}`;
  }

  get httpMaxAgeSeconds(): number {
    return this.config.CATALOG_HTTP_MAX_AGE_SECONDS;
  }

  ttlSeconds(kind: CachedReadKind): number {
    if (kind === 'trending') return this.config.TRENDING_CACHE_TTL_SECONDS;
    return kind === 'search' ? this.config.SEARCH_CACHE_TTL_SECONDS : this.config.CATALOG_CACHE_TTL_SECONDS;
  }

  async get(key: string): Promise<StoredPage | undefined> {
    return (await this.lookup(key)).page;
  }

  /**
   * The stored page, and the epoch with it (one round trip): on a miss, pass the epoch to set(), so
   * that an answer read before an invalidation is not kept. No epoch when Redis cannot say: nothing is stored then.
   */
  async lookup(key: string): Promise<{ page?: StoredPage; epoch?: string }> {
    try {
      const [stored, epoch] = await this.redis.mgetBuffer(this.prefix + key, this.epochKey);
      return { page: stored ? StoredPage.decode(stored) : undefined, epoch: epoch?.toString() ?? '0' };
    } catch (error) {
      this.logger.warn({ msg: 'catalog cache read failed; answering uncached', err: String(error) });
      return {};
    }
  }

  /**
   * Stores the answer under its tags unless an invalidation came since `epoch` (when the read
   * began): a page computed before an edit or an import and answered after it would otherwise stay stale.
   */
  async set(key: string, page: StoredPage, kind: CachedReadKind, epoch: string | undefined, tags: readonly string[]): Promise<void> {
    const ttl = this.ttlSeconds(kind);
    if (ttl === 0 || epoch === undefined) return;
    try {
      await this.redis.eval(SET_IF_EPOCH, 2 + tags.length, this.prefix + key, this.epochKey, ...tags.map((tag) => this.tagKey(tag)), epoch, page.encode(), ttl);
    } catch (error) {
      this.logger.warn({ msg: 'catalog cache write failed', err: String(error) });
    }
  }

  /**
   * After a write of these titles: drops the pages that show them (all audiences and variants) and
   * every list, feed and search page, on all replicas; other titles' pages stay.
   */
  async dropTitles(titleIds: readonly string[]): Promise<void> {
    await this.dropTagged([ANY_TITLE_TAG, ...new Set(titleIds.map(titleTag))]);
  }

  /** Drops the list, feed and search pages only (e.g. genre counts changed). */
  async dropLists(): Promise<void> {
    await this.dropTagged([ANY_TITLE_TAG]);
  }

  private async dropTagged(tags: readonly string[]): Promise<void> {
    await this.redis.eval(DROP_TAGGED, 1 + tags.length, this.epochKey, ...tags.map((tag) => this.tagKey(tag)));
  }

  /** Tag sets live under the prefix (clear() drops them too); page keys never start with `~`. */
  private tagKey(tag: string): string {
    return `${this.prefix}~tag:${tag}`;
  }

  /** Drops every cached catalog read (all gateway replicas share the Redis). */
  async clear(): Promise<void> {
    await this.redis.incr(this.epochKey);
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', CLEAR_BATCH);
      if (keys.length > 0) await this.redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
}
