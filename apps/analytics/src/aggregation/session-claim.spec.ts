import type { PlaybackEvent } from '@onstream/common';
import { ledgerAfter as after, planClaim, type SessionLedger } from './session-claim.js';

const at = (second: number) => new Date(Date.UTC(2026, 10, 24, 10, 0, second)).toISOString();
const event = (id: string, type: PlaybackEvent['type'], extra: Partial<PlaybackEvent> = {}): PlaybackEvent =>
  ({ id, sessionId: 's1', videoId: 'v1', type, clientTs: at(Number(id.replace(/\D/g, '')) || 0), ...extra }) as PlaybackEvent;
const WRITTEN = new Date(Date.UTC(2026, 10, 24, 11));
const heartbeat = (id: string, playedSec: number) => event(id, 'heartbeat', { playedSec, positionSec: 0 });

function ledgerAfter(_batchId: string, plan: ReturnType<typeof planClaim>, before: SessionLedger | null): SessionLedger {
  if (!plan.write) throw new Error('expected a write');
  return after(before, plan.write);
}

describe('planClaim', () => {
  it('claims every event of a new session and its start flag', () => {
    const plan = planClaim(null, 'b1', 'u1', [event('e1', 'view_start'), heartbeat('e2', 10)], 30, WRITTEN);
    expect(plan.ownedEvents.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect([...plan.ownedFlags]).toEqual(['started']);
    expect(plan.write?.document).toEqual({ _id: 's1', videoId: 'v1', viewerId: 'u1', claims: { e1: 'b1', e2: 'b1' }, played: { b1: 10 }, flags: { started: 'b1' }, version: 1, writtenAt: WRITTEN });
  });

  it('owns nothing new when another batch already claimed the events', () => {
    const first = planClaim(null, 'b1', 'u1', [heartbeat('e1', 10)], 30, WRITTEN);
    const again = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [heartbeat('e1', 10)], 30, WRITTEN);
    expect(again).toEqual({ ownedEvents: [], ownedFlags: new Set(), write: null });
  });

  it('gives a redelivered batch exactly what it owned the first time, without writing', () => {
    const events = [event('e1', 'view_start'), heartbeat('e2', 40)];
    const first = planClaim(null, 'b1', 'u1', events, 30, WRITTEN);
    const redelivered = planClaim(ledgerAfter('b1', first, null), 'b1', 'u1', events, 30, WRITTEN);
    expect(redelivered.write).toBeNull();
    expect(redelivered.ownedEvents).toEqual(first.ownedEvents);
    expect(redelivered.ownedFlags).toEqual(new Set(['started', 'view']));
  });

  it('gives the view to the batch whose playback crosses the threshold', () => {
    const first = planClaim(null, 'b1', 'u1', [heartbeat('e1', 20)], 30, WRITTEN);
    expect(first.ownedFlags.has('view')).toBe(false);
    const second = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [heartbeat('e2', 10)], 30, WRITTEN);
    expect(second.ownedFlags).toEqual(new Set(['view']));
    expect(second.write?.guards).toEqual({ version: 1, 'claims.e2': { $exists: false }, 'flags.view': { $exists: false } });
  });

  it('counts a view once even when later batches play on', () => {
    const first = planClaim(null, 'b1', 'u1', [heartbeat('e1', 40)], 30, WRITTEN);
    const later = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [heartbeat('e2', 40)], 30, WRITTEN);
    expect(later.ownedFlags.has('view')).toBe(false);
  });

  it('claims the startup sample from the first play that reports one, ignoring later plays', () => {
    const first = planClaim(null, 'b1', 'u1', [event('e1', 'play', { startupMs: 900 })], 30, WRITTEN);
    const resume = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [event('e2', 'play', { startupMs: 50 })], 30, WRITTEN);
    expect(first.ownedFlags).toEqual(new Set(['firstPlay']));
    expect(resume.ownedFlags).toEqual(new Set());
  });

  it('sets the claimed events, new flags and the next version', () => {
    const plan = planClaim(null, 'b1', 'u1', [event('e1', 'ended'), event('e2', 'error', { errorCode: 'X' })], 30, WRITTEN);
    expect(plan.write?.sets).toEqual({ version: 1, writtenAt: WRITTEN, 'claims.e1': 'b1', 'claims.e2': 'b1', 'flags.completed': 'b1', 'flags.errored': 'b1' });
  });

  it('guards the version the ledger was planned from, so any write since makes the update miss', () => {
    const first = planClaim(null, 'b1', 'u1', [heartbeat('e1', 10)], 30, WRITTEN);
    const second = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [heartbeat('e2', 10)], 30, WRITTEN);
    expect(second.write?.guards).toMatchObject({ version: 1 });
    expect(second.write?.sets).toMatchObject({ version: 2 });
    expect(ledgerAfter('b2', second, ledgerAfter('b1', first, null))).toEqual({ _id: 's1', videoId: 'v1', viewerId: 'u1', claims: { e1: 'b1', e2: 'b2' }, played: { b1: 10, b2: 10 }, flags: {}, version: 2, writtenAt: WRITTEN });
  });

  it('guards a ledger written before versions existed by the version\'s absence', () => {
    const old: SessionLedger = { _id: 's1', videoId: 'v1', viewerId: 'u1', claims: { e1: 'b1' }, played: { b1: 10 }, flags: {} };
    const plan = planClaim(old, 'b2', 'u1', [heartbeat('e2', 10)], 30, WRITTEN);
    expect(plan.write?.guards).toMatchObject({ version: { $exists: false } });
    expect(plan.write?.sets).toMatchObject({ version: 1 });
  });

  it('records when each write happened, so a ledger is pruned by its last write', () => {
    const later = new Date(WRITTEN.getTime() + 3600_000);
    const first = planClaim(null, 'b1', 'u1', [heartbeat('e1', 10)], 30, WRITTEN);
    const second = planClaim(ledgerAfter('b1', first, null), 'b2', 'u1', [heartbeat('e2', 10)], 30, later);
    expect([first.write?.document.writtenAt, second.write?.sets.writtenAt, ledgerAfter('b2', second, ledgerAfter('b1', first, null)).writtenAt]).toEqual([WRITTEN, later, later]);
  });
});
