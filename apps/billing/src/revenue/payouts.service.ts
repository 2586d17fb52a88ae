import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCodes, type CreatePayoutBody, type CreatePayoutRequest, type PayoutResponse, type SettlePayoutRequest, requireAccess } from '@onstream/common';
import { ClaimsRepository } from '../claims/claims.repository.js';
import { BillingClock } from '../clock/billing-clock.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { toPayoutResponse } from './payout.mapper.js';
import { RevenueService } from './revenue.service.js';

/** A claim whose payout entry never appeared (the process died in between) is freed after this long. */
const ABANDONED_CLAIM_MS = 60_000;

/** "This creator's month in this currency is paid (or being paid) by payout P": one holder at a time. */
export function payoutClaimKey(creatorId: string, period: string, currency: string): string {
  return `payout:${creatorId}:${period}:${currency}`;
}

/** `2027-01` → [2027-01-01T00:00Z, 2027-02-01T00:00Z). */
export function monthRange(period: string): { from: string; to: string } {
  const [year, month] = period.split('-').map(Number);
  return { from: new Date(Date.UTC(year, month - 1, 1)).toISOString(), to: new Date(Date.UTC(year, month, 1)).toISOString() };
}

/**
 * Creator payouts: an admin pays a creator's earnings of one ended month in one currency. The
 * payout is a ledger entry (type payout) that starts pending and is settled completed or failed.
 * Who may pay a month is decided insert-first on a claim per creator, month and currency, so two
 * concurrent payouts (any idempotency keys, any replicas) never pay the same revenue twice; a
 * failed payout releases its claim so the month can be paid again.
 */
@Injectable()
export class PayoutsService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly claims: ClaimsRepository,
    private readonly revenue: RevenueService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: BillingClock,
  ) {}

  create({ actor, idempotencyKey, creatorId, payout }: CreatePayoutRequest): Promise<PayoutResponse> {
    requireAccess(actor, 'billing.admin');
    return this.idempotency.run({ scope: 'payout', callerId: actor.userId, key: idempotencyKey, body: { creatorId, ...payout } }, () => this.pay(creatorId, payout));
  }

  async settle({ actor, payoutId, settle }: SettlePayoutRequest): Promise<PayoutResponse> {
    requireAccess(actor, 'billing.admin');
    const entry = await this.ledger.findById(payoutId);
    if (!entry || entry.purpose.kind !== 'payout') throw DomainError.notFound('The payout');
    // The first outcome wins (insert-first); repeating that same outcome is harmless and finishes its steps.
    const decided = await this.claims.claim(`payout-outcome:${payoutId}`, settle.status, this.clock.now());
    if (!decided.won && decided.owner !== settle.status) {
      throw new DomainError(ErrorCodes.BillingPayoutSettled, 409, `The payout was already settled as ${decided.owner || 'another outcome'}.`, { status: decided.owner });
    }
    const settled = (await this.ledger.recordOutcome(entry, { status: settle.status, ...(settle.note ? { note: settle.note } : {}) })) ?? (await this.ledger.findById(payoutId)) ?? entry;
    if (settle.status === 'failed') await this.claims.release(payoutClaimKey(entry.purpose.creatorId, entry.purpose.period, entry.currency), payoutId);
    return toPayoutResponse(settled);
  }

  private async pay(creatorId: string, { period, currency: requested }: CreatePayoutBody): Promise<PayoutResponse> {
    const currency = requested.toUpperCase();
    const now = this.clock.now();
    const range = monthRange(period);
    if (Date.parse(range.to) > now.getTime()) {
      throw new DomainError(ErrorCodes.BillingPeriodNotEnded, 422, `${period} has not ended yet; only ended months are paid out.`, { endsAt: range.to });
    }
    const amount = await this.revenue.earningsOf(creatorId, period, currency, range);
    if (amount <= 0) throw new DomainError(ErrorCodes.BillingNothingToPay, 422, `The creator earned nothing in ${currency} in ${period}.`);
    const id = randomUUID();
    await this.claimMonth(payoutClaimKey(creatorId, period, currency), id, now);
    const entry: LedgerEntry = {
      _id: id,
      key: `payout:${id}`,
      userId: creatorId,
      type: 'payout',
      status: 'pending',
      amount,
      netAmount: amount,
      taxAmount: 0,
      taxRate: 0,
      taxCountry: '',
      currency,
      method: 'bank_transfer',
      provider: 'manual',
      description: `Creator payout for ${period}`,
      purpose: { kind: 'payout', creatorId, period },
      metadata: { creatorId, period },
      createdAt: now,
    };
    return toPayoutResponse((await this.ledger.insertOnce(entry)).entry);
  }

  private async claimMonth(key: string, payoutId: string, now: Date): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const claim = await this.claims.claim(key, payoutId, now);
      if (claim.won) return;
      if (!claim.owner) continue; // released between our insert and our read
      const holder = await this.ledger.findById(claim.owner);
      const over = holder?.status === 'failed';
      const abandoned = !holder && now.getTime() - claim.at.getTime() > ABANDONED_CLAIM_MS;
      if (over || abandoned) {
        await this.claims.release(key, claim.owner);
        continue;
      }
      throw new DomainError(ErrorCodes.BillingAlreadyPaidOut, 409, 'This month is already paid out (or being paid) to this creator in this currency.', { payoutId: claim.owner });
    }
    throw new DomainError(ErrorCodes.Conflict, 409, 'This payout is changing right now; try again.');
  }
}
