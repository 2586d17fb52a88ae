import { Injectable, Logger } from '@nestjs/common';
import { BillingEvents, JetStreamBus, type EntitlementEvent, type PaymentEvent, type PaymentFailedEvent, type SubscriptionChangedEvent, type SubscriptionRenewsSoonEvent } from '@onstream/common';

/**
 * Publishes billing.* events on JetStream with a deterministic event id, so a repeated publish
 * of the same fact is stored once. A failed publish is logged with the event, not retried: the
 * ledger stays the source of truth (an outbox is the follow-up, see README).
 */
@Injectable()
export class BillingEventsPublisher {
  private readonly logger = new Logger(BillingEventsPublisher.name);

  constructor(private readonly bus: JetStreamBus) {}

  paymentCompleted(event: PaymentEvent): Promise<void> {
    return this.publish(BillingEvents.PaymentCompleted, event, `payment-completed:${event.transactionId}`);
  }

  paymentRefunded(event: PaymentEvent): Promise<void> {
    return this.publish(BillingEvents.PaymentRefunded, event, `payment-refunded:${event.transactionId}`);
  }

  subscriptionChanged(event: SubscriptionChangedEvent, version: number): Promise<void> {
    return this.publish(BillingEvents.SubscriptionChanged, event, `subscription:${event.subscriptionId}:${version}`);
  }

  paymentFailed(event: PaymentFailedEvent): Promise<void> {
    return this.publish(BillingEvents.PaymentFailed, event, `payment-failed:${event.transactionId}`);
  }

  /**
   * One event id per subscription and period: a repeated notice of the same period is stored once.
   * Unlike the others it throws when not published, so the sweep tries the notice again.
   */
  async subscriptionRenewsSoon(event: SubscriptionRenewsSoonEvent): Promise<void> {
    await this.bus.publish(BillingEvents.SubscriptionRenewsSoon, event, `subscription-renews-soon:${event.subscriptionId}:${event.renewsAt}`);
  }

  entitlementGranted(event: EntitlementEvent, factId: string): Promise<void> {
    return this.publish(BillingEvents.EntitlementGranted, event, `entitlement-granted:${factId}`);
  }

  entitlementRevoked(event: EntitlementEvent, factId: string): Promise<void> {
    return this.publish(BillingEvents.EntitlementRevoked, event, `entitlement-revoked:${factId}`);
  }

  private async publish<T>(type: string, data: T, eventId: string): Promise<void> {
    try {
      await this.bus.publish(type, data, eventId);
    } catch (error) {
      this.logger.error({ msg: 'billing event not published', type, eventId, data, err: error instanceof Error ? error.message : String(error) });
    }
  }
}
