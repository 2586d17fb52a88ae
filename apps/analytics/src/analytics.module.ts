import { Module, type DynamicModule } from '@nestjs/common';
import { ANALYTICS_STREAM, JetStreamModule, MEDIA_VIDEO_STREAM, serviceDatabase, ServiceClientsModule, ServiceHealthController } from '@onstream/common';
import { AggregationModule } from './aggregation/aggregation.module.js';
import { AnalyticsConfig } from './analytics.config.js';
import { HealthModule } from './health/health.module.js';
import { ReportsModule } from './reports/reports.module.js';

@Module({})
export class AnalyticsModule {
  static forRoot(config: AnalyticsConfig): DynamicModule {
    return {
      module: AnalyticsModule,
      global: true,
      imports: [
        serviceDatabase(config, 'analytics'),
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'analytics', streams: [ANALYTICS_STREAM, MEDIA_VIDEO_STREAM] }),
        // Revenue figures of reports come from billing (request/reply, short deadline).
        ServiceClientsModule.forRoot({ servers: config.natsServers, timeoutMs: config.NATS_REQUEST_TIMEOUT_MS, name: 'analytics' }),
        HealthModule,
        AggregationModule,
        ReportsModule,
      ],
      controllers: [ServiceHealthController('analytics')],
      providers: [{ provide: AnalyticsConfig, useValue: config }],
      exports: [AnalyticsConfig],
    };
  }
}
