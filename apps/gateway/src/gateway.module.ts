import { Module, type DynamicModule } from '@nestjs/common';
import { ANALYTICS_STREAM, JetStreamModule, ServiceClientsModule } from '@onstream/common';
import { AnalyticsGatewayModule } from './analytics/analytics.module.js';
import { AuthModule } from './auth/auth.module.js';
import { GatewayConfig } from './gateway.config.js';
import { HealthController } from './health/health.controller.js';
import { ReadinessService } from './health/readiness.service.js';
import { RedisModule } from './redis/redis.module.js';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      global: true,
      imports: [
        ServiceClientsModule.forRoot({ servers: config.natsServers, timeoutMs: config.NATS_REQUEST_TIMEOUT_MS, name: 'gateway' }),
        RedisModule.forRoot(config.REDIS_URL),
        // The gateway publishes player events straight to JetStream (no request/reply hop).
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'gateway', streams: [ANALYTICS_STREAM] }),
        AuthModule,
        AnalyticsGatewayModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: GatewayConfig, useValue: config }, ReadinessService],
      exports: [GatewayConfig],
    };
  }
}
