import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '@onstream/common';
import { Redis } from 'ioredis';
import { MediaConfig } from '../media.config.js';

/**
 * Streams running at once per viewer, in Redis: one sorted set per viewer whose members are
 * sessions (devices) and whose scores are when their playback token expires. A session that asks
 * again keeps its slot; a stream holds its slot until its token expires. One Lua script decides,
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
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(MediaConfig) config: MediaConfig) {
    this.redis = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.prefix = `${config.MONGO_DB_PREFIX}media:streams:`;
  }

  /** Takes (or renews) this session's slot until `until`; false when `limit` other sessions stream already. */
  async take(userId: string, sessionId: string, limit: number, now: Date, until: Date): Promise<boolean> {
    try {
      const won = await this.redis.eval(TAKE_SLOT, 1, `${this.prefix}${userId}`, String(now.getTime()), String(until.getTime()), sessionId, String(limit));
      return won === 1;
    } catch (error) {
      // Fail closed: a limit we cannot count is not a reason to allow, nor a 500.
      throw DomainError.unavailable(`Stream limits cannot be checked right now (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
