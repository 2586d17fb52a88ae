import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DomainError, rateLimitUnchecked, ThrottledWarning } from '@onstream/common';
import type { Redis } from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Counts the hit and starts the window on the first one, atomically (two replicas racing on a
 * new key must not both set the expiry, nor leave a key without one). Returns [hits, ms left].
 */
const INCREMENT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return { hits, left }
`;

const KEY_PREFIX = 'onstream:rate-limit:';

/**
 * @nestjs/throttler's storage on the gateway's Redis, so every replica sees the same counts.
 * Fixed windows: past the limit a caller is refused until its window ends (the throttler's
 * separate block duration is not used).
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly redis: Redis & { rateLimitHit(key: string, ttlMs: number): Promise<[number, number]> };
  // While Redis fails every request is refused: one line per 10 s says how many, not one per request.
  private readonly unchecked = new ThrottledWarning(new Logger('RateLimit'), 'rate limits not checked; refusing with 503');

  constructor(redis: Redis) {
    // A defined command runs by EVALSHA (the script is sent once, not with every request).
    redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: INCREMENT_SCRIPT });
    this.redis = redis as typeof this.redis;
  }

  async increment(key: string, ttlMs: number, limit: number): Promise<ThrottlerStorageRecord> {
    let reply: [number, number];
    try {
      reply = await this.redis.rateLimitHit(`${KEY_PREFIX}${key}`, ttlMs);
    } catch (error) {
      // Without Redis no replica can tell how often a caller came: refuse briefly rather than let floods through.
      rateLimitUnchecked.inc();
      this.unchecked.report(error);
      throw DomainError.unavailable('Rate limits cannot be checked right now.');
    }
    const [totalHits, leftMs] = reply;
    const secondsLeft = Math.max(1, Math.ceil(leftMs / 1000));
    const isBlocked = totalHits > limit;
    return { totalHits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }
}
