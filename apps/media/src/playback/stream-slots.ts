import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError, watchRedisConnection } from '@onstream/common';
import { Redis } from 'ioredis';
import { MediaConfig } from '../media.config.js';

/**
 * Streams running at once per viewer, in Redis: one sorted set per viewer whose members are
 * playbacks (one per stream start) and whose scores are when their grant lapses. A renewing
 * playback keeps its slot; a stream holds its slot until its grant lapses. One Lua script decides,
 * so concurrent starts cannot both take the last slot.
 */
const TAKE_SLOT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZSCORE', KEYS[1], ARGV[3]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[4]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
  redis.call('PEXPIREAT', KEYS[1], ARGV[2])
  return 1
end
return 0`;

@Injectable()
export class StreamSlots implements OnApplicationShutdown {
  private readonly logger = new Logger(StreamSlots.name);
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(MediaConfig) config: MediaConfig) {
    this.redis = watchRedisConnection(new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 }), 'stream slots');
    this.prefix = `${config.MONGO_DB_PREFIX}media:streams:`;
  }

  /** Takes (or renews) this playback's slot until `until`; false when `limit` other playbacks stream already. */
  async take(userId: string, playbackId: string, limit: number, now: Date, until: Date): Promise<boolean> {
    try {
      const won = await this.redis.eval(TAKE_SLOT, 1, `${this.prefix}${userId}`, String(now.getTime()), String(until.getTime()), playbackId, String(limit));
      return won === 1;
    } catch (error) {
      // Fail closed: a limit we cannot count is not a reason to allow, nor a 500. The Redis message
      // goes to the logs, not to the viewer.
      this.logger.warn({ msg: 'stream slots unavailable', err: String(error) });
      throw DomainError.unavailable('Stream limits cannot be checked right now.');
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
