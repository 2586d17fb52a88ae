import { Module, type DynamicModule } from '@nestjs/common';
import { serviceDatabase, ServiceHealthController, type ServiceConfig } from '@onstream/common';
import { HealthModule } from './health/health.module.js';

@Module({})
export class MediaModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: MediaModule,
      imports: [serviceDatabase(config, 'media'), HealthModule],
      controllers: [ServiceHealthController('media')],
    };
  }
}
