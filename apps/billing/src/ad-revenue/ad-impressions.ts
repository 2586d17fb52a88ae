import type { PlaybackBatch } from '@onstream/common';
import { ledgerIdOf, type LedgerEntry } from '../ledger/ledger-entry.js';

export interface AdImpression {
  videoId: string;
  sessionId: string;
  breakId: string;
  at: Date;
}

/** The impressions of a batch, one per session and break (a batch may repeat a pixel). */
export function impressionsOf(batch: PlaybackBatch): AdImpression[] {
  const seen = new Map<string, AdImpression>();
  for (const event of batch.events) {
    if (event.type !== 'ad_impression' || !event.adBreakId) continue;
    const key = `${event.sessionId}|${event.adBreakId}`;
    if (!seen.has(key)) seen.set(key, { videoId: event.videoId, sessionId: event.sessionId, breakId: event.adBreakId, at: new Date(event.clientTs) });
  }
  return [...seen.values()];
}

/** The ledger key of an impression: one entry per playback session and break, whatever the redeliveries. */
export const impressionKey = (impression: AdImpression) => `ad:${impression.sessionId}:${impression.breakId}`;

/**
 * The ad_revenue entry of one impression: worth cpmMinor / 1000 minor units (a fraction of a cent
 * at usual CPMs; revenue reports sum cpmMinor and round once per month, see revenue-calculator).
 */
export function adRevenueEntry(impression: AdImpression, creatorId: string, cpmMinor: number, currency: string): LedgerEntry {
  const key = impressionKey(impression);
  const value = cpmMinor / 1000;
  return {
    _id: ledgerIdOf(key),
    key,
    userId: 'advertiser:house',
    type: 'ad_revenue',
    status: 'completed',
    amount: value,
    netAmount: value,
    taxAmount: 0,
    taxRate: 0,
    taxCountry: '',
    currency,
    method: 'ads',
    provider: 'house-ads',
    description: `Ad impression (${impression.breakId})`,
    purpose: { kind: 'ad', videoId: impression.videoId, creatorId, sessionId: impression.sessionId, breakId: impression.breakId, cpmMinor },
    metadata: { creatorId, videoId: impression.videoId, cpmMinor: String(cpmMinor) },
    createdAt: impression.at,
  };
}
