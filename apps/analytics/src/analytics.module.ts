import { Module, type DynamicModule } from '@nestjs/common';
import { serviceDatabase, ServiceHealthController, type ServiceConfig } from '@onstream/common';
import { HealthModule } from './health/health.module.js';

@Module({})
export class AnalyticsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AnalyticsModule,
      imports: [serviceDatabase(config, 'analytics'), HealthModule],
      controllers: [ServiceHealthController('analytics')],
    };
  }
}
