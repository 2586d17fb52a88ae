import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DomainError, rateLimitUnchecked } from '@onstream/common';
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
/** While Redis fails every request is refused: one line per interval says how many, not one per request. */
const REPORT_EVERY_MS = 10_000;

/**
 * @nestjs/throttler's storage on the gateway's Redis, so every replica sees the same counts.
 * Fixed windows: past the limit a caller is refused until its window ends (the throttler's
 * separate block duration is not used).
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly redis: Redis & { rateLimitHit(key: string, ttlMs: number): Promise<[number, number]> };
  private readonly logger = new Logger('RateLimit');
  private refusedSinceReport = 0;
  private reportedAt = Number.NEGATIVE_INFINITY;

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
      this.reportUnchecked(error);
      throw DomainError.unavailable('Rate limits cannot be checked right now.');
    }
    const [totalHits, leftMs] = reply;
    const secondsLeft = Math.max(1, Math.ceil(leftMs / 1000));
    const isBlocked = totalHits > limit;
    return { totalHits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }

  /** Counts every refusal; logs the first one and then at most one line per interval with the count since the last. */
  private reportUnchecked(error: unknown): void {
    rateLimitUnchecked.inc();
    this.refusedSinceReport += 1;
    const now = Date.now();
    if (now - this.reportedAt < REPORT_EVERY_MS) return;
    this.logger.warn({ msg: 'rate limits not checked; refusing with 503', refused: this.refusedSinceReport, err: String(error) });
    this.refusedSinceReport = 0;
    this.reportedAt = now;
  }
}
