import { Inject, Injectable } from '@nestjs/common';
import type { ClientNats } from '@nestjs/microservices';
import {
  AnalyticsClient,
  BillingClient,
  CatalogClient,
  DomainError,
  EngagementClient,
  healthPattern,
  MediaClient,
  NATS_PROXY,
  overallStatus,
  pingPattern,
  probe,
  UsersClient,
  type DependencyCheck,
  type ServiceHealth,
  type ServiceName,
  type ServicePing,
} from '@onstream/common';
import type { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config.js';
import { REDIS } from '../redis/redis.module.js';
import type { ReadinessReport } from './health.dto.js';

type AnyServiceClient = UsersClient | CatalogClient | MediaClient | BillingClient | AnalyticsClient | EngagementClient;

@Injectable()
export class ReadinessService {
  private readonly services: Array<[ServiceName, AnyServiceClient]>;

  constructor(
    users: UsersClient,
    catalog: CatalogClient,
    media: MediaClient,
    billing: BillingClient,
    analytics: AnalyticsClient,
    engagement: EngagementClient,
    @Inject(NATS_PROXY) private readonly nats: ClientNats,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: GatewayConfig,
  ) {
    this.services = [
      ['users', users],
      ['catalog', catalog],
      ['media', media],
      ['billing', billing],
      ['analytics', analytics],
      ['engagement', engagement],
    ];
  }

  async report(): Promise<ReadinessReport> {
    const [dependencies, services] = await Promise.all([this.checkOwnDependencies(), Promise.all(this.services.map(([name, client]) => this.checkService(name, client)))]);
    const status = overallStatus([...dependencies, ...services.map((s) => ({ name: s.service, status: s.status, latencyMs: s.latencyMs }))]);
    return { status, dependencies, services };
  }

  private checkOwnDependencies(): Promise<DependencyCheck[]> {
    const timeout = this.config.HEALTH_TIMEOUT_MS;
    return Promise.all([
      probe('nats', async () => (await this.nats.connect()).rtt(), timeout),
      probe('redis', () => this.redis.ping(), timeout),
    ]);
  }

  /** The cheapest round trip through NATS to one service (no store touched). */
  ping(name: ServiceName): Promise<ServicePing> {
    const client = this.services.find(([service]) => service === name)?.[1] as UsersClient;
    return client.send(pingPattern(name) as 'users.health.ping', {});
  }

  /** Asks one service for its own health; no answer in time means it is down. */
  private async checkService(name: ServiceName, client: AnyServiceClient): Promise<ServiceHealth> {
    const started = performance.now();
    try {
      const health = await (client as UsersClient).send(healthPattern(name) as 'users.health.check', {}, { timeoutMs: this.config.HEALTH_TIMEOUT_MS });
      return { ...health, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
    } catch (error) {
      const reason = error instanceof DomainError ? error.message : 'health check failed';
      return {
        service: name,
        status: 'down',
        instance: 'unknown',
        uptimeSeconds: 0,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        checks: [{ name: 'nats-reply', status: 'down', latencyMs: 0, error: reason }],
      };
    }
  }
}
