import { LedgerCache } from './ledger-cache.js';
import type { SessionLedger } from './session-claim.js';

const ledger = (id: string, claims: number): SessionLedger => ({
  _id: id,
  videoId: 'v1',
  viewerId: 'u1',
  claims: Object.fromEntries(Array.from({ length: claims }, (_, i) => [`e${i}`, 'b1'])),
  played: {},
  flags: {},
  version: 1,
});

describe('LedgerCache', () => {
  it('forgets the least recently used ledgers once the claims it holds pass the bound', () => {
    const cache = new LedgerCache(25);
    cache.remember(ledger('s1', 9));
    cache.remember(ledger('s2', 9));
    cache.get('s1');
    cache.remember(ledger('s3', 9));
    expect([cache.get('s1')?._id, cache.get('s2')?._id, cache.get('s3')?._id]).toEqual(['s1', undefined, 's3']);
  });

  it('holds nothing when turned off', () => {
    const cache = new LedgerCache(0);
    cache.remember(ledger('s1', 1));
    expect(cache.get('s1')).toBeUndefined();
  });

  it('drops a ledger it is told to forget', () => {
    const cache = new LedgerCache(100);
    cache.remember(ledger('s1', 1));
    cache.forget('s1');
    expect(cache.get('s1')).toBeUndefined();
  });
});
