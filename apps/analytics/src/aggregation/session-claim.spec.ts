import type { PlaybackEvent } from '@onstream/common';
import { planClaim, type SessionLedger } from './session-claim.js';

const at = (second: number) => new Date(Date.UTC(2026, 10, 24, 10, 0, second)).toISOString();
const event = (id: string, type: PlaybackEvent['type'], extra: Partial<PlaybackEvent> = {}): PlaybackEvent =>
  ({ id, sessionId: 's1', videoId: 'v1', type, clientTs: at(Number(id.replace(/\D/g, '')) || 0), ...extra }) as PlaybackEvent;
const heartbeat = (id: string, playedSec: number) => event(id, 'heartbeat', { playedSec, positionSec: 0 });

function ledgerAfter(batchId: string, plan: ReturnType<typeof planClaim>, before: SessionLedger | null): SessionLedger {
  const document = plan.write?.document;
  if (!document) throw new Error('expected a write');
  if (!before) return document;
  return { ...before, claims: { ...before.claims, ...document.claims }, played: { ...before.played, ...document.played }, flags: { ...before.flags, ...document.flags } };
}

describe('planClaim', () => {
  it('claims every event of a new session and its start flag', () => {
    const plan = planClaim(null, 'b1', 'u1', [event('e1', 'view_start'), heartbeat('e2', 10)], 30);
    expect(plan.ownedEvents.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect([...plan.ownedFlags]).toEqual(['started']);
    expect(plan.write?.document).toEqual({ _id: 's1', videoId: 'v1', viewerId: 'u1', claims: { e1: 'b1', e2: 'b1' }, played: { b1: 10 }, flags: { started: 'b1' } });
  });

  it('owns nothing new when another batch already claimed the events', () => {
    const first = planClaim(null, 'b1', 'u1', [heartbeat('e1', 10)], 30);
    const again = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [heartbeat('e1', 10)], 30);
    expect(again).toEqual({ ownedEvents: [], ownedFlags: new Set(), write: null });
  });

  it('gives a redelivered batch exactly what it owned the first time, without writing', () => {
    const events = [event('e1', 'view_start'), heartbeat('e2', 40)];
    const first = planClaim(null, 'b1', 'u1', events, 30);
    const redelivered = planClaim(ledgerAfter('b1', first, null), 'b1', 'u1', events, 30);
    expect(redelivered.write).toBeNull();
    expect(redelivered.ownedEvents).toEqual(first.ownedEvents);
    expect(redelivered.ownedFlags).toEqual(new Set(['started', 'view']));
  });

  it('gives the view to the batch whose playback crosses the threshold', () => {
    const first = planClaim(null, 'b1', 'u1', [heartbeat('e1', 20)], 30);
    expect(first.ownedFlags.has('view')).toBe(false);
    const second = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [heartbeat('e2', 10)], 30);
    expect(second.ownedFlags).toEqual(new Set(['view']));
    expect(second.write?.guards).toEqual({ 'claims.e2': { $exists: false }, 'flags.view': { $exists: false } });
  });

  it('counts a view once even when later batches play on', () => {
    const first = planClaim(null, 'b1', 'u1', [heartbeat('e1', 40)], 30);
    const later = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [heartbeat('e2', 40)], 30);
    expect(later.ownedFlags.has('view')).toBe(false);
  });

  it('claims the startup sample from the first play that reports one, ignoring later plays', () => {
    const first = planClaim(null, 'b1', 'u1', [event('e1', 'play', { startupMs: 900 })], 30);
    const resume = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [event('e2', 'play', { startupMs: 50 })], 30);
    expect(first.ownedFlags).toEqual(new Set(['firstPlay']));
    expect(resume.ownedFlags).toEqual(new Set());
  });

  it('guards only the events it claims, so a concurrent claim makes the update miss and retry', () => {
    const plan = planClaim(null, 'b1', 'u1', [event('e1', 'ended'), event('e2', 'error', { errorCode: 'X' })], 30);
    expect(plan.write?.sets).toEqual({ 'claims.e1': 'b1', 'claims.e2': 'b1', 'flags.completed': 'b1', 'flags.errored': 'b1' });
  });
});
