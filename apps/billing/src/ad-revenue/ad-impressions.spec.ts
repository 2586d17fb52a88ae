import type { PlaybackBatch, PlaybackEvent } from '@onstream/common';
import { ledgerIdOf } from '../ledger/ledger-entry.js';
import { adRevenueEntry, impressionsOf } from './ad-impressions.js';

const event = (overrides: Partial<PlaybackEvent>): PlaybackEvent => ({ id: 'e', sessionId: 's1', videoId: 'v1', type: 'ad_impression', clientTs: '2027-01-15T10:00:00.000Z', adBreakId: 'preroll', ...overrides });
const batch = (events: PlaybackEvent[]): PlaybackBatch => ({ batchId: 'b', receivedAt: '2027-01-15T10:00:01.000Z', events });

describe('impressionsOf', () => {
  it('keeps one impression per session and break, and nothing else', () => {
    const impressions = impressionsOf(
      batch([event({ id: 'a' }), event({ id: 'b' }), event({ id: 'c', adBreakId: 'midroll-1' }), event({ id: 'd', sessionId: 's2' }), event({ id: 'e', type: 'ad_complete' }), event({ id: 'f', type: 'play', adBreakId: undefined })]),
    );
    expect(impressions.map((i) => `${i.sessionId}/${i.breakId}`)).toEqual(['s1/preroll', 's1/midroll-1', 's2/preroll']);
  });
});

describe('adRevenueEntry', () => {
  it('names the session and break in its key and id, so a redelivery meets the same entry', () => {
    const [impression] = impressionsOf(batch([event({})]));
    const entry = adRevenueEntry(impression, 'creator-1', 2500, 'EUR');
    expect(entry).toMatchObject({ key: 'ad:s1:preroll', _id: ledgerIdOf('ad:s1:preroll'), type: 'ad_revenue', status: 'completed', amount: 2.5, netAmount: 2.5, currency: 'EUR' });
    expect(entry.purpose).toEqual({ kind: 'ad', videoId: 'v1', creatorId: 'creator-1', sessionId: 's1', breakId: 'preroll', cpmMinor: 2500 });
    expect(entry.createdAt.toISOString()).toBe('2027-01-15T10:00:00.000Z');
  });
});
