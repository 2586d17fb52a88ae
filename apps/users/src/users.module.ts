import { Module, type DynamicModule } from '@nestjs/common';
import { serviceDatabase, ServiceHealthController } from '@onstream/common';
import { AccountsModule } from './accounts/accounts.module.js';
import { HealthModule } from './health/health.module.js';
import { UsersConfig } from './users.config.js';

@Module({})
export class UsersModule {
  static forRoot(config: UsersConfig): DynamicModule {
    return {
      module: UsersModule,
      global: true,
      imports: [serviceDatabase(config, 'users'), HealthModule, AccountsModule],
      controllers: [ServiceHealthController('users')],
      providers: [{ provide: UsersConfig, useValue: config }],
      exports: [UsersConfig],
    };
  }
}
