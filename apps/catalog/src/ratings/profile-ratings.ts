import { Injectable, Logger } from '@nestjs/common';
import { RatingsRepository, type StoredRating } from './ratings.repository.js';
import { ProfileSignalCache, type CachedRating } from './profile-signal-cache.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A profile's own ratings, the read model "for you" serves from: Redis first, the store on a miss
 * (then cached unless a write raced the read). Writes go to the store, then to the cache. Redis
 * down costs speed, not answers: reads fall back to the store.
 */
@Injectable()
export class ProfileRatings {
  private readonly logger = new Logger(ProfileRatings.name);

  constructor(
    private readonly ratings: RatingsRepository,
    private readonly cache: ProfileSignalCache,
  ) {}

  async of(profileId: string): Promise<CachedRating[]> {
    let version: string;
    try {
      const cached = await this.cache.read(profileId);
      if (cached) return cached;
      version = await this.cache.version(profileId);
    } catch (error) {
      this.logger.warn({ msg: 'signal cache unavailable: reading the store', err: message(error) });
      return this.ratings.ofProfile(profileId);
    }
    const stored = await this.ratings.ofProfile(profileId);
    await this.cache.fill(profileId, version, stored).catch((error: unknown) => this.logger.warn({ msg: 'signal cache not filled', err: message(error) }));
    return stored;
  }

  /** Stores the rating, then merges it into the cached signals. */
  async put(rating: Omit<StoredRating, '_id'>): Promise<void> {
    await this.ratings.put(rating);
    await this.cache.record(rating.profileId, rating).catch((error: unknown) => this.forget(rating.profileId, error));
  }

  /** Removes the rating; the profile's cached signals are dropped (the next read refills them). */
  async remove(profileId: string, titleId: string): Promise<StoredRating | null> {
    const removed = await this.ratings.remove(profileId, titleId);
    await this.cache.invalidate(profileId).catch((error: unknown) => this.forget(profileId, error));
    return removed;
  }

  /** A cache write that failed may leave the profile's signals stale: drop them, or let them expire. */
  private async forget(profileId: string, error: unknown): Promise<void> {
    this.logger.warn({ msg: 'signal cache not updated: dropping the profile’s entry', profileId, err: message(error) });
    await this.cache.invalidate(profileId).catch((again: unknown) => this.logger.error({ msg: 'signal cache entry left to expire', profileId, err: message(again) }));
  }
}
