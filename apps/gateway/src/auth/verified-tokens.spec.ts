import { AuthUser } from '@onstream/common';
import { VerifiedTokens } from './verified-tokens.js';

const caller = (userId: string) => Object.assign(new AuthUser(), { userId, sessionId: `s-${userId}`, role: 'viewer', tokenType: 'access', kidProfile: false });

describe('VerifiedTokens', () => {
  it('answers a remembered token until the second its exp names, then forgets it', () => {
    let now = 1_000_000;
    const tokens = new VerifiedTokens(10, () => now);
    tokens.remember('t1', caller('u1'), 1_005);

    now = 1_004_999;
    expect(tokens.get('t1')?.userId).toBe('u1');
    now = 1_005_000;
    expect(tokens.get('t1')).toBeUndefined();
    now = 1_000_000;
    expect(tokens.get('t1')).toBeUndefined();
  });

  it('keeps no token without exp, and at most its bound (the oldest go first)', () => {
    const tokens = new VerifiedTokens(2, () => 0);
    tokens.remember('none', caller('u0'), undefined);
    tokens.remember('t1', caller('u1'), 60);
    tokens.remember('t2', caller('u2'), 60);
    tokens.remember('t3', caller('u3'), 60);

    expect(['none', 't1', 't2', 't3'].map((token) => tokens.get(token)?.userId)).toEqual([undefined, undefined, 'u2', 'u3']);
  });

  it('hands out copies: a handler changing its caller changes no other request’s', () => {
    const tokens = new VerifiedTokens(10, () => 0);
    const original = caller('u1');
    tokens.remember('t1', original, 60);
    const first = tokens.get('t1');
    if (first) first.role = 'admin';
    original.role = 'admin';

    expect(tokens.get('t1')).toEqual(caller('u1'));
    expect(tokens.get('t1')).toBeInstanceOf(AuthUser);
  });
});
