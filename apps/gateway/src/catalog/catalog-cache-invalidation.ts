import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { CatalogBroadcasts, type CacheStaleBroadcast } from '@onstream/common';
import { GatewayConfig } from '../gateway.config.js';
import { CatalogResponseCache } from './catalog-cache.js';

/**
 * Drops the cached catalog reads (or only the lists, when the broadcast says so) when the catalog says they went stale (TMDb refresh, backfills,
 * imports, own videos that became playable or left): a core NATS broadcast, so every gateway
 * replica hears it. A missed message only means the entries live out their TTL.
 */
@Injectable()
export class CatalogCacheInvalidation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CatalogCacheInvalidation.name);
  private connection: NatsConnection | undefined;

  constructor(
    private readonly cache: CatalogResponseCache,
    private readonly config: GatewayConfig,
  ) {}

  onApplicationBootstrap(): void {
    // In the background: the gateway answers (503s) even while NATS is down, and this connects when it is back.
    void this.listen().catch((error: unknown) => this.logger.error({ msg: 'catalog cache invalidation not listening', err: error instanceof Error ? error.message : String(error) }));
  }

  private async listen(): Promise<void> {
    this.connection = await connect({ servers: this.config.natsServers, name: 'gateway-catalog-cache', maxReconnectAttempts: -1, reconnectTimeWait: 500, waitOnFirstConnect: true });
    this.connection.subscribe(CatalogBroadcasts.CacheStale, {
      callback: (error, message) => {
        if (error) {
          this.logger.error({ msg: 'catalog cache subscription failed', err: error.message });
          return;
        }
        const listsOnly = this.scopeOf(message.string()) === 'lists';
        (listsOnly ? this.cache.dropLists() : this.cache.clear()).then(
          () => this.logger.log({ msg: listsOnly ? 'cached catalog lists dropped after catalog background work' : 'catalog cache cleared after catalog background work' }),
          (failure: unknown) => this.logger.warn({ msg: 'catalog cache not cleared', err: failure instanceof Error ? failure.message : String(failure) }),
        );
      },
    });
  }

  /** The broadcast's scope (catalog's bus wraps it as `{origin, data}`); an unreadable one means every page. */
  private scopeOf(text: string): CacheStaleBroadcast['scope'] {
    try {
      return (JSON.parse(text) as { data?: Partial<CacheStaleBroadcast> }).data?.scope === 'lists' ? 'lists' : undefined;
    } catch (error) {
      this.logger.warn({ msg: 'unreadable cache-stale broadcast; clearing every cached page', err: String(error) });
      return undefined;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.drain();
  }
}
