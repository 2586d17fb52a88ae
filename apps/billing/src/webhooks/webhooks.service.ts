import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type ProviderWebhookRequest, type WebhookReceipt } from '@onstream/common';
import { BillingClock } from '../clock/billing-clock.js';
import { BillingOutbox } from '../events/billing-outbox.js';
import { FaultPoints } from '../faults/fault-points.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { PaymentProvider, type ProviderEvent } from '../providers/payment-provider.js';
import { PaymentSettlement } from '../settlement/payment-settlement.js';
import { WebhookEventsRepository } from './webhook-events.repository.js';

/**
 * Provider webhooks: verified by signature, matched to our entry by the ledger id in the payment's
 * metadata (the provider id as a fallback), applied in any order — a payment's status only moves
 * to what the newest event (by the provider's timestamp) says. An event is marked processed only
 * after all its effects; a delivery after an attempt that stopped half-way re-runs the effects
 * from the ledger's state (they are idempotent).
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly processed: WebhookEventsRepository,
    private readonly ledger: LedgerRepository,
    private readonly settlement: PaymentSettlement,
    private readonly outbox: BillingOutbox,
    private readonly faults: FaultPoints,
    private readonly clock: BillingClock,
  ) {}

  async receive({ provider, payload, signature }: ProviderWebhookRequest): Promise<WebhookReceipt> {
    if (provider !== this.provider.name) throw DomainError.notFound(`The ${provider} webhook endpoint`);
    const event = this.provider.parseWebhook(payload, signature);
    if (await this.processed.isProcessed(provider, event.id)) return { received: true, duplicate: true };
    await this.apply(event);
    await this.processed.markProcessed(provider, event.id, this.clock.now());
    return { received: true, duplicate: false };
  }

  private async apply(event: ProviderEvent): Promise<void> {
    if (event.kind === 'ignored' || (!event.ledgerId && !event.providerPaymentId)) return;
    const entry = await this.target(event);
    // Possibly faster than our own write: answer 409 so the provider retries.
    if (!entry) throw new DomainError(ErrorCodes.BillingWebhookTargetUnknown, 409, 'No payment matches this event (yet); retry later.');
    const status = event.kind === 'payment_succeeded' ? 'completed' : 'failed';
    const updated = await this.ledger.applyProviderEvent(entry, {
      status,
      providerEventAt: event.createdAt,
      requiresAction: false,
      ...(event.providerPaymentId ? { providerPaymentId: event.providerPaymentId } : {}),
      ...(status === 'failed' ? { failureCode: 'card_declined' } : {}),
    });
    this.outbox.kick();
    this.faults.crash('webhook.after-ledger-update');
    // Older than the event already applied: the entry's current state is what the effects follow.
    const current = updated ?? (await this.ledger.findById(entry._id)) ?? entry;
    if (!(await this.settlement.follow(current))) {
      throw new DomainError(ErrorCodes.Conflict, 409, 'The subscription changed meanwhile; retry.');
    }
  }

  private async target(event: ProviderEvent): Promise<LedgerEntry | null> {
    if (event.ledgerId) {
      const entry = await this.ledger.findById(event.ledgerId);
      if (entry) return entry;
    }
    return event.providerPaymentId ? this.ledger.findByProviderPaymentId(event.providerPaymentId) : null;
  }
}
