import { Injectable } from '@nestjs/common';
import { mapInChunks } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';
import { Clock } from './clock.js';
import { VideoOwnersRepository } from './video-owners.repository.js';

interface CachedOwner {
  creatorId: string | undefined;
  expiresAtMs: number;
}

/**
 * videoId → creatorId kept in process: each group of batches asks for the owners of its videos,
 * mostly the same popular ones. Known owners live `OWNER_CACHE_TTL_MS`; unknown ones only
 * `OWNER_CACHE_UNKNOWN_TTL_MS`, since media's event naming the owner may be just behind (ADR 0004).
 */
@Injectable()
export class VideoOwnerCache {
  private readonly cached = new Map<string, CachedOwner>();

  constructor(
    private readonly config: AnalyticsConfig,
    private readonly owners: VideoOwnersRepository,
    private readonly clock: Clock,
  ) {}

  async creatorsOf(videoIds: string[]): Promise<Map<string, string>> {
    const now = this.clock.nowMs();
    const creators = new Map<string, string>();
    const missing: string[] = [];
    for (const videoId of new Set(videoIds)) {
      const entry = this.cached.get(videoId);
      if (entry && entry.expiresAtMs > now) {
        if (entry.creatorId) creators.set(videoId, entry.creatorId);
      } else missing.push(videoId);
    }
    if (missing.length === 0) return creators;
    const found = new Map((await mapInChunks(missing, (ids) => this.owners.creatorsOf(ids))).flatMap((chunk) => [...chunk]));
    this.dropExpired(now);
    for (const videoId of missing) {
      const creatorId = found.get(videoId);
      if (creatorId) creators.set(videoId, creatorId);
      this.cached.set(videoId, { creatorId, expiresAtMs: now + (creatorId ? this.config.OWNER_CACHE_TTL_MS : this.config.OWNER_CACHE_UNKNOWN_TTL_MS) });
    }
    return creators;
  }

  /** Called when this process records an owner, so its next group sees it at once. */
  forget(videoId: string): void {
    this.cached.delete(videoId);
  }

  private dropExpired(now: number): void {
    for (const [videoId, entry] of this.cached) if (entry.expiresAtMs <= now) this.cached.delete(videoId);
  }
}
