import type { PlaybackEvent } from '@onstream/common';

/** Facts that count once per session, each owned by the first batch that establishes it. */
export const SessionFlags = ['started', 'firstPlay', 'view', 'completed', 'errored'] as const;
export type SessionFlag = (typeof SessionFlags)[number];

/**
 * The ledger of one session: which batch owns each event, how much each batch played, which batch
 * owns each session flag. Every write is one atomic, guarded update of this document, so a batch's
 * claims are all-or-nothing and a redelivered batch finds exactly what it owned before.
 */
export interface SessionLedger {
  _id: string;
  videoId: string;
  viewerId: string;
  claims: Record<string, string>;
  played: Record<string, number>;
  flags: Partial<Record<SessionFlag, string>>;
  /**
   * Bumped by every write and guarded by every update (absent on ledgers written before it
   * existed): an update planned from a ledger read or cached earlier misses if anything wrote since.
   */
  version?: number;
  /**
   * When a batch last wrote the ledger (the group's processing time; absent on ledgers written before
   * it existed): ledgers not written for LEDGER_RETENTION_MS are pruned (ADR 0040).
   */
  writtenAt?: Date;
}

export interface ClaimPlan {
  /** Events of this batch that count (claimed by it now or in an earlier delivery). */
  ownedEvents: PlaybackEvent[];
  ownedFlags: Set<SessionFlag>;
  /** Null when nothing is left to claim (e.g. a redelivery). */
  write: { guards: Record<string, unknown>; sets: Record<string, unknown>; document: SessionLedger } | null;
}

const flagOf: Partial<Record<PlaybackEvent['type'], SessionFlag>> = { view_start: 'started', ended: 'completed', error: 'errored' };

/** Played seconds an event reports (heartbeat and ended carry them). */
export function playedSeconds(event: PlaybackEvent): number {
  return event.type === 'heartbeat' || event.type === 'ended' ? (event.playedSec ?? 0) : 0;
}

/** Decides what `batchId` may claim in a session given the ledger as last read (null: no ledger yet). */
export function planClaim(ledger: SessionLedger | null, batchId: string, viewerId: string, events: PlaybackEvent[], viewThresholdSec: number, writtenAt: Date): ClaimPlan {
  const claims = ledger?.claims ?? {};
  const flags = ledger?.flags ?? {};
  const fresh = events.filter((event) => claims[event.id] === undefined);
  const ownedEvents = events.filter((event) => claims[event.id] === batchId || claims[event.id] === undefined);
  const ownedFlags = new Set(Object.entries(flags).filter(([, owner]) => owner === batchId).map(([flag]) => flag as SessionFlag));
  if (fresh.length === 0) return { ownedEvents, ownedFlags, write: null };

  const newFlags = new Set<SessionFlag>();
  for (const event of fresh) {
    const flag = event.type === 'play' && event.startupMs !== undefined ? 'firstPlay' : flagOf[event.type];
    if (flag && flags[flag] === undefined) newFlags.add(flag);
  }
  const playedNow = fresh.reduce((sum, event) => sum + playedSeconds(event), 0);
  const playedBefore = Object.values(ledger?.played ?? {}).reduce((sum, seconds) => sum + seconds, 0);
  if (flags.view === undefined && playedBefore + playedNow >= viewThresholdSec) newFlags.add('view');

  const version = (ledger?.version ?? 0) + 1;
  const guards: Record<string, unknown> = { version: ledger?.version ?? { $exists: false } };
  const sets: Record<string, unknown> = { version, writtenAt };
  for (const event of fresh) {
    guards[`claims.${event.id}`] = { $exists: false };
    sets[`claims.${event.id}`] = batchId;
  }
  for (const flag of newFlags) {
    guards[`flags.${flag}`] = { $exists: false };
    sets[`flags.${flag}`] = batchId;
    ownedFlags.add(flag);
  }
  if (playedNow > 0) sets[`played.${batchId}`] = playedNow;
  const document: SessionLedger = {
    _id: events[0].sessionId,
    videoId: events[0].videoId,
    viewerId,
    claims: Object.fromEntries(fresh.map((event) => [event.id, batchId])),
    played: playedNow > 0 ? { [batchId]: playedNow } : {},
    flags: Object.fromEntries([...newFlags].map((flag) => [flag, batchId])),
    version,
    writtenAt,
  };
  return { ownedEvents, ownedFlags, write: { guards, sets, document } };
}

/** The ledger as `write` leaves it: `ledger` (null: none yet) with the write's claims, played seconds, flags, version and time. */
export function ledgerAfter(ledger: SessionLedger | null, write: NonNullable<ClaimPlan['write']>): SessionLedger {
  if (!ledger) return write.document;
  const { claims, played, flags, version, writtenAt } = write.document;
  return { ...ledger, claims: { ...ledger.claims, ...claims }, played: { ...ledger.played, ...played }, flags: { ...ledger.flags, ...flags }, version, writtenAt };
}
