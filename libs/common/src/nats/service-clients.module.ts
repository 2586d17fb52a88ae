import { Global, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { ClientProxyFactory, Transport, type ClientNats, type ClientProxy } from '@nestjs/microservices';
import { AnalyticsPatternPolicies, type AnalyticsContract } from '../contracts/analytics/analytics.patterns.js';
import { BillingPatternPolicies, type BillingContract } from '../contracts/billing/billing.patterns.js';
import { CatalogPatternPolicies, type CatalogContract } from '../contracts/catalog/catalog.patterns.js';
import { EngagementPatternPolicies, type EngagementContract } from '../contracts/engagement/engagement.patterns.js';
import { MediaPatternPolicies, type MediaContract } from '../contracts/media/media.patterns.js';
import { UsersPatternPolicies, type UsersContract } from '../contracts/users/users.patterns.js';
import type { Contract } from './contract.js';
import type { PatternPolicies } from './pattern-policy.js';
import { MuxRequestProxy, type RequestProxy } from './mux-request-proxy.js';
import { DEFAULT_CIRCUIT, ServiceClient, type ResilienceOptions } from './service-client.js';

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
  /** Extra tries of a read that got no answer. */
  readRetries?: number;
  /** Per-pattern deadlines from configuration, winning over the contracts' own. */
  patternTimeouts?: Record<string, number>;
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
    type ClientType<C extends Contract> = new (service: string, proxy: RequestProxy, timeoutMs: number, circuit: typeof DEFAULT_CIRCUIT, resilience: ResilienceOptions<C>) => ServiceClient<C>;
    const client = <C extends Contract>(Type: ClientType<C>, service: string, policies: PatternPolicies<C>) => ({
      provide: Type,
      useFactory: (proxy: ClientProxy) =>
        new Type(service, new MuxRequestProxy(proxy as ClientNats), options.timeoutMs, DEFAULT_CIRCUIT, { policies, patternTimeouts: options.patternTimeouts, readRetries: options.readRetries }),
      inject: [NATS_PROXY],
    });
    const clients = [
      client(UsersClient, 'users', UsersPatternPolicies),
      client(CatalogClient, 'catalog', CatalogPatternPolicies),
      client(MediaClient, 'media', MediaPatternPolicies),
      client(BillingClient, 'billing', BillingPatternPolicies),
      client(AnalyticsClient, 'analytics', AnalyticsPatternPolicies),
      client(EngagementClient, 'engagement', EngagementPatternPolicies),
    ];
    return {
      module: ServiceClientsModule,
      providers: [
        {
          provide: NATS_PROXY,
          useFactory: () =>
            ClientProxyFactory.create({
              transport: Transport.NATS,
              // Reconnect forever: a NATS restart must heal without restarting this process. No async
              // traces: nats.js would build an Error with a stack on every request in case it fails
              // (8.5 % of the gateway's CPU in the ping's profile); our own errors name the pattern.
              options: { servers: options.servers, name: options.name, maxReconnectAttempts: -1, reconnectTimeWait: 500, noAsyncTraces: true },
            }),
        },
        { provide: NatsProxyCloser, useFactory: (proxy: ClientProxy) => new NatsProxyCloser(proxy), inject: [NATS_PROXY] },
        ...clients,
      ],
      exports: [NATS_PROXY, ...clients.map((c) => c.provide)],
    };
  }
}
