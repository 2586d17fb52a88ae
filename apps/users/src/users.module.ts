import { Module, type DynamicModule } from '@nestjs/common';
import { BILLING_STREAM, CATALOG_STREAM, ENGAGEMENT_STREAM, JetStreamModule, MEDIA_STREAM, serviceDatabase, ServiceClientsModule, ServiceHealthController } from '@onstream/common';
import { AccountsModule } from './accounts/accounts.module.js';
import { AdminModule } from './admin/admin.module.js';
import { HealthModule } from './health/health.module.js';
import { HouseholdModule } from './household/household.module.js';
import { USERS_EVENTS_STREAM } from './infrastructure/event-publisher.js';
import { IdentityInfrastructureModule } from './infrastructure/identity-infrastructure.module.js';
import { LibraryModule } from './library/library.module.js';
import { MeModule } from './me/me.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PairingModule } from './pairing/pairing.module.js';
import { ParentalModule } from './parental/parental.module.js';
import { ProfilesModule } from './profiles/profiles.module.js';
import { PasswordsModule } from './passwords/passwords.module.js';
import { SessionsModule } from './sessions/sessions.module.js';
import { UsersConfig } from './users.config.js';

@Module({})
export class UsersModule {
  static forRoot(config: UsersConfig): DynamicModule {
    return {
      module: UsersModule,
      global: true,
      imports: [
        serviceDatabase(config, 'users'),
        // Parental controls check content tags, and households provider ids, against the catalog; the plan's device limit at sign-in comes from billing.
        ServiceClientsModule.forRoot({ servers: config.natsServers, timeoutMs: config.NATS_REQUEST_TIMEOUT_MS, name: 'users' }),
        // Its own stream, and those notifications consume from (ensured here too, so the order in which apps start does not matter).
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'users', streams: [USERS_EVENTS_STREAM, MEDIA_STREAM, BILLING_STREAM, CATALOG_STREAM, ENGAGEMENT_STREAM] }),
        HealthModule,
        IdentityInfrastructureModule,
        AccountsModule,
        SessionsModule,
        PasswordsModule,
        MeModule,
        AdminModule,
        ProfilesModule,
        LibraryModule,
        ParentalModule,
        PairingModule,
        HouseholdModule,
        NotificationsModule,
      ],
      controllers: [ServiceHealthController('users')],
      providers: [{ provide: UsersConfig, useValue: config }],
      exports: [UsersConfig],
    };
  }
}
