import { Module, type DynamicModule } from '@nestjs/common';
import { serviceDatabase, ServiceHealthController, type ServiceConfig } from '@onstream/common';
import { HealthModule } from './health/health.module.js';

@Module({})
export class CatalogModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: CatalogModule,
      imports: [serviceDatabase(config, 'catalog'), HealthModule],
      controllers: [ServiceHealthController('catalog')],
    };
  }
}
