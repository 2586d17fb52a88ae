import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, metricsCollecting, secretChecks } from '@onstream/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../infrastructure/redis.providers.js';
import { UsersConfig } from '../users.config.js';

/**
 * Slows password guessing: sign-in tries are counted per e-mail address and per IP in Redis (shared
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

  /**
   * Counts this try against the account and the address before the password is checked (atomic
   * INCRs), so parallel guesses cannot all pass a "below the limit?" read; over either limit the
   * try is refused without checking the password.
   */
  async reserve(email: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_FAILURE_WINDOW_SECONDS;
    const [account, byIp] = [LoginThrottle.accountKey(email), LoginThrottle.ipKey(ip)];
    const results = await this.redis.multi().incr(account).expire(account, window, 'NX').incr(byIp).expire(byIp, window, 'NX').exec();
    const count = (index: number) => Number(results?.[index]?.[1] ?? Number.POSITIVE_INFINITY);
    const blockedKey = count(0) > this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT ? account : count(2) > this.config.LOGIN_MAX_FAILURES_PER_IP ? byIp : undefined;
    if (!blockedKey) {
      if (metricsCollecting()) secretChecks.inc({ kind: 'password' });
      return;
    }
    const ttl = await this.redis.ttl(blockedKey);
    const retryAfterSeconds = ttl > 0 ? ttl : window;
    throw new DomainError(ErrorCodes.UsersTooManyAttempts, 429, 'Too many failed sign-in attempts; try again later.', { retryAfterSeconds });
  }

  /** A good password: the account's count starts over and the address gets this try back. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.redis.multi().del(LoginThrottle.accountKey(email)).decr(LoginThrottle.ipKey(ip)).exec();
  }
}
