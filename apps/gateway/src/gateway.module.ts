import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceClientsModule } from '@onstream/common';
import { AuthModule } from './auth/auth.module.js';
import { GatewayConfig } from './gateway.config.js';
import { HealthController } from './health/health.controller.js';
import { MediaEdgeModule } from './media/media.module.js';
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
        AuthModule,
        MediaEdgeModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: GatewayConfig, useValue: config }, ReadinessService],
      exports: [GatewayConfig],
    };
  }
}
