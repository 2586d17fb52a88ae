import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuthUser, ViewingPolicyResponse } from '@onstream/common';
import type { Cache } from 'cache-manager';
import { GatewayConfig } from '../gateway.config.js';

export type CachedReadKind = 'metadata' | 'search' | 'trending';

/**
 * Redis cache of public catalog reads (cache-manager over Keyv/@keyv/redis, namespace
 * `catalog-cache`). Keys hold the viewer's maturity audience, so a kid profile never gets an
 * adult's cached page. A failing Redis only costs the cache, never the read.
 */
@Injectable()
export class CatalogResponseCache {
  private readonly logger = new Logger(CatalogResponseCache.name);
  /** Bumped by every clear: an answer read before a clear must not be stored after it. */
  private clears = 0;

  constructor(
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
    private readonly config: GatewayConfig,
  ) {}

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

  async get<T>(key: string): Promise<T | undefined> {
    try {
      return await this.cache.get<T>(key);
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
  async set<T>(key: string, value: T, kind: CachedReadKind, generation = this.clears): Promise<void> {
    const ttl = this.ttlSeconds(kind);
    if (ttl === 0 || generation !== this.clears) return;
    try {
      await this.cache.set(key, value, ttl * 1000);
    } catch (error) {
      this.logger.warn({ msg: 'catalog cache write failed', err: String(error) });
    }
  }

  /** Drops every cached catalog read (all gateway replicas share the Redis). */
  async clear(): Promise<void> {
    this.clears++;
    await this.cache.clear();
  }
}
