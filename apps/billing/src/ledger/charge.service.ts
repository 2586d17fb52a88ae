import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCodes } from '@onstream/common';
import { BillingClock } from '../clock/billing-clock.js';
import { BillingEventsPublisher } from '../events/billing-events.publisher.js';
import { PaymentProvider, type ChargeOutcome } from '../providers/payment-provider.js';
import type { EntryPurpose, LedgerEntry } from './ledger-entry.js';
import { LedgerRepository, type EntryOutcome } from './ledger.repository.js';
import { TaxTable } from './tax-table.js';

export interface ChargeOrder {
  /** Unique per charge attempt; a repeat returns the first attempt's entry, never charges again. */
  key: string;
  userId: string;
  type: 'charge' | 'ppv';
  netAmount: number;
  currency: string;
  country: string;
  paymentMethod: string;
  description: string;
  purpose: EntryPurpose;
  metadata: Record<string, string>;
}

/** Charges through the provider with a ledger entry per attempt: record first, then move money. */
@Injectable()
export class ChargeService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly provider: PaymentProvider,
    private readonly taxes: TaxTable,
    private readonly clock: BillingClock,
    private readonly events: BillingEventsPublisher,
  ) {}

  async charge(order: ChargeOrder): Promise<LedgerEntry> {
    const tax = this.taxes.assess(order.netAmount, order.country);
    const { entry } = await this.ledger.insertOnce({
      _id: randomUUID(),
      key: order.key,
      userId: order.userId,
      type: order.type,
      status: 'pending',
      amount: tax.total,
      netAmount: tax.netAmount,
      taxAmount: tax.taxAmount,
      taxRate: tax.rate,
      taxCountry: tax.country,
      currency: order.currency,
      method: this.provider.methodLabel(order.paymentMethod),
      provider: this.provider.name,
      description: order.description,
      purpose: order.purpose,
      metadata: order.metadata,
      createdAt: this.clock.now(),
    });
    // Already attempted (a repeat of the same order): the stored outcome stands.
    if (entry.status !== 'pending' || entry.providerPaymentId) return entry;
    const outcome: ChargeOutcome =
      entry.amount === 0
        ? { status: 'succeeded', providerPaymentId: `free_${entry._id}` }
        : await this.provider.charge({ amount: entry.amount, currency: entry.currency, paymentMethod: order.paymentMethod, idempotencyKey: entry.key, description: entry.description, metadata: entry.metadata });
    const recorded = (await this.ledger.recordOutcome(entry._id, toEntryOutcome(outcome))) ?? (await this.ledger.findById(entry._id));
    if (!recorded) throw new Error(`ledger entry ${entry._id} vanished`);
    if (recorded.status === 'completed') await this.announce(recorded);
    if (recorded.status === 'failed') await this.announceFailure(recorded);
    return recorded;
  }

  announce(entry: LedgerEntry): Promise<void> {
    return this.events.paymentCompleted({ transactionId: entry._id, userId: entry.userId, type: entry.type, amount: entry.amount, currency: entry.currency });
  }

  announceFailure(entry: LedgerEntry): Promise<void> {
    const { _id: transactionId, userId, type, amount, currency, description } = entry;
    return this.events.paymentFailed({ transactionId, userId, type, amount, currency, description, failureCode: entry.failureCode ?? 'payment_failed' });
  }
}

function toEntryOutcome(outcome: ChargeOutcome): EntryOutcome {
  switch (outcome.status) {
    case 'succeeded':
      return { status: 'completed', providerPaymentId: outcome.providerPaymentId };
    case 'requires_action':
      return { status: 'pending', providerPaymentId: outcome.providerPaymentId, requiresAction: true };
    case 'failed':
      return { status: 'failed', failureCode: outcome.failureCode, ...(outcome.providerPaymentId ? { providerPaymentId: outcome.providerPaymentId } : {}) };
  }
}

/** The 402 a failed charge becomes; the transaction id lets the client look at the attempt. */
export function paymentFailure(entry: LedgerEntry): DomainError {
  const details = { transactionId: entry._id, failureCode: entry.failureCode };
  if (entry.failureCode === 'insufficient_funds') return new DomainError(ErrorCodes.BillingInsufficientFunds, 402, 'The card has insufficient funds.', details);
  if (entry.failureCode === 'card_declined') return new DomainError(ErrorCodes.BillingCardDeclined, 402, 'The card was declined.', details);
  return new DomainError(ErrorCodes.BillingPaymentFailed, 402, 'The payment failed.', details);
}
