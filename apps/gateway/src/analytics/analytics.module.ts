import { Module } from '@nestjs/common';
import { AdminStatsController } from './admin-stats.controller.js';
import { AnalyticsReportsController } from './analytics-reports.controller.js';
import { EventIngestService } from './event-ingest.service.js';
import { EventsController } from './events.controller.js';

@Module({
  controllers: [EventsController, AnalyticsReportsController, AdminStatsController],
  providers: [EventIngestService],
})
export class AnalyticsGatewayModule {}
