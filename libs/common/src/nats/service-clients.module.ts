import { Global, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import type { AnalyticsContract } from '../contracts/analytics/analytics.patterns.js';
import type { BillingContract } from '../contracts/billing/billing.patterns.js';
import type { CatalogContract } from '../contracts/catalog/catalog.patterns.js';
import type { EngagementContract } from '../contracts/engagement/engagement.patterns.js';
import type { MediaContract } from '../contracts/media/media.patterns.js';
import type { UsersContract } from '../contracts/users/users.patterns.js';
import { ServiceClient } from './service-client.js';

export class UsersClient extends ServiceClient<UsersContract> {}
export class CatalogClient extends ServiceClient<CatalogContract> {}
export class MediaClient extends ServiceClient<MediaContract> {}
export class BillingClient extends ServiceClient<BillingContract> {}
export class AnalyticsClient extends ServiceClient<AnalyticsContract> {}
export class EngagementClient extends ServiceClient<EngagementContract> {}

export const NATS_PROXY = Symbol('NATS_PROXY');

export interface ServiceClientsOptions {
  servers: string[];
  timeoutMs: number;
  name: string;
}

class NatsProxyCloser implements OnApplicationShutdown {
  constructor(private readonly proxy: ClientProxy) {}
  async onApplicationShutdown(): Promise<void> {
    await this.proxy.close();
  }
}

/** One NATS connection per process, shared by a typed client per service. */
@Global()
@Module({})
export class ServiceClientsModule {
  static forRoot(options: ServiceClientsOptions): DynamicModule {
    const client = <T>(Type: new (service: string, proxy: ClientProxy, timeoutMs: number) => T, service: string) => ({
      provide: Type,
      useFactory: (proxy: ClientProxy) => new Type(service, proxy, options.timeoutMs),
      inject: [NATS_PROXY],
    });
    const clients = [
      client(UsersClient, 'users'),
      client(CatalogClient, 'catalog'),
      client(MediaClient, 'media'),
      client(BillingClient, 'billing'),
      client(AnalyticsClient, 'analytics'),
      client(EngagementClient, 'engagement'),
    ];
    return {
      module: ServiceClientsModule,
      providers: [
        {
          provide: NATS_PROXY,
          useFactory: () =>
            ClientProxyFactory.create({
              transport: Transport.NATS,
              // Reconnect forever: a NATS restart must heal without restarting this process.
              options: { servers: options.servers, name: options.name, maxReconnectAttempts: -1, reconnectTimeWait: 500 },
            }),
        },
        { provide: NatsProxyCloser, useFactory: (proxy: ClientProxy) => new NatsProxyCloser(proxy), inject: [NATS_PROXY] },
        ...clients,
      ],
      exports: [NATS_PROXY, ...clients.map((c) => c.provide)],
    };
  }
}
