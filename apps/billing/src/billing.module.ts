import { Module, type DynamicModule } from '@nestjs/common';
import { serviceDatabase, ServiceHealthController, type ServiceConfig } from '@onstream/common';
import { HealthModule } from './health/health.module.js';

@Module({})
export class BillingModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: BillingModule,
      imports: [serviceDatabase(config, 'billing'), HealthModule],
      controllers: [ServiceHealthController('billing')],
    };
  }
}
