import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CatalogConfig } from '../catalog.config.js';
import { ProfileSignalCache } from '../ratings/profile-signal-cache.js';
import { profileCacheRedis } from '../ratings/versioned-profile-hash.js';
import type { ViewerScope } from '../viewers/viewer-scope.js';
import { ProfileLibraryCache } from './profile-library.cache.js';

/** One computed "for you" row: title ids in order and where they came from. */
export interface ForYouRow {
  ids: string[];
  source: string;
}

/** What a row was computed for: the profile, the model, the requested limit and the viewer's rules. */
export interface ForYouRowKey {
  profileId: string;
  modelVersion: string;
  limit: number;
  scope: ViewerScope;
}

/** The profile's rating and library version counters as one read saw them ('' when unset). */
export interface SignalVersions {
  ratings: string;
  library: string;
}

/** The cached row if it was computed from the current versions (else null), and those versions. */
export interface ForYouRowLookup {
  row: ForYouRow | null;
  versions: SignalVersions;
}

interface StoredRow extends ForYouRow {
  versions: SignalVersions;
}

/**
 * Stores the row only if neither counter moved since the compute read them. A counter must outlive
 * the row: expired, then bumped again, it would count from 1 and could match an old row's version.
 */
const STORE = `
if (redis.call('GET', KEYS[2]) or '') ~= ARGV[1] or (redis.call('GET', KEYS[3]) or '') ~= ARGV[2] then return 0 end
local ttl = tonumber(ARGV[4])
redis.call('SET', KEYS[1], ARGV[3], 'PX', ttl)
for i = 2, 3 do
  local left = redis.call('PTTL', KEYS[i])
  if left >= 0 and left < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return 1`;

/** A short digest of the viewer's rules; the order of ids and tags does not matter, an empty allow-list does. */
export function rulesDigest(scope: ViewerScope): string {
  const sorted = (values: string[] | undefined) => (values ? [...values].sort() : null);
  const rules = [scope.maxMaturityRank, sorted(scope.excludeIds), sorted(scope.onlyIds), sorted(scope.excludeTags)];
  return createHash('sha256').update(JSON.stringify(rules)).digest('base64url').slice(0, 16);
}

/**
 * Each profile's computed "for you" rows in Redis (ADR 0036), one per model version, limit and rules
 * digest, stamped with the rating and library version counters they were computed from (the ones
 * the rating writes and users' library events already bump, ADR 0018). A warm read is one MGET of the
 * row and both counters; a row whose counters moved is not served. Rows expire after
 * RECOMMENDER_ROW_CACHE_TTL_SECONDS (new titles and popularity reach a row at most this late).
 */
@Injectable()
export class ForYouRowCache implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly ttlMs: number;

  constructor(
    @Inject(CatalogConfig) config: CatalogConfig,
    private readonly ratings: ProfileSignalCache,
    private readonly library: ProfileLibraryCache,
  ) {
    this.redis = profileCacheRedis(config);
    this.prefix = `${config.MONGO_DB_PREFIX}catalog:for-you:`;
    this.ttlMs = config.RECOMMENDER_ROW_CACHE_TTL_SECONDS * 1000;
  }

  async read(key: ForYouRowKey): Promise<ForYouRowLookup> {
    const [held, ratings, library] = await this.redis.mget(...this.keys(key));
    const versions: SignalVersions = { ratings: ratings ?? '', library: library ?? '' };
    if (held === null) return { row: null, versions };
    const stored = JSON.parse(held) as StoredRow;
    const current = stored.versions.ratings === versions.ratings && stored.versions.library === versions.library;
    return { row: current ? { ids: stored.ids, source: stored.source } : null, versions };
  }

  /** Stores a row computed from `versions` (as `read` returned them); false when a write moved a counter since. */
  async store(key: ForYouRowKey, versions: SignalVersions, row: ForYouRow): Promise<boolean> {
    const value: StoredRow = { ids: row.ids, source: row.source, versions };
    const landed = await this.redis.eval(STORE, 3, ...this.keys(key), versions.ratings, versions.library, JSON.stringify(value), String(this.ttlMs));
    return landed === 1;
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  // The row and both counters share the profile's hash tag: one slot in a Redis Cluster, as MGET and the script need.
  private keys(key: ForYouRowKey): [string, string, string] {
    const row = `${this.prefix}{${key.profileId}}:${key.modelVersion}:${key.limit}:${rulesDigest(key.scope)}`;
    return [row, this.ratings.versionKey(key.profileId), this.library.versionKey(key.profileId)];
  }
}
