import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type ProviderWebhookRequest, type WebhookReceipt } from '@onstream/common';
import { BillingClock } from '../clock/billing-clock.js';
import { ChargeService } from '../ledger/charge.service.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { PpvService } from '../payments/ppv.service.js';
import { PaymentProvider, type ProviderEvent } from '../providers/payment-provider.js';
import { RenewalsService } from '../subscriptions/renewals.service.js';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository.js';
import { SubscriptionLifecycle } from '../subscriptions/subscription-lifecycle.js';
import { WebhookEventsRepository } from './webhook-events.repository.js';

/**
 * Provider webhooks: verified by signature, taken in once per event id, and applied in any order —
 * a payment's status only moves to what the newest event (by the provider's timestamp) says.
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly received: WebhookEventsRepository,
    private readonly ledger: LedgerRepository,
    private readonly charges: ChargeService,
    private readonly ppv: PpvService,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly lifecycle: SubscriptionLifecycle,
    private readonly renewals: RenewalsService,
    private readonly clock: BillingClock,
  ) {}

  async receive({ provider, payload, signature }: ProviderWebhookRequest): Promise<WebhookReceipt> {
    if (provider !== this.provider.name) throw DomainError.notFound(`The ${provider} webhook endpoint`);
    const event = this.provider.parseWebhook(payload, signature);
    if (!(await this.received.remember(provider, event.id, this.clock.now()))) return { received: true, duplicate: true };
    try {
      await this.apply(event);
    } catch (error) {
      await this.received.forget(provider, event.id);
      throw error;
    }
    return { received: true, duplicate: false };
  }

  private async apply(event: ProviderEvent): Promise<void> {
    if (event.kind === 'ignored' || !event.providerPaymentId) return;
    const entry = await this.ledger.findByProviderPaymentId(event.providerPaymentId);
    // Possibly faster than our own write of the provider id: answer 409 so the provider retries.
    if (!entry) throw new DomainError(ErrorCodes.BillingWebhookTargetUnknown, 409, 'No payment with this provider id (yet); retry later.');
    const status = event.kind === 'payment_succeeded' ? 'completed' : 'failed';
    const updated = await this.ledger.applyProviderEvent(entry._id, {
      status,
      providerEventAt: event.createdAt,
      requiresAction: false,
      ...(status === 'failed' ? { failureCode: 'card_declined' } : {}),
    });
    // An older event than the one already applied, or no change: nothing more to do.
    if (!updated || updated.status === entry.status) return;
    if (updated.status === 'completed') await this.completed(updated);
    else {
      if (entry.purpose.kind === 'ppv') await this.ppv.fail(entry.purpose.purchaseId);
      if (updated.status === 'failed') await this.charges.announceFailure(updated);
    }
  }

  private async completed(entry: LedgerEntry): Promise<void> {
    await this.charges.announce(entry);
    if (entry.purpose.kind === 'ppv') {
      await this.ppv.activate(entry.purpose.purchaseId, entry._id);
      return;
    }
    if (entry.purpose.kind === 'subscription' && entry.purpose.stage === 'renewal') {
      if (!(await this.renewals.completeLateRenewal(entry.purpose.subscriptionId, entry.metadata))) {
        throw new DomainError(ErrorCodes.Conflict, 409, 'The subscription changed meanwhile; retry.');
      }
      return;
    }
    if (entry.purpose.kind === 'subscription' && entry.purpose.stage === 'initial') {
      const subscription = await this.subscriptions.findById(entry.purpose.subscriptionId);
      if (subscription?.status !== 'incomplete') return;
      const activated = await this.lifecycle.apply(subscription, { status: 'active' });
      if (!activated) throw new DomainError(ErrorCodes.Conflict, 409, 'The subscription changed meanwhile; retry.');
    }
  }
}
