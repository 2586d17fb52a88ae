import { Module, type DynamicModule } from '@nestjs/common';
import { serviceDatabase, ServiceHealthController } from '@onstream/common';
import { HealthModule } from './health/health.module.js';
import { MediaConfig } from './media.config.js';

@Module({})
export class MediaModule {
  static forRoot(config: MediaConfig): DynamicModule {
    return {
      module: MediaModule,
      global: true,
      imports: [serviceDatabase(config, 'media'), HealthModule],
      controllers: [ServiceHealthController('media')],
      providers: [{ provide: MediaConfig, useValue: config }],
      exports: [MediaConfig],
    };
  }
}
