import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config.js';
import { REDIS } from '../redis/redis.module.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

/**
 * Per-IP request limits shared by every gateway replica (counts live in Redis). The client IP is
 * Fastify's `request.ip`, which follows TRUST_PROXY. The guard picks each route's policy (named
 * or default); all routes of a policy share one count per IP.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [GatewayConfig, REDIS],
      useFactory: (config: GatewayConfig, redis: Redis) => ({
        storage: new RedisThrottlerStorage(redis),
        throttlers: [{ name: 'default', ttl: config.RATE_LIMIT_WINDOW_SECONDS * 1000, limit: config.RATE_LIMIT_DEFAULT }],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
