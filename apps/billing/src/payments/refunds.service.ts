import { Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCodes, type RefundRequest, type TransactionResponse, requireAccess } from '@onstream/common';
import { BillingClock } from '../clock/billing-clock.js';
import { EntitlementCache } from '../entitlements/entitlement-cache.js';
import { BillingOutbox } from '../events/billing-outbox.js';
import { FaultPoints } from '../faults/fault-points.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ledgerIdOf, toTransactionResponse, type LedgerEntry } from '../ledger/ledger-entry.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { PaymentProvider } from '../providers/payment-provider.js';
import { roundHalfUp } from '../subscriptions/proration.js';
import { PpvService } from './ppv.service.js';

const BATCH = 100;

/**
 * Admin refunds, full or partial. Each refund is its own ledger entry keyed `refund:<charge>:<n>`,
 * so two concurrent refunds of one charge cannot both pass the "not more than charged" check:
 * the second collides on the key. A PPV charge refunded in full revokes the purchase.
 *
 * A refund entry stays marked unfinished until its outcome is recorded and the purchase has
 * followed it: a request that died between two writes is finished by the client's retry (same
 * key) or, if nobody retries, by reconciliation (finishUnfinished), each step idempotent.
 */
@Injectable()
export class RefundsService {
  private readonly logger = new Logger(RefundsService.name);

  constructor(
    private readonly ledger: LedgerRepository,
    private readonly provider: PaymentProvider,
    private readonly ppv: PpvService,
    private readonly idempotency: IdempotencyService,
    private readonly outbox: BillingOutbox,
    private readonly cache: EntitlementCache,
    private readonly faults: FaultPoints,
    private readonly clock: BillingClock,
  ) {}

  refund({ actor, idempotencyKey, transactionId, refund }: RefundRequest): Promise<TransactionResponse> {
    requireAccess(actor, 'billing.admin');
    return this.idempotency.run({ scope: 'refund', callerId: actor.userId, key: idempotencyKey, body: { transactionId, ...refund } }, async (intentId) =>
      toTransactionResponse(await this.refundCharge(transactionId, refund.amount, refund.reason, intentId)),
    );
  }

  /** Finishes refunds left unfinished since before `cutoff` (reconciliation); returns how many. */
  async finishUnfinished(cutoff: Date): Promise<number> {
    let finished = 0;
    let after: LedgerEntry | undefined;
    for (;;) {
      const refunds = await this.ledger.unfinishedRefundsSince(cutoff, BATCH, after);
      for (const refund of refunds) if (await this.finishOrLog(refund)) finished += 1;
      if (refunds.length < BATCH) return finished;
      after = refunds[refunds.length - 1];
    }
  }

  /** One refund's failure (a provider outage) never stops the others: it is retried on the next sweep. */
  private async finishOrLog(refund: LedgerEntry): Promise<boolean> {
    try {
      const charge = refund.refundOf ? await this.ledger.findById(refund.refundOf) : null;
      if (!charge) throw new Error(`refunded charge ${refund.refundOf ?? '(none)'} not found`);
      const recorded = await this.send(charge, refund);
      this.logger.log({ msg: 'refund reconciled', transactionId: refund._id, status: recorded.status });
      return recorded.status !== 'pending';
    } catch (error) {
      this.logger.error({ msg: 'refund not reconciled; retried on the next sweep', transactionId: refund._id, err: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  private async refundCharge(transactionId: string, requested: number | undefined, reason: string | undefined, intentId: string): Promise<LedgerEntry> {
    const charge = await this.ledger.findById(transactionId);
    if (!charge) throw DomainError.notFound('The transaction');
    if ((charge.type !== 'charge' && charge.type !== 'ppv') || charge.status !== 'completed' || !charge.providerPaymentId) {
      throw new DomainError(ErrorCodes.BillingNotRefundable, 409, 'Only a completed charge or PPV payment can be refunded.');
    }
    const earlier = await this.ledger.refundsOf(charge._id);
    // An earlier attempt of this same request (it died or lost the provider's answer): finish that refund.
    const unfinished = earlier.find((r) => r.metadata.refundIntent === intentId);
    if (unfinished) return this.send(charge, unfinished);
    const refunded = earlier.filter((r) => r.status !== 'failed').reduce((sum, r) => sum + r.amount, 0);
    const remaining = charge.amount - refunded;
    const amount = requested ?? remaining;
    if (amount <= 0 || amount > remaining) {
      throw new DomainError(ErrorCodes.BillingRefundExceedsCharge, 422, `At most ${remaining} (minor units) of this charge can still be refunded.`, { remaining });
    }
    const taxAmount = roundHalfUp(charge.taxAmount * amount, charge.amount);
    const key = `refund:${charge._id}:${earlier.length + 1}`;
    const now = this.clock.now();
    const { entry, inserted } = await this.ledger.insertOnce({
      _id: ledgerIdOf(key),
      key,
      userId: charge.userId,
      type: 'refund',
      status: 'pending',
      amount,
      netAmount: amount - taxAmount,
      taxAmount,
      taxRate: charge.taxRate,
      taxCountry: charge.taxCountry,
      currency: charge.currency,
      method: charge.method,
      provider: charge.provider,
      description: `Refund of ${charge.description}`,
      purpose: { kind: 'refund' },
      refundOf: charge._id,
      metadata: { ...charge.metadata, ...(reason ? { reason } : {}), refundIntent: intentId },
      createdAt: now,
      unfinishedSince: now,
    });
    // Taken by a concurrent attempt of this same request (a retry after its lease ran out): the same refund.
    if (!inserted && entry.metadata.refundIntent !== intentId) throw new DomainError(ErrorCodes.Conflict, 409, 'Another refund of this charge was just recorded; reload and try again.');
    return this.send(charge, entry);
  }

  /**
   * Refunds at the provider under the entry's key (a repeat is the same refund), records the
   * outcome, and makes the purchase follow; each step is safe to run again.
   */
  private async send(charge: LedgerEntry, entry: LedgerEntry): Promise<LedgerEntry> {
    let recorded = entry;
    if (entry.status === 'pending') {
      this.faults.crash('refund.after-ledger-insert');
      const outcome = await this.provider.refund({ providerPaymentId: charge.providerPaymentId ?? '', amount: entry.amount, idempotencyKey: entry.key });
      this.faults.crash('refund.after-provider');
      const status = outcome.status === 'failed' ? 'failed' : outcome.status === 'succeeded' ? 'completed' : 'pending';
      const stored = (await this.ledger.recordOutcome(entry, { status, providerPaymentId: outcome.providerRefundId })) ?? (await this.ledger.findById(entry._id));
      if (!stored) throw new Error(`refund entry ${entry._id} vanished`);
      recorded = stored;
      this.outbox.kick();
      this.faults.crash('refund.after-outcome');
    }
    if (recorded.status === 'pending') return recorded;
    await this.follow(charge, recorded);
    return recorded;
  }

  /**
   * A PPV charge that completed refunds cover in full revokes its purchase (the ledger decides, not
   * the refund at hand: partial refunds add up). Then the refund is marked finished.
   */
  private async follow(charge: LedgerEntry, refund: LedgerEntry): Promise<void> {
    if (refund.status === 'completed') {
      this.cache.forgetUser(charge.userId);
      if (charge.purpose.kind === 'ppv' && (await this.ledger.refundedInFull(charge._id))) await this.ppv.revoke(charge.purpose.purchaseId);
    }
    if (refund.unfinishedSince) await this.ledger.markRefundFinished(refund._id);
  }
}
