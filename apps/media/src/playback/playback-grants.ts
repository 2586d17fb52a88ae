import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError, watchRedisConnection } from '@onstream/common';
import { Redis } from 'ioredis';
import { MediaConfig } from '../media.config.js';

/** What one playback may fetch, and until when; kept in Redis under its playback id. */
export interface PlaybackGrant {
  videoId: string;
  /** The asset the playback started on: a replaced asset ends its grants. */
  assetId: string;
  userId: string;
  /** The viewer's sign-in session: renewal asks users whether it is still live. */
  sessionId: string;
  /** The profile that started it (absent: the account's main profile); only that profile's token may fetch. */
  profileId?: string;
  /** Highest rendition height the viewer may receive; absent: all. */
  maxHeight?: number;
  /** Streams the viewer may run at once (absent: no limit); checked again at each renewal. */
  maxStreams?: number;
  /** Owner or admin at start: renewals skip entitlement and stream counting. */
  privileged: boolean;
  /** Fetches are served until then (ms since the epoch); a fetch after it renews the grant first. */
  liveUntil: number;
  /** No renewal after this (ms since the epoch): the grant and its record end. */
  endsAt: number;
}

/** Playback grants in Redis: one JSON value per playback, expiring (PXAT) when the grant can no longer be renewed. */
@Injectable()
export class PlaybackGrants implements OnApplicationShutdown {
  private readonly logger = new Logger(PlaybackGrants.name);
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(MediaConfig) config: MediaConfig) {
    this.redis = watchRedisConnection(new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 }), 'playback grants');
    this.prefix = `${config.MONGO_DB_PREFIX}media:grant:`;
  }

  async save(playbackId: string, grant: PlaybackGrant): Promise<void> {
    await this.call(() => this.redis.set(this.prefix + playbackId, JSON.stringify(grant), 'PXAT', grant.endsAt));
  }

  async find(playbackId: string): Promise<PlaybackGrant | null> {
    const value = await this.call(() => this.redis.get(this.prefix + playbackId));
    return value === null ? null : (JSON.parse(value) as PlaybackGrant);
  }

  async remove(playbackId: string): Promise<void> {
    await this.call(() => this.redis.del(this.prefix + playbackId));
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      // Fail closed: a grant we cannot read is not a reason to serve, nor a 500. The cause stays in
      // the logs: a Redis message is no business of the viewer's.
      this.logger.warn({ msg: 'playback grant store unavailable', err: String(error) });
      throw DomainError.unavailable('Playback cannot be checked right now.');
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
