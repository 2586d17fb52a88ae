import { watchRedisConnection } from '@onstream/common';
import { Redis } from 'ioredis';
import type { CatalogConfig } from '../catalog.config.js';

/** The version a fill read before it read the source ('' when none was set). */
export type ProfileHashVersion = string;

const INVALIDATE = `
redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[1])
redis.call('DEL', KEYS[1])
return 1`;

/** A version only has to last from a filler's read to its write. */
export const VERSION_TTL_MS = 3_600_000;

/** The connection of the catalog's per-profile caches: a Redis that does not answer fails fast, and callers fall back. */
export function profileCacheRedis(config: CatalogConfig): Redis {
  return watchRedisConnection(new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 }), 'profile signals');
}

/**
 * One Redis hash per profile plus a version every write bumps, so that a fill which read its source
 * before a write cannot land after it (ADR 0018): the base of the rating signal cache and the
 * library read model. Entries expire RECOMMENDER_SIGNAL_CACHE_TTL_SECONDS after their fill.
 */
export abstract class VersionedProfileHash {
  protected readonly redis: Redis;
  protected readonly ttlMs: number;
  private readonly prefix: string;

  protected constructor(config: CatalogConfig, name: string) {
    this.redis = profileCacheRedis(config);
    this.prefix = `${config.MONGO_DB_PREFIX}catalog:${name}:`;
    this.ttlMs = config.RECOMMENDER_SIGNAL_CACHE_TTL_SECONDS * 1000;
  }

  /** Read before reading the source; hand it back to the fill. */
  async version(profileId: string): Promise<ProfileHashVersion> {
    return (await this.redis.get(this.versionKey(profileId))) ?? '';
  }

  /** Drops the profile's hash; the next read refills it. */
  async invalidate(profileId: string): Promise<void> {
    await this.redis.eval(INVALIDATE, 2, this.key(profileId), this.versionKey(profileId), String(VERSION_TTL_MS));
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  // One hash tag per profile: both keys land on one slot in a Redis Cluster, as a script needs.
  protected key(profileId: string): string {
    return `${this.prefix}{${profileId}}`;
  }

  /** The counter every write of the profile bumps; "for you"'s row cache compares it too (ForYouRowCache). */
  versionKey(profileId: string): string {
    return `${this.prefix}{${profileId}}:v`;
  }
}
