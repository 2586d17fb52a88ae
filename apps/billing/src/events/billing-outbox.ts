import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { JetStreamBus, OutboxRelay, type OutboxDocument } from '@onstream/common';
import type { Connection } from 'mongoose';
import { BillingConfig } from '../billing.config.js';

/** The collections whose documents carry billing's unpublished events. */
export const OUTBOX_COLLECTIONS = ['ledger', 'subscriptions', 'ppv_purchases'] as const;

/** Billing's outbox relay: publishes events stored with ledger, subscription and purchase changes. */
@Injectable()
export class BillingOutbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly relay: OutboxRelay;

  constructor(@InjectConnection() connection: Connection, bus: JetStreamBus, config: BillingConfig) {
    const collections = OUTBOX_COLLECTIONS.map((name) => connection.collection<OutboxDocument>(name));
    this.relay = new OutboxRelay(bus, collections, { intervalMs: config.BILLING_OUTBOX_INTERVAL_MS });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
  }

  onApplicationShutdown(): void {
    this.relay.stop();
  }

  /** A write stored events: publish them now rather than on the next round. */
  kick(): void {
    this.relay.kick();
  }
}
