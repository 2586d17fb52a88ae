import type { AuthUser, ViewingPolicyResponse } from '@onstream/common';
import { isRestricted, passesDenials, scopeOfPolicy } from './viewer-scope.js';

const kid: AuthUser = { userId: 'u', sessionId: 's', role: 'viewer', tokenType: 'access', kidProfile: true, maturityLimit: '13+', profileId: 'p' };
const policy = (overrides: Partial<ViewingPolicyResponse> = {}): ViewingPolicyResponse => ({
  profileId: 'p', kid: true, maturityLevel: '7+', mode: 'open', allowedTitleIds: [], deniedTitleIds: [], deniedTags: [], version: 'v', ...overrides,
});
const A = '64b0000000000000000000a1';

describe('viewer scope', () => {
  it('filters kid profiles and paired devices, not adults', () => {
    expect(isRestricted(kid)).toBe(true);
    expect(isRestricted({ ...kid, kidProfile: false, tokenType: 'device' })).toBe(true);
    expect(isRestricted({ ...kid, kidProfile: false })).toBe(false);
    expect(isRestricted(undefined)).toBe(false);
  });

  it('takes the stricter of the stored and the token’s maturity limit', () => {
    expect(scopeOfPolicy(kid, policy({ maturityLevel: '7+' })).maxMaturityRank).toBe(1);
    expect(scopeOfPolicy({ ...kid, maturityLimit: 'all' }, policy({ maturityLevel: '13+' })).maxMaturityRank).toBe(0);
  });

  it('drops rule ids that cannot be catalog ids and adds the allow-list only in allow-list mode', () => {
    expect(scopeOfPolicy(kid, policy({ deniedTitleIds: [A, 'tt0133093'], allowedTitleIds: [A] }))).toEqual({ maxMaturityRank: 1, excludeIds: [A] });
    expect(scopeOfPolicy(kid, policy({ mode: 'allow-list', allowedTitleIds: [A], deniedTags: ['violence'] }))).toEqual({ maxMaturityRank: 1, onlyIds: [A], excludeTags: ['violence'] });
  });

  it('refuses a title by maturity, denied id or denied tag', () => {
    const scope = { maxMaturityRank: 1, excludeIds: [A], excludeTags: ['violence'] };
    expect(passesDenials({ id: 'b', maturityRank: 1, tags: ['language'] }, scope)).toBe(true);
    expect(passesDenials({ id: 'b', maturityRank: 2 }, scope)).toBe(false);
    expect(passesDenials({ id: A, maturityRank: 0 }, scope)).toBe(false);
    expect(passesDenials({ id: 'b', maturityRank: 0, tags: ['violence'] }, scope)).toBe(false);
  });
});
