import { mapInChunks, type PlaybackBatch, type PlaybackEvent } from '@onstream/common';
import { LedgerCache } from './ledger-cache.js';
import { ledgerAfter, planClaim, type ClaimPlan, type SessionLedger } from './session-claim.js';
import { SessionLedgerRepository } from './session-ledger.repository.js';
import type { StepTimings } from './step-timings.js';

/** Retries of a session claim that lost a race with a concurrent batch of the same session. */
const MAX_CLAIM_ATTEMPTS = 20;

/** The events of one session inside one batch: the unit a ledger claim covers. */
export interface SessionSlice {
  batch: PlaybackBatch;
  sessionId: string;
  viewerId: string;
  events: PlaybackEvent[];
}

type Write = NonNullable<ClaimPlan['write']>;

/**
 * Claims a group's slices in the session ledgers, in waves: wave n holds the n-th slice of each
 * session, so the reads and writes of a wave run together (16 in flight) and each slice is planned
 * after its session's earlier ones are written (ADR 0037). A ledger this process wrote last
 * is planned from the cache, without a read; the write's version guard decides whether it was
 * still current (ADR 0038). The caller holds the group's sessions (`SessionLocks`).
 */
export class SessionClaims {
  private readonly cache: LedgerCache;

  constructor(
    private readonly ledgers: SessionLedgerRepository,
    private readonly viewThresholdSec: number,
    cachedClaims: number,
  ) {
    this.cache = new LedgerCache(cachedClaims);
  }

  /** `writtenAt`: the time the group's ledger writes record (pruning goes by it). */
  async claimAll(slices: SessionSlice[], timings: StepTimings, writtenAt: Date): Promise<Map<SessionSlice, ClaimPlan>> {
    const plans = new Map<SessionSlice, ClaimPlan>();
    const waves = wavesBySession(slices);
    for (const [n, wave] of waves.entries()) await this.claimWave(wave, n === 0, plans, timings, writtenAt);
    return plans;
  }

  private async claimWave(wave: SessionSlice[], first: boolean, plans: Map<SessionSlice, ClaimPlan>, timings: StepTimings, writtenAt: Date): Promise<void> {
    const lost: SessionSlice[] = [];
    // A slice that starts a session this process has not written almost never finds a ledger: insert it without reading first.
    const starting = new Set(first ? wave.filter((slice) => startsSession(slice) && !this.cache.get(slice.sessionId)) : []);
    const startingPlans = [...starting].map((slice) => [slice, this.plan(null, slice, writtenAt)] as const);
    // Both settle before anything is thrown: the session locks must outlive every ledger write.
    const [inserted, known] = await Promise.allSettled([
      timings.time('insert', () => this.ledgers.createMany(startingPlans.flatMap(([, plan]) => (plan.write ? [plan.write.document] : [])))),
      this.claimKnown(wave.filter((slice) => !starting.has(slice)), plans, lost, timings, writtenAt),
    ]);
    if (inserted.status === 'rejected') throw inserted.reason;
    if (known.status === 'rejected') throw known.reason;
    if (inserted.value) {
      for (const [slice, plan] of startingPlans) this.settle(slice, plan, null, plans);
    } else {
      // A duplicate key (a redelivery, or a player reusing its session): read them all, a ledger we did create shows our claims.
      await this.claimKnown([...starting], plans, lost, timings, writtenAt);
    }
    timings.add('lost', lost.length);
    await timings.time('retry', () => mapInChunks(lost, async ([slice]) => void plans.set(slice, await this.claim(slice, writtenAt)), 1));
  }

  /** Plans `slices` (one per session) from the cache or one read each, and writes them; slices that lose a race go to `lost`. */
  private async claimKnown(slices: SessionSlice[], plans: Map<SessionSlice, ClaimPlan>, lost: SessionSlice[], timings: StepTimings, writtenAt: Date): Promise<void> {
    if (slices.length === 0) return;
    const cached = new Map(slices.flatMap((slice) => this.cache.get(slice.sessionId) ?? []).map((ledger) => [ledger._id, ledger] as const));
    const toRead = slices.filter((slice) => !cached.has(slice.sessionId)).map((slice) => slice.sessionId);
    timings.add('cached', cached.size);
    timings.add('read', toRead.length);
    const read = await timings.time('read', () => this.ledgers.findMany(toRead));
    const planned = slices.map((slice) => {
      const ledger = cached.get(slice.sessionId) ?? read.get(slice.sessionId) ?? null;
      return { slice, ledger, plan: this.plan(ledger, slice, writtenAt) };
    });
    const creates = planned.filter(({ ledger, plan }) => !ledger && plan.write);
    const updates = planned.filter(({ ledger, plan }) => ledger && plan.write);
    // Nothing left to claim (a redelivery): what the slice owns is read from claims, which are never taken back.
    for (const { slice, ledger, plan } of planned) if (!plan.write) this.settle(slice, plan, ledger, plans);
    // Until the store answers, the outcome of these writes is unknown: no cache entry may survive a failed one.
    for (const { slice } of [...creates, ...updates]) this.cache.forget(slice.sessionId);
    const [created, updated] = await Promise.allSettled([
      timings.time('create', () => this.ledgers.createMany(creates.map(({ plan }) => (plan.write as Write).document))),
      // One guarded update each, 16 in flight: on FerretDB one bulkWrite of them took 2–3.5 times as long (ADR 0038).
      timings.time('update', () => mapInChunks(updates, async ([{ slice, plan }]) => this.ledgers.updateIfUnclaimed(slice.sessionId, (plan.write as Write).guards, (plan.write as Write).sets), 1)),
    ]);
    if (created.status === 'rejected') throw created.reason;
    if (updated.status === 'rejected') throw updated.reason;
    // Another batch created some of the ledgers first (which ones an unordered insert's report is not trusted to say): re-read them all.
    for (const { slice, ledger, plan } of creates) {
      if (created.value) this.settle(slice, plan, ledger, plans);
      else lost.push(slice);
    }
    // A missed update: another process wrote the session since it was read or cached; read it again.
    updates.forEach(({ slice, ledger, plan }, i) => {
      if (updated.value[i]) this.settle(slice, plan, ledger, plans);
      else lost.push(slice);
    });
  }

  /** The one-session path: read, plan, guarded write, again on a lost race. */
  private async claim(slice: SessionSlice, writtenAt: Date): Promise<ClaimPlan> {
    for (let attempt = 1; attempt <= MAX_CLAIM_ATTEMPTS; attempt += 1) {
      const ledger = await this.ledgers.find(slice.sessionId);
      const plan = this.plan(ledger, slice, writtenAt);
      if (!plan.write) return this.settle(slice, plan, ledger);
      const written = ledger ? await this.ledgers.updateIfUnclaimed(slice.sessionId, plan.write.guards, plan.write.sets) : await this.ledgers.create(plan.write.document);
      if (written) return this.settle(slice, plan, ledger);
    }
    // Throwing makes JetStream redeliver the batches later; claims already written stay theirs.
    throw new Error(`session ${slice.sessionId}: lost ${MAX_CLAIM_ATTEMPTS} claim races in a row`);
  }

  /** Records a claim the store confirmed (or that needed no write), and the ledger as it now stands. */
  private settle(slice: SessionSlice, plan: ClaimPlan, ledger: SessionLedger | null, plans?: Map<SessionSlice, ClaimPlan>): ClaimPlan {
    plans?.set(slice, plan);
    const now = plan.write ? ledgerAfter(ledger, plan.write) : ledger;
    if (now) this.cache.remember(now);
    return plan;
  }

  private plan(ledger: SessionLedger | null, slice: SessionSlice, writtenAt: Date): ClaimPlan {
    return planClaim(ledger, slice.batch.batchId, slice.viewerId, slice.events, this.viewThresholdSec, writtenAt);
  }
}

/** Wave n: the n-th slice of each session, in group order. */
export function wavesBySession(slices: SessionSlice[]): SessionSlice[][] {
  const waves: SessionSlice[][] = [];
  const seen = new Map<string, number>();
  for (const slice of slices) {
    const n = seen.get(slice.sessionId) ?? 0;
    seen.set(slice.sessionId, n + 1);
    (waves[n] ??= []).push(slice);
  }
  return waves;
}

/** The slice holds the session's view_start: the player's first batch of it. */
function startsSession(slice: SessionSlice): boolean {
  return slice.events.some((event) => event.type === 'view_start');
}
