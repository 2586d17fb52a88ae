import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type CreatorRevenueRequest, type CreatorRevenueResponse, type PlatformRevenueRequest, type PlatformRevenueResponse, requireAccess, ownsOrMay } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { LedgerRepository, type DateRange } from '../ledger/ledger.repository.js';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository.js';
import { calculateRevenue, monthOf, type PayoutLine, type PpvSale, type SubscriptionPool } from './revenue-calculator.js';
import { toPayoutResponse } from './payout.mapper.js';

/** Creator revenue derived from the ledger on every read; nothing is stored or edited. */
@Injectable()
export class RevenueService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly config: BillingConfig,
    private readonly subscriptions: SubscriptionsRepository,
  ) {}

  /** Admin statistics: live subscriptions and net revenue per currency (refunds subtracted). */
  async forPlatform({ actor }: PlatformRevenueRequest): Promise<PlatformRevenueResponse> {
    requireAccess(actor, 'billing.admin');
    const net = new Map<string, number>();
    for await (const entry of this.ledger.completedMoney()) {
      net.set(entry.currency, (net.get(entry.currency) ?? 0) + (entry.type === 'refund' ? -entry.netAmount : entry.netAmount));
    }
    const revenue = [...net].sort((a, b) => a[0].localeCompare(b[0])).map(([currency, amount]) => ({ currency, amount }));
    return { activeSubscriptions: await this.subscriptions.countActive(), revenue };
  }

  async forCreator({ actor, creatorId, query }: CreatorRevenueRequest): Promise<CreatorRevenueResponse> {
    requireAccess(actor, 'revenue.read');
    if (!ownsOrMay(actor, creatorId, 'billing.admin')) throw new DomainError(ErrorCodes.Forbidden, 403, 'Only the creator and admins may read this revenue.');
    const payouts = (await this.ledger.payoutsTo(creatorId)).map(toPayoutResponse);
    const revenue = await this.calculate(creatorId, query, payouts);
    return { creatorId, shareBps: this.config.BILLING_CREATOR_SHARE_BPS, subscriptionSplit: 'even', ...revenue, payouts };
  }

  /** A creator's earnings of one month in one currency (minor units), as the revenue report shows them. */
  async earningsOf(creatorId: string, period: string, currency: string, range: Required<DateRange>): Promise<number> {
    const { periods } = await this.calculate(creatorId, range, []);
    return periods.find((p) => p.period === period && p.currency === currency)?.earnings ?? 0;
  }

  private async calculate(creatorId: string, range: DateRange, payouts: PayoutLine[]) {
    const entries = await this.ledger.creatorSales(creatorId, range);
    const refunds = await this.ledger.completedRefundsOf(entries.map((e) => e._id));
    const refundedNet = new Map<string, number>();
    for (const refund of refunds) if (refund.refundOf) refundedNet.set(refund.refundOf, (refundedNet.get(refund.refundOf) ?? 0) + refund.netAmount);
    const sales: PpvSale[] = entries.map((entry) => ({
      videoId: entry.purpose.kind === 'ppv' ? entry.purpose.videoId : 'unknown',
      currency: entry.currency,
      net: entry.netAmount - (refundedNet.get(entry._id) ?? 0),
      at: entry.createdAt,
    }));
    const ads = (await this.ledger.creatorAdImpressions(creatorId, range)).flatMap((entry) =>
      entry.purpose.kind === 'ad' ? [{ videoId: entry.purpose.videoId, currency: entry.currency, cpmMinor: entry.purpose.cpmMinor, at: entry.createdAt }] : [],
    );
    const sellers = await this.ledger.sellersByMonth(range);
    const pools = new Map<string, SubscriptionPool>();
    for await (const charge of this.ledger.subscriptionCharges(range)) {
      const period = monthOf(charge.createdAt);
      const key = `${period}|${charge.currency}`;
      const creators = sellers.get(period) ?? new Set<string>();
      const pool = pools.get(key) ?? { period, currency: charge.currency, net: 0, creators: creators.size, includesCreator: creators.has(creatorId) };
      pool.net += charge.netAmount;
      pools.set(key, pool);
    }
    return calculateRevenue({ sales, pools: [...pools.values()], ads, shareBps: this.config.BILLING_CREATOR_SHARE_BPS, payouts });
  }
}

