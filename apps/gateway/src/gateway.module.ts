import { Module, type DynamicModule } from '@nestjs/common';
import { AdminController } from './admin/admin.controller.js';
import { ANALYTICS_STREAM, JetStreamModule, parsePatternTimeouts, ServiceClientsModule } from '@onstream/common';
import { AnalyticsGatewayModule } from './analytics/analytics.module.js';
import { AuthModule } from './auth/auth.module.js';
import { HistoryController } from './library/history.controller.js';
import { LibraryController } from './library/library.controller.js';
import { MeController } from './me/me.controller.js';
import { HouseholdController } from './me/household.controller.js';
import { NotificationsController } from './me/notifications.controller.js';
import { PairingController } from './pairing/pairing.controller.js';
import { ProfilesController } from './profiles/profiles.controller.js';
import { CatalogGatewayModule } from './catalog/catalog.module.js';
import { BillingHttpModule } from './billing/billing.module.js';
import { GatewayConfig } from './gateway.config.js';
import { ViewerCountry } from './http/viewer-country.js';
import { HealthController } from './health/health.controller.js';
import { MediaEdgeModule } from './media/media.module.js';
import { EngagementGatewayModule } from './engagement/engagement.module.js';
import { ReadinessService } from './health/readiness.service.js';
import { RedisModule } from './redis/redis.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { LiveFiguresModule } from './live-figures/live-figures.module.js';
import { NetflixCloneCompatModule } from './compat/netflix-clone/netflix-clone.module.js';
import { OnstreamApiCompatModule } from './compat/onstream-api/onstream-api.module.js';
import { StreamifyCompatModule } from './compat/streamify/streamify.module.js';
import { AxolotlyCompatModule } from './compat/axolotly/axolotly.module.js';
import { OttPlatformCompatModule } from './compat/ott-platform/ott-platform.module.js';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      global: true,
      imports: [
        ServiceClientsModule.forRoot({
          servers: config.natsServers,
          timeoutMs: config.NATS_REQUEST_TIMEOUT_MS,
          name: 'gateway',
          readRetries: config.NATS_READ_RETRIES,
          patternTimeouts: parsePatternTimeouts(config.NATS_PATTERN_TIMEOUTS),
        }),
        RedisModule.forRoot(config.REDIS_URL, config.REDIS_COMMAND_TIMEOUT_MS),
        LiveFiguresModule,
        // Before AuthModule: its guards run after the limit, so floods never reach token checks.
        ...(config.RATE_LIMIT_ENABLED ? [RateLimitModule] : []),
        // The gateway publishes player events straight to JetStream (no request/reply hop).
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'gateway', streams: [ANALYTICS_STREAM] }),
        AuthModule,
        CatalogGatewayModule,
        BillingHttpModule,
        MediaEdgeModule,
        AnalyticsGatewayModule,
        EngagementGatewayModule,
        OnstreamApiCompatModule,
        NetflixCloneCompatModule,
        StreamifyCompatModule,
        AxolotlyCompatModule,
        OttPlatformCompatModule,
      ],
      controllers: [HealthController, MeController, ProfilesController, LibraryController, HistoryController, PairingController, AdminController, HouseholdController, NotificationsController],
      providers: [{ provide: GatewayConfig, useValue: config }, ReadinessService, ViewerCountry],
      exports: [GatewayConfig, ViewerCountry],
    };
  }
}
