import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { CatalogConfig } from '../catalog.config.js';

interface Envelope<T> {
  origin: string;
  data: T;
}

/**
 * Core NATS publish/subscribe WITHOUT a queue group: every catalog replica receives every message.
 * Used for in-process state each replica keeps (the search index). Messages carry the sender's
 * id so a replica can skip what it already applied itself.
 */
@Injectable()
export class CatalogBroadcastBus implements OnApplicationShutdown {
  private readonly logger = new Logger(CatalogBroadcastBus.name);
  readonly replicaId = randomUUID();
  private connection: Promise<NatsConnection> | undefined;

  constructor(private readonly config: CatalogConfig) {}

  private nats(): Promise<NatsConnection> {
    this.connection ??= connect({ servers: this.config.natsServers, name: 'catalog-broadcast', maxReconnectAttempts: -1, reconnectTimeWait: 500 });
    return this.connection;
  }

  async publish<T>(subject: string, data: T): Promise<void> {
    const envelope: Envelope<T> = { origin: this.replicaId, data };
    (await this.nats()).publish(subject, JSON.stringify(envelope));
  }

  /** Calls `handler` for messages from other replicas; a failing handler is logged, never fatal. */
  async subscribe<T>(subject: string, handler: (data: T) => Promise<void>): Promise<void> {
    const nats = await this.nats();
    nats.subscribe(subject, {
      callback: (error, message) => {
        if (error) {
          this.logger.error({ msg: 'broadcast subscription failed', subject, err: error.message });
          return;
        }
        const envelope = message.json<Envelope<T>>();
        if (envelope.origin === this.replicaId) return;
        handler(envelope.data).catch((failure: unknown) =>
          this.logger.error({ msg: 'broadcast handler failed', subject, err: failure instanceof Error ? failure.message : String(failure) }),
        );
      },
    });
    // Make sure the server knows the subscription before anyone relies on it.
    await nats.flush();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connection) await (await this.connection).drain();
  }
}
