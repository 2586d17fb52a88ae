import { rulesDigest } from './for-you-rows.cache.js';

describe('rulesDigest', () => {
  it('should not depend on the order of denied ids, allowed ids or tags', () => {
    expect(rulesDigest({ maxMaturityRank: 2, excludeIds: ['a', 'b'], excludeTags: ['x', 'y'] })).toBe(rulesDigest({ maxMaturityRank: 2, excludeIds: ['b', 'a'], excludeTags: ['y', 'x'] }));
  });

  it('should differ when the maturity ceiling differs', () => {
    expect(rulesDigest({ maxMaturityRank: 2 })).not.toBe(rulesDigest({ maxMaturityRank: 4 }));
  });

  it('should tell an empty allow-list from no allow-list, and denied ids from denied tags', () => {
    expect(rulesDigest({ maxMaturityRank: 2, onlyIds: [] })).not.toBe(rulesDigest({ maxMaturityRank: 2 }));
    expect(rulesDigest({ maxMaturityRank: 2, excludeIds: ['a'] })).not.toBe(rulesDigest({ maxMaturityRank: 2, excludeTags: ['a'] }));
  });
});
