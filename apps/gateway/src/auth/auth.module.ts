import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { SessionDenylist } from '@onstream/common';
import type { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config.js';
import { REDIS } from '../redis/redis.module.js';
import { AuthController } from './auth.controller.js';
import { JwtAuthGuard, PermissionGuard } from './auth.guards.js';
import { JwtStrategy } from './jwt.strategy.js';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [
    JwtStrategy,
    {
      provide: SessionDenylist,
      useFactory: (redis: Redis, config: GatewayConfig) => new SessionDenylist(redis, config.JWT_ACCESS_TTL_SECONDS),
      inject: [REDIS, GatewayConfig],
    },
    // Order matters: authenticate first, then check the permission.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
})
export class AuthModule {}
