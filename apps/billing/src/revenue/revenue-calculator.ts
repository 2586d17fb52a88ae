import type { RevenueByVideo, RevenuePeriod, RevenueTotal } from '@onstream/common';
import { roundHalfUp } from '../subscriptions/proration.js';

export interface PpvSale {
  videoId: string;
  currency: string;
  /** Net of tax, minus the net part of its completed refunds. */
  net: number;
  at: Date;
}

/** One ad impression of the creator's videos, at the CPM recorded with it. */
export interface AdImpressionLine {
  videoId: string;
  currency: string;
  cpmMinor: number;
  at: Date;
}

export interface SubscriptionPool {
  period: string;
  currency: string;
  net: number;
  /** Creators with revenue-bearing content (completed PPV sales) in the period: the pool is split over them. */
  creators: number;
  /** Whether the creator asked about is one of them; if not, they get no part of this pool. */
  includesCreator: boolean;
}

export interface RevenueInput {
  sales: PpvSale[];
  pools: SubscriptionPool[];
  ads?: AdImpressionLine[];
  shareBps: number;
  payouts: PayoutLine[];
}

export interface PayoutLine {
  period: string;
  currency: string;
  amount: number;
  status: 'pending' | 'completed' | 'failed';
}

export function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/**
 * A creator's revenue: PPV sales plus an even part of each month's subscription revenue (split over
 * the creators with sales that month; nothing for a month without), times the creator share. Earnings are rounded once per period and per video, half up, in minor units.
 */
export function calculateRevenue({ sales, pools, ads = [], shareBps, payouts }: RevenueInput): { periods: RevenuePeriod[]; videos: RevenueByVideo[]; totals: RevenueTotal[] } {
  const periods = new Map<string, RevenuePeriod>();
  const period = (name: string, currency: string) => {
    const key = `${name}|${currency}`;
    let row = periods.get(key);
    if (!row) {
      row = { period: name, currency, ppvNet: 0, subscriptionPart: 0, adImpressions: 0, adNet: 0, earnings: 0, payoutStatus: 'unpaid' };
      periods.set(key, row);
    }
    return row;
  };
  const videos = new Map<string, RevenueByVideo>();
  const video = (videoId: string, currency: string) => {
    const key = `${videoId}|${currency}`;
    const row = videos.get(key) ?? { videoId, currency, sales: 0, adImpressions: 0, net: 0, earnings: 0 };
    videos.set(key, row);
    return row;
  };
  for (const sale of sales) {
    period(monthOf(sale.at), sale.currency).ppvNet += sale.net;
    const row = video(sale.videoId, sale.currency);
    row.sales += 1;
    row.net += sale.net;
  }
  // Impressions are worth a fraction of a cent each: CPMs are summed exactly and divided once per month and video.
  const adCpmSums = new Map<RevenuePeriod | RevenueByVideo, number>();
  for (const ad of ads) {
    for (const row of [period(monthOf(ad.at), ad.currency), video(ad.videoId, ad.currency)]) {
      row.adImpressions += 1;
      adCpmSums.set(row, (adCpmSums.get(row) ?? 0) + ad.cpmMinor);
    }
  }
  for (const [row, cpmSum] of adCpmSums) {
    const adNet = roundHalfUp(cpmSum, 1000);
    if ('adNet' in row) row.adNet = adNet;
    else row.net += adNet;
  }
  // The platform-wide pool itself never leaves here: a creator sees only their own part.
  for (const pool of pools) {
    if (!pool.includesCreator || pool.creators < 1) continue;
    period(pool.period, pool.currency).subscriptionPart += roundHalfUp(pool.net, pool.creators);
  }
  for (const row of periods.values()) row.earnings = roundHalfUp((row.ppvNet + row.subscriptionPart + row.adNet) * shareBps, 10_000);
  for (const video of videos.values()) video.earnings = roundHalfUp(video.net * shareBps, 10_000);

  const totals = new Map<string, RevenueTotal>();
  const total = (currency: string) => {
    const row = totals.get(currency) ?? { currency, earnings: 0, paidOut: 0, pendingPayout: 0, unpaid: 0 };
    totals.set(currency, row);
    return row;
  };
  for (const row of periods.values()) total(row.currency).earnings += row.earnings;
  for (const payout of payouts) {
    if (payout.status === 'failed') continue;
    if (payout.status === 'completed') total(payout.currency).paidOut += payout.amount;
    else total(payout.currency).pendingPayout += payout.amount;
    const paidPeriod = periods.get(`${payout.period}|${payout.currency}`);
    if (paidPeriod && paidPeriod.payoutStatus !== 'completed') paidPeriod.payoutStatus = payout.status;
  }
  for (const row of totals.values()) row.unpaid = row.earnings - row.paidOut - row.pendingPayout;

  const byName = <T extends { currency: string }>(key: (t: T) => string) => (a: T, b: T) => (key(a) + a.currency).localeCompare(key(b) + b.currency);
  return {
    periods: [...periods.values()].sort(byName((p) => p.period)),
    videos: [...videos.values()].sort(byName((v) => v.videoId)),
    totals: [...totals.values()].sort(byName(() => '')),
  };
}
