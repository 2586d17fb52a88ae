import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { JetStreamBus, OutboxService } from '@onstream/common';
import type { Connection } from 'mongoose';
import { BillingConfig } from '../billing.config.js';

/** The collections whose documents carry billing's events. */
export const OUTBOX_COLLECTIONS = ['ledger', 'subscriptions', 'ppv_purchases'] as const;

/** Billing's outbox relay: publishes events stored with ledger, subscription and purchase changes. */
@Injectable()
export class BillingOutbox extends OutboxService<(typeof OUTBOX_COLLECTIONS)[number]> {
  constructor(@InjectConnection() connection: Connection, bus: JetStreamBus, config: BillingConfig) {
    super(connection, bus, OUTBOX_COLLECTIONS, config.BILLING_OUTBOX_INTERVAL_MS);
  }
}
