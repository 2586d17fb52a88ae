import { Inject, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { SessionDenylist, watchRedisConnection } from '@onstream/common';
import { Redis } from 'ioredis';
import { UsersConfig } from '../users.config.js';

export const REDIS = Symbol('USERS_REDIS');

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit();
  }
}

/** Redis for login throttling and writing the session denylist the gateway reads. Fails fast while down. */
export const redisProviders: Provider[] = [
  {
    provide: REDIS,
    useFactory: (config: UsersConfig) => watchRedisConnection(new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }), 'login throttle, session denylist'),
    inject: [UsersConfig],
  },
  RedisCloser,
  {
    provide: SessionDenylist,
    useFactory: (redis: Redis, config: UsersConfig) => new SessionDenylist(redis, config.JWT_ACCESS_TTL_SECONDS),
    inject: [REDIS, UsersConfig],
  },
];
