import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type RefundRequest, type TransactionResponse, requireAccess } from '@onstream/common';
import { BillingClock } from '../clock/billing-clock.js';
import { BillingOutbox } from '../events/billing-outbox.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ledgerIdOf, toTransactionResponse, type LedgerEntry } from '../ledger/ledger-entry.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { PaymentProvider } from '../providers/payment-provider.js';
import { roundHalfUp } from '../subscriptions/proration.js';
import { PpvService } from './ppv.service.js';

/**
 * Admin refunds, full or partial. Each refund is its own ledger entry keyed `refund:<charge>:<n>`,
 * so two concurrent refunds of one charge cannot both pass the "not more than charged" check:
 * the second collides on the key. A PPV charge refunded in full revokes the purchase.
 */
@Injectable()
export class RefundsService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly provider: PaymentProvider,
    private readonly ppv: PpvService,
    private readonly idempotency: IdempotencyService,
    private readonly outbox: BillingOutbox,
    private readonly clock: BillingClock,
  ) {}

  refund({ actor, idempotencyKey, transactionId, refund }: RefundRequest): Promise<TransactionResponse> {
    requireAccess(actor, 'billing.admin');
    return this.idempotency.run({ scope: 'refund', callerId: actor.userId, key: idempotencyKey, body: { transactionId, ...refund } }, async (intentId) =>
      toTransactionResponse(await this.refundCharge(transactionId, refund.amount, refund.reason, intentId)),
    );
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
    if (unfinished) return this.send(charge, unfinished, earlier);
    const refunded = earlier.filter((r) => r.status !== 'failed').reduce((sum, r) => sum + r.amount, 0);
    const remaining = charge.amount - refunded;
    const amount = requested ?? remaining;
    if (amount <= 0 || amount > remaining) {
      throw new DomainError(ErrorCodes.BillingRefundExceedsCharge, 422, `At most ${remaining} (minor units) of this charge can still be refunded.`, { remaining });
    }
    const taxAmount = roundHalfUp(charge.taxAmount * amount, charge.amount);
    const key = `refund:${charge._id}:${earlier.length + 1}`;
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
      createdAt: this.clock.now(),
    });
    if (!inserted) throw new DomainError(ErrorCodes.Conflict, 409, 'Another refund of this charge was just recorded; reload and try again.');
    return this.send(charge, entry, earlier);
  }

  /**
   * Refunds at the provider under the entry's key (a repeat is the same refund), records the
   * outcome, and revokes a PPV purchase refunded in full; each step is safe to run again.
   */
  private async send(charge: LedgerEntry, entry: LedgerEntry, earlier: LedgerEntry[]): Promise<LedgerEntry> {
    let recorded = entry;
    if (entry.status === 'pending') {
      const outcome = await this.provider.refund({ providerPaymentId: charge.providerPaymentId ?? '', amount: entry.amount, idempotencyKey: entry.key });
      const status = outcome.status === 'failed' ? 'failed' : outcome.status === 'succeeded' ? 'completed' : 'pending';
      const stored = (await this.ledger.recordOutcome(entry, { status, providerPaymentId: outcome.providerRefundId })) ?? (await this.ledger.findById(entry._id));
      if (!stored) throw new Error(`refund entry ${entry._id} vanished`);
      recorded = stored;
      this.outbox.kick();
    }
    const refundedBefore = earlier.filter((r) => r._id !== entry._id && r.status !== 'failed').reduce((sum, r) => sum + r.amount, 0);
    if (recorded.status === 'completed' && charge.purpose.kind === 'ppv' && refundedBefore + recorded.amount === charge.amount) await this.ppv.revoke(charge.purpose.purchaseId);
    return recorded;
  }
}
