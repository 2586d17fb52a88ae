import { Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCodes } from '@onstream/common';
import { ClaimsRepository } from '../claims/claims.repository.js';
import { BillingClock } from '../clock/billing-clock.js';
import { BillingOutbox } from '../events/billing-outbox.js';
import { FaultPoints } from '../faults/fault-points.js';
import { PaymentProvider, type ChargeOutcome } from '../providers/payment-provider.js';
import { ledgerIdOf, type EntryPurpose, type LedgerEntry } from './ledger-entry.js';
import { LedgerRepository, type EntryOutcome } from './ledger.repository.js';
import { TaxTable } from './tax-table.js';

export interface ChargeOrder {
  /** One per charge intent: every retry of the intent names the same entry and provider charge. */
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
  /** Renewals: charged without the customer present. */
  offSession?: boolean;
}

/**
 * Charges through the provider with one ledger entry per intent: record first, then move money
 * under the entry's key as the provider's idempotency key. When the provider's answer is lost
 * the entry stays pending: a retry of the same order asks again under the same key, and the
 * reconciliation sweep settles it if nobody retries.
 */
@Injectable()
export class ChargeService {
  private readonly logger = new Logger(ChargeService.name);

  constructor(
    private readonly ledger: LedgerRepository,
    private readonly provider: PaymentProvider,
    private readonly taxes: TaxTable,
    private readonly clock: BillingClock,
    private readonly outbox: BillingOutbox,
    private readonly faults: FaultPoints,
    private readonly claims: ClaimsRepository,
  ) {}

  /** Refuses a payment method the provider cannot take (400) before anything is claimed or written. */
  checkPaymentMethod(paymentMethod: string): void {
    this.provider.methodLabel(paymentMethod);
  }

  /**
   * Sets a method up with the provider for later off-session charges (trials, card updates) and
   * returns its card fingerprint when the provider gives one; 402 when the provider refuses it.
   */
  async verifyPaymentMethod(paymentMethod: string): Promise<string | undefined> {
    const check = await this.provider.verifyPaymentMethod(paymentMethod);
    if (!check.accepted) throw new DomainError(ErrorCodes.BillingPaymentMethodRejected, 402, 'The payment provider refused this payment method.', { reason: check.message });
    return check.fingerprint;
  }

  async charge(order: ChargeOrder): Promise<LedgerEntry> {
    const tax = this.taxes.assess(order.netAmount, order.country);
    const id = ledgerIdOf(order.key);
    const { entry } = await this.ledger.insertOnce({
      _id: id,
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
      metadata: { ...order.metadata, ledgerId: id },
      createdAt: this.clock.now(),
    });
    // Settled, or waiting for the customer (3-D Secure): the stored outcome stands.
    if (!isUnsettled(entry)) return entry;
    this.faults.crash('charge.after-ledger-insert');
    const charged = await this.whileCharging(entry, async (current) => {
      const outcome = await this.attempt(current, order);
      // No answer: the entry stays pending, to be asked about again (never charged under another key).
      if (!outcome) return current;
      this.faults.crash('charge.after-provider');
      return this.record(current, outcome);
    });
    // Another attempt (a concurrent retry, or reconciliation) is at the provider right now: pending.
    return charged ?? entry;
  }

  /**
   * Runs `work` on the entry as stored, if it still awaits its outcome, while no one else asks
   * the provider about it: reconciliation must not fail a charge as "never seen" while a retry is
   * taking it. Undefined when someone else holds the entry.
   */
  async whileCharging(entry: LedgerEntry, work: (current: LedgerEntry) => Promise<LedgerEntry>): Promise<LedgerEntry | undefined> {
    return this.claims.exclusively(`charging:${entry._id}`, CHARGING_LEASE_MS, async () => {
      const current = (await this.ledger.findById(entry._id)) ?? entry;
      return isUnsettled(current) ? work(current) : current;
    });
  }

  /** Writes a provider outcome onto a pending entry (with its events); returns the entry as stored. */
  async record(entry: LedgerEntry, outcome: ChargeOutcome): Promise<LedgerEntry> {
    const recorded = (await this.ledger.recordOutcome(entry, toEntryOutcome(outcome))) ?? (await this.ledger.findById(entry._id));
    if (!recorded) throw new Error(`ledger entry ${entry._id} vanished`);
    this.outbox.kick();
    this.faults.crash('charge.after-outcome');
    return recorded;
  }

  /** The provider's answer, or null when it is unknown (timeout, connection lost). */
  private async attempt(entry: LedgerEntry, order: ChargeOrder): Promise<ChargeOutcome | null> {
    if (entry.amount === 0) return { status: 'succeeded', providerPaymentId: `free_${entry._id}` };
    try {
      const outcome = await this.provider.charge({
        amount: entry.amount,
        currency: entry.currency,
        paymentMethod: order.paymentMethod,
        idempotencyKey: entry.key,
        description: entry.description,
        metadata: { ...entry.metadata, ledgerId: entry._id },
        offSession: order.offSession ?? false,
      });
      return this.faults.fires('provider.answer-lost') ? null : outcome;
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== ErrorCodes.BillingProviderUnavailable) throw error;
      this.logger.warn({ msg: 'charge outcome unknown; left pending', transactionId: entry._id, err: error.message });
      return null;
    }
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

/**
 * A dead charger's hold on an entry is taken over after this: past a provider call's deadline
 * (NATS_REQUEST_TIMEOUT_MS less a second, one network retry), short enough for a client's retries.
 */
const CHARGING_LEASE_MS = 15_000;

/** A charge whose outcome is not known yet: no provider answer recorded. */
export function isUnsettled(entry: LedgerEntry): boolean {
  return entry.status === 'pending' && !entry.providerPaymentId;
}

/** The 402 a failed charge becomes; the transaction id lets the client look at the attempt. */
export function paymentFailure(entry: LedgerEntry): DomainError {
  const details = { transactionId: entry._id, failureCode: entry.failureCode };
  if (entry.failureCode === 'insufficient_funds') return new DomainError(ErrorCodes.BillingInsufficientFunds, 402, 'The card has insufficient funds.', details);
  if (entry.failureCode === 'card_declined') return new DomainError(ErrorCodes.BillingCardDeclined, 402, 'The card was declined.', details);
  return new DomainError(ErrorCodes.BillingPaymentFailed, 402, 'The payment failed.', details);
}
