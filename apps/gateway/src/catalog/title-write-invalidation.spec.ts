import { jest } from '@jest/globals';
import type { TitleDetails } from '@onstream/common';
import type { CatalogResponseCache } from './catalog-cache.js';
import { titlesShown } from './cached-read.interceptor.js';
import { dropAfterTitleEdit } from './title-write-invalidation.js';

const A = 'a'.repeat(24);
const SEASON = 'b'.repeat(24);

/** Only the two invalidations are expected; anything else fails the test. */
function strictCache() {
  const calls = { clear: jest.fn<CatalogResponseCache['clear']>().mockResolvedValue(), dropTitles: jest.fn<CatalogResponseCache['dropTitles']>().mockResolvedValue() };
  const cache = new Proxy(calls, { get: (target, name) => (name in target ? target[name as keyof typeof target] : () => { throw new Error(`unexpected call ${String(name)}`); }) });
  return { calls, cache: cache as unknown as CatalogResponseCache };
}

describe('dropAfterTitleEdit', () => {
  it('drops the pages showing the title and its parent for a cosmetic edit', async () => {
    const { calls, cache } = strictCache();
    await dropAfterTitleEdit(cache, { tagline: 'new' }, { id: A, parentId: SEASON } as TitleDetails);
    expect(calls.dropTitles).toHaveBeenCalledWith([A, SEASON]);
    expect(calls.clear).not.toHaveBeenCalled();
  });

  it('clears everything when the edit may put the title on other titles\' pages', async () => {
    const { calls, cache } = strictCache();
    await dropAfterTitleEdit(cache, { genres: ['Drama'] }, { id: A, parentId: null } as TitleDetails);
    expect(calls.clear).toHaveBeenCalledTimes(1);
    expect(calls.dropTitles).not.toHaveBeenCalled();
  });
});

describe('titlesShown', () => {
  it('collects the title ids of a page (own, parent, children, similar), not other ids', () => {
    const page = { id: A, parentId: SEASON, cast: [{ personId: 'c'.repeat(24), name: 'X' }], similar: [{ id: 'd'.repeat(24) }], children: [{ id: 'e'.repeat(24) }], whereToWatch: { offers: [{ id: 'netflix' }] } };
    expect([...titlesShown(page)].sort()).toEqual([A, SEASON, 'd'.repeat(24), 'e'.repeat(24)]);
  });
});
