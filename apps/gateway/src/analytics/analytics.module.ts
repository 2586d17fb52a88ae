import { Module } from '@nestjs/common';
import { PlaybackSessionIds, playbackSessionSecret } from '@onstream/common';
import { GatewayConfig } from '../gateway.config.js';
import { AdTrackingController } from './ad-tracking.controller.js';
import { AdminStatsController } from './admin-stats.controller.js';
import { AnalyticsReportsController } from './analytics-reports.controller.js';
import { EventIngestService } from './event-ingest.service.js';
import { EventsController } from './events.controller.js';

@Module({
  controllers: [EventsController, AdTrackingController, AnalyticsReportsController, AdminStatsController],
  providers: [EventIngestService, { provide: PlaybackSessionIds, useFactory: (config: GatewayConfig) => new PlaybackSessionIds(playbackSessionSecret(config)), inject: [GatewayConfig] }],
})
export class AnalyticsGatewayModule {}
