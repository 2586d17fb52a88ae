import { DomainError } from '@onstream/common';
import { assertTransition, canTransition, grantsAccess, isFinal } from './subscription-state.js';

describe('subscription state machine', () => {
  it('lets a trial become active when its first charge succeeds', () => {
    expect(canTransition('trialing', 'active')).toBe(true);
  });

  it('moves an active subscription to past_due when a renewal fails', () => {
    expect(canTransition('active', 'past_due')).toBe(true);
  });

  it('lets dunning recover to active or end in expired', () => {
    expect(canTransition('past_due', 'active')).toBe(true);
    expect(canTransition('past_due', 'expired')).toBe(true);
  });

  it('activates an incomplete subscription once the authenticated payment completes', () => {
    expect(canTransition('incomplete', 'active')).toBe(true);
  });

  it('never leaves canceled or expired', () => {
    for (const to of ['incomplete', 'trialing', 'active', 'past_due', 'canceled', 'expired'] as const) {
      expect(canTransition('canceled', to)).toBe(false);
      expect(canTransition('expired', to)).toBe(false);
    }
    expect(isFinal('canceled')).toBe(true);
    expect(isFinal('expired')).toBe(true);
  });

  it('does not skip the trial into past_due from incomplete', () => {
    expect(canTransition('incomplete', 'past_due')).toBe(false);
  });

  it('refuses a forbidden transition with BILLING.INVALID_SUBSCRIPTION_TRANSITION (409)', () => {
    const error = (() => {
      try {
        assertTransition('expired', 'active');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 409, code: 'BILLING.INVALID_SUBSCRIPTION_TRANSITION', details: { from: 'expired', to: 'active' } });
  });

  it('grants playback while trialing, active or in dunning only', () => {
    expect(['incomplete', 'trialing', 'active', 'past_due', 'canceled', 'expired'].filter((s) => grantsAccess(s as never))).toEqual(['trialing', 'active', 'past_due']);
  });
});
