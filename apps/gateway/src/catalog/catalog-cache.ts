import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { MaturityLevels, type AuthUser } from '@onstream/common';
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

  constructor(
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
    private readonly config: GatewayConfig,
  ) {}

  keyOf(url: string, viewer: Pick<AuthUser, 'kidProfile' | 'maturityLimit'> | undefined): string {
    const audience = viewer ? `${viewer.kidProfile ? 'kid' : 'adult'}:${viewer.maturityLimit ?? 'none'}` : 'anonymous';
    return `${audience}:${url}`;
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

  async set<T>(key: string, value: T, kind: CachedReadKind): Promise<void> {
    const ttl = this.ttlSeconds(kind);
    if (ttl === 0) return;
    try {
      await this.cache.set(key, value, ttl * 1000);
    } catch (error) {
      this.logger.warn({ msg: 'catalog cache write failed', err: String(error) });
    }
  }

  /**
   * Drops one title page for every audience (a handful of keys), e.g. after a rating changed its
   * community average. Lists keep their cached copies until their TTL.
   */
  async forgetTitlePage(path: string): Promise<void> {
    const limits = [undefined, ...MaturityLevels];
    const audiences = [undefined, ...[false, true].flatMap((kidProfile) => limits.map((maturityLimit) => ({ kidProfile, maturityLimit })))];
    try {
      await this.cache.mdel(audiences.map((audience) => this.keyOf(path, audience)));
    } catch (error) {
      this.logger.warn({ msg: 'catalog cache delete failed', err: String(error) });
    }
  }

  /** Drops every cached catalog read (all gateway replicas share the Redis). */
  async clear(): Promise<void> {
    await this.cache.clear();
  }
}
