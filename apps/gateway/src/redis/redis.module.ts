import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { watchRedisConnection } from '@onstream/common';
import { Redis } from 'ioredis';

export const REDIS = Symbol('REDIS');

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * The gateway's Redis connection: commands fail at once while it is down (no offline queue) and after
 * `commandTimeoutMs` when it is up but does not answer, so no request waits on Redis without a deadline.
 */
export function gatewayRedis(url: string, commandTimeoutMs: number): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, commandTimeout: commandTimeoutMs, lazyConnect: false, enableAutoPipelining: true });
  return watchRedisConnection(redis, 'rate limits, token denylist, page cache');
}

/** The gateway's Redis (limits, cache, token denylist). Commands fail fast while it is down or silent. */
@Global()
@Module({})
export class RedisModule {
  static forRoot(url: string, commandTimeoutMs: number): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS,
          useFactory: () => gatewayRedis(url, commandTimeoutMs),
        },
        RedisCloser,
      ],
      exports: [REDIS],
    };
  }
}
