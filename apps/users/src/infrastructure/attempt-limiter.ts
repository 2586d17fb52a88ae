import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, metricsCollecting, secretChecks } from '@onstream/common';
import type { Redis } from 'ioredis';
import { REDIS } from './redis.providers.js';

export interface AttemptRule {
  key: string;
  maxFailures: number;
  windowSeconds: number;
  /** What is guessed, for the evaluated-secrets counter. */
  kind: 'pin' | 'pairing-code' | 'reset-token';
}

/**
 * Limits guesses of a secret (PIN, pairing code, password-reset link) in Redis. Each try is counted before the
 * secret is checked (one atomic INCR), so fifty parallel tries cannot all pass a "below the limit?"
 * read: past the limit a try is refused unevaluated until the window ends; a success resets.
 */
@Injectable()
export class AttemptLimiter {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async reserve(rule: AttemptRule): Promise<void> {
    const results = await this.redis.multi().incr(rule.key).expire(rule.key, rule.windowSeconds, 'NX').ttl(rule.key).exec();
    const tries = Number(results?.[0]?.[1] ?? Number.POSITIVE_INFINITY);
    if (tries > rule.maxFailures) {
      const ttl = Number(results?.[2]?.[1] ?? -1);
      throw new DomainError(ErrorCodes.UsersTooManyAttempts, 429, 'Too many wrong attempts; try again later.', { retryAfterSeconds: ttl > 0 ? ttl : rule.windowSeconds });
    }
    if (metricsCollecting()) secretChecks.inc({ kind: rule.kind });
  }

  /** Gives back this try's reservation (a success that must not count as a failure). */
  async release(rule: AttemptRule): Promise<void> {
    await this.redis.decr(rule.key);
  }

  async reset(rule: AttemptRule): Promise<void> {
    await this.redis.del(rule.key);
  }
}
