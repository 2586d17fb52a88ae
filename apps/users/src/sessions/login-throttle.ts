import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes } from '@onstream/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../infrastructure/redis.providers.js';
import { UsersConfig } from '../users.config.js';

/**
 * Slows password guessing: failed logins are counted per e-mail address and per IP in Redis (shared
 * by all replicas) for a window; past the limit, further tries are refused until the window ends.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: UsersConfig,
  ) {}

  static accountKey(email: string): string {
    return `users:login-failures:account:${email}`;
  }

  static ipKey(ip: string): string {
    return `users:login-failures:ip:${ip}`;
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, byIp] = await this.redis.mget(LoginThrottle.accountKey(email), LoginThrottle.ipKey(ip));
    const blockedKey =
      Number(account ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT ? LoginThrottle.accountKey(email)
      : Number(byIp ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_IP ? LoginThrottle.ipKey(ip)
      : undefined;
    if (!blockedKey) return;
    const ttl = await this.redis.ttl(blockedKey);
    const retryAfterSeconds = ttl > 0 ? ttl : this.config.LOGIN_FAILURE_WINDOW_SECONDS;
    throw new DomainError(ErrorCodes.UsersTooManyAttempts, 429, 'Too many failed sign-in attempts; try again later.', { retryAfterSeconds });
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_FAILURE_WINDOW_SECONDS;
    await this.redis
      .multi()
      .incr(LoginThrottle.accountKey(email))
      .expire(LoginThrottle.accountKey(email), window, 'NX')
      .incr(LoginThrottle.ipKey(ip))
      .expire(LoginThrottle.ipKey(ip), window, 'NX')
      .exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(LoginThrottle.accountKey(email));
  }
}
