import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { AuthUser, ViewingPolicyResponse } from '@onstream/common';
import { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config.js';
import { REDIS } from '../redis/redis.module.js';
import { StoredPage } from './stored-page.js';

export type CachedReadKind = 'metadata' | 'search' | 'trending';

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
  /** Bumped by every clear: an answer read before a clear must not be stored after it. */
  private clears = 0;

  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: GatewayConfig,
    @Optional() @Inject(CATALOG_CACHE_NAMESPACE) namespace?: string,
  ) {
    this.prefix = `${namespace ?? DEFAULT_NAMESPACE}:`;
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
    try {
      const stored = await this.redis.getBuffer(this.prefix + key);
      return stored ? StoredPage.decode(stored) : undefined;
    } catch (error) {
      this.logger.warn({ msg: 'catalog cache read failed; answering uncached', err: String(error) });
      return undefined;
    }
  }

  /** Marks the moment a read starts; pass it to set() so an answer older than the last clear is not kept. */
  get generation(): number {
    return this.clears;
  }

  /**
   * Stores the answer unless the cache was cleared since `generation` (when the read began): a list
   * computed during an import and answered after the import's clear would otherwise stay stale.
   */
  async set(key: string, page: StoredPage, kind: CachedReadKind, generation = this.clears): Promise<void> {
    const ttl = this.ttlSeconds(kind);
    if (ttl === 0 || generation !== this.clears) return;
    try {
      await this.redis.set(this.prefix + key, page.encode(), 'EX', ttl);
    } catch (error) {
      this.logger.warn({ msg: 'catalog cache write failed', err: String(error) });
    }
  }

  /** Drops every cached catalog read (all gateway replicas share the Redis). */
  async clear(): Promise<void> {
    this.clears++;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', CLEAR_BATCH);
      if (keys.length > 0) await this.redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
}
