import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { OutboxRelay, type OutboxEvent, type OutboxPublisher } from './outbox.js';

/**
 * A service's outbox relay as a Nest provider: extend it with the service's collections. Started
 * with the application, woken by `kick()` after each write that stored events.
 */
export abstract class OutboxService<Name extends string = string> implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly relay: OutboxRelay;

  protected constructor(connection: Connection, publisher: OutboxPublisher, collections: readonly Name[], intervalMs: number) {
    if (!connection.db) throw new Error('outbox: the database connection is not open');
    this.relay = new OutboxRelay(publisher, connection.db, collections, { intervalMs });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
  }

  /** Before the connections close: a round still running would fail on a closed client. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }

  /** A write stored events: publish them now rather than on the next round. */
  kick(): void {
    this.relay.kick();
  }

  /** The entries a document of `collection` keeps on its owner's next write (see OutboxRelay.trim). */
  trim(collection: Name, entries: OutboxEvent[] | undefined): Promise<OutboxEvent[]> {
    return this.relay.trim(collection, entries);
  }

  /** Documents of `collection` whose events were all stored before this time carry none unpublished. */
  publishedBefore(collection: Name): Promise<Date> {
    return this.relay.publishedBefore(collection);
  }

  /** One relay round now, returning the events it published (tests; the timer and kicks run it otherwise). */
  relayNow(): Promise<number> {
    return this.relay.relay();
  }

  /** Events stored and not yet published (health, tests). */
  backlog(): Promise<number> {
    return this.relay.backlog();
  }
}
