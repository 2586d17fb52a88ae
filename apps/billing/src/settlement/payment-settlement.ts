import { Injectable } from '@nestjs/common';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import { PpvService } from '../payments/ppv.service.js';
import { RenewalsService } from '../subscriptions/renewals.service.js';
import { SubscriptionLifecycle } from '../subscriptions/subscription-lifecycle.js';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository.js';

/**
 * What a settled payment means for the thing it paid for, derived from the ledger entry alone, so
 * it can run again (webhook retry, reconciliation, a client's retry) after an attempt that stopped
 * half-way. Every step is idempotent: it moves a purchase or subscription only from the state
 * before the payment.
 */
@Injectable()
export class PaymentSettlement {
  constructor(
    private readonly ppv: PpvService,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly lifecycle: SubscriptionLifecycle,
    private readonly renewals: RenewalsService,
  ) {}

  /** False when a concurrent change kept it from applying: the caller retries later. */
  async follow(entry: LedgerEntry): Promise<boolean> {
    const purpose = entry.purpose;
    if (purpose.kind === 'ppv') {
      await this.ppv.follow(entry);
      return true;
    }
    if (purpose.kind !== 'subscription') return true;
    // A failed first payment leaves the subscription incomplete: the customer may still finish it
    // (3-D Secure), and the sweep expires it after INCOMPLETE_EXPIRY_MS, as Stripe does.
    if (purpose.stage === 'initial' && entry.status === 'completed') {
      const subscription = await this.subscriptions.findById(purpose.subscriptionId);
      if (!subscription) return true;
      return (await this.lifecycle.followInitialPayment(subscription, entry)).status !== 'incomplete';
    }
    if (purpose.stage === 'renewal' && entry.status === 'completed') return this.renewals.completeLateRenewal(purpose.subscriptionId, entry.metadata);
    return true;
  }
}
