import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes } from '@onstream/common';
import type { Redis } from 'ioredis';
import { REDIS } from './redis.providers.js';

export interface AttemptRule {
  key: string;
  maxFailures: number;
  windowSeconds: number;
}

/** Counts failed guesses of a short secret (PIN, pairing code) in Redis; past the limit, refuses until the window ends. */
@Injectable()
export class AttemptLimiter {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async assertAllowed(rule: AttemptRule): Promise<void> {
    const failures = Number((await this.redis.get(rule.key)) ?? 0);
    if (failures < rule.maxFailures) return;
    const ttl = await this.redis.ttl(rule.key);
    throw new DomainError(ErrorCodes.UsersTooManyAttempts, 429, 'Too many wrong attempts; try again later.', { retryAfterSeconds: ttl > 0 ? ttl : rule.windowSeconds });
  }

  async recordFailure(rule: AttemptRule): Promise<void> {
    await this.redis.multi().incr(rule.key).expire(rule.key, rule.windowSeconds, 'NX').exec();
  }

  async reset(rule: AttemptRule): Promise<void> {
    await this.redis.del(rule.key);
  }
}
