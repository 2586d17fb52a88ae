import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Clock, mapInChunks } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';
import { VideoOwnersRepository } from './video-owners.repository.js';

/** Videos whose owner (or its absence) is kept at most: far more than are played at once. */
const CACHED_VIDEOS = 100_000;

/** lru-cache cannot hold undefined: "no owner yet" is an entry without a creator. */
interface CachedOwner {
  creatorId?: string;
}

/**
 * videoId → creatorId kept in process: each group of batches asks for the owners of its videos,
 * mostly the same popular ones. Known owners live `OWNER_CACHE_TTL_MS`; unknown ones only
 * `OWNER_CACHE_UNKNOWN_TTL_MS`, since media's event naming the owner may be just behind (ADR 0004).
 * An entry lives exactly its TTL (lru-cache: stale once more than the TTL has passed).
 */
@Injectable()
export class VideoOwnerCache {
  private readonly cached: LRUCache<string, CachedOwner>;

  constructor(
    private readonly config: AnalyticsConfig,
    private readonly owners: VideoOwnersRepository,
    clock: Clock,
  ) {
    // ttlResolution 0: read the injected clock on every check, so a spec's moved time is seen at once.
    this.cached = new LRUCache<string, CachedOwner>({ max: CACHED_VIDEOS, ttl: config.OWNER_CACHE_TTL_MS, ttlResolution: 0, perf: { now: () => clock.now().getTime() } });
  }

  async creatorsOf(videoIds: string[]): Promise<Map<string, string>> {
    const creators = new Map<string, string>();
    const missing: string[] = [];
    for (const videoId of new Set(videoIds)) {
      const entry = this.cached.get(videoId);
      if (!entry) missing.push(videoId);
      else if (entry.creatorId) creators.set(videoId, entry.creatorId);
    }
    if (missing.length === 0) return creators;
    const found = new Map((await mapInChunks(missing, (ids) => this.owners.creatorsOf(ids))).flatMap((chunk) => [...chunk]));
    for (const videoId of missing) {
      const creatorId = found.get(videoId);
      if (creatorId) creators.set(videoId, creatorId);
      const ttl = creatorId ? this.config.OWNER_CACHE_TTL_MS : this.config.OWNER_CACHE_UNKNOWN_TTL_MS;
      // A TTL of 0 means "do not keep" here; to lru-cache it would mean "keep forever".
      if (ttl > 0) this.cached.set(videoId, { creatorId }, { ttl });
    }
    return creators;
  }

  /** Called when this process records an owner, so its next group sees it at once. */
  forget(videoId: string): void {
    this.cached.delete(videoId);
  }
}
