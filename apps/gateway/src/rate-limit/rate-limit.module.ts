import { Module, type ExecutionContext } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config.js';
import { REDIS } from '../redis/redis.module.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RATE_LIMIT_POLICY, type RateLimitPolicy } from './rate-limit.policy.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

function policyOf(context: ExecutionContext): RateLimitPolicy {
  return (Reflect.getMetadata(RATE_LIMIT_POLICY, context.getHandler()) ?? Reflect.getMetadata(RATE_LIMIT_POLICY, context.getClass()) ?? 'default') as RateLimitPolicy;
}

/**
 * Per-IP request limits shared by every gateway replica (counts live in Redis). The client IP is
 * Fastify's `request.ip`, which follows TRUST_PROXY. One throttler whose limit depends on the
 * route's policy; the key is policy + IP, so all routes of a policy share one count.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [GatewayConfig, REDIS],
      useFactory: (config: GatewayConfig, redis: Redis) => {
        const limits = config.rateLimits;
        return {
          storage: new RedisThrottlerStorage(redis),
          throttlers: [{ name: 'default', ttl: config.RATE_LIMIT_WINDOW_SECONDS * 1000, limit: (context: ExecutionContext) => limits[policyOf(context)] }],
          generateKey: (context: ExecutionContext, tracker: string) => `${policyOf(context)}:${tracker}`,
        };
      },
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
