import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CatalogConfig } from '../catalog.config.js';
import { VERSION_TTL_MS, VersionedProfileHash, type ProfileHashVersion } from './versioned-profile-hash.js';

/** One of a profile's ratings as "for you" reads it. */
export interface CachedRating {
  titleId: string;
  stars: number;
  ratedAt: Date;
}

/** The version a fill read before it read the store ('' when none was set). */
export type SignalVersion = ProfileHashVersion;

/** Marks a filled hash, so a profile with no ratings is cached too (title ids are ObjectIds: no clash). */
const FILLED = '_';

/**
 * Every write bumps the profile's version; a rating is merged into a filled hash only if it is not
 * older than the one held (two writes of one title may reach Redis out of order).
 */
const RECORD = `
redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
if redis.call('EXISTS', KEYS[1]) == 1 then
  local held = redis.call('HGET', KEYS[1], ARGV[1])
  if not held or tonumber(string.match(held, ':(%d+)$')) <= tonumber(ARGV[3]) then
    redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ':' .. ARGV[3])
  end
end
return 1`;

/**
 * A fill lands only if no write bumped the version since the filler read it (and no other fill
 * landed first): a write racing the store read cannot leave the cache without it.
 */
const FILL = `
local version = redis.call('GET', KEYS[2]) or ''
if version ~= ARGV[1] or redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], '${FILLED}', '')
for i = 3, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

/**
 * Each profile's own ratings in Redis (one hash per profile: title → stars and when), so "for you"
 * reads its signals without a store query (ADR 0018). Filled from the store on a miss, kept current
 * by the rating writes, dropped on a removal; a version per profile keeps a fill that raced a write
 * from landing stale. Entries expire after RECOMMENDER_SIGNAL_CACHE_TTL_SECONDS.
 */
@Injectable()
export class ProfileSignalCache extends VersionedProfileHash implements OnApplicationShutdown {
  constructor(@Inject(CatalogConfig) config: CatalogConfig) {
    super(config, 'signals');
  }

  /** The profile's ratings, or null when they are not cached. */
  async read(profileId: string): Promise<CachedRating[] | null> {
    const held = await this.redis.hgetall(this.key(profileId));
    if (!(FILLED in held)) return null;
    const ratings: CachedRating[] = [];
    for (const [titleId, value] of Object.entries(held)) {
      if (titleId === FILLED) continue;
      const [stars, at] = value.split(':');
      ratings.push({ titleId, stars: Number(stars), ratedAt: new Date(Number(at)) });
    }
    return ratings;
  }

  /** Caches what the store answered, unless a write came in since `version` was read. */
  async fill(profileId: string, version: SignalVersion, ratings: readonly CachedRating[]): Promise<boolean> {
    const fields = ratings.flatMap((rating) => [rating.titleId, `${rating.stars}:${rating.ratedAt.getTime()}`]);
    return (await this.redis.eval(FILL, 2, this.key(profileId), this.versionKey(profileId), version, String(this.ttlMs), ...fields)) === 1;
  }

  /** After a rating was stored. */
  async record(profileId: string, rating: CachedRating): Promise<void> {
    await this.redis.eval(RECORD, 2, this.key(profileId), this.versionKey(profileId), rating.titleId, String(rating.stars), String(rating.ratedAt.getTime()), String(VERSION_TTL_MS));
  }
}
