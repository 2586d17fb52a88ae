import { Injectable } from '@nestjs/common';
import { mapInChunks, type PlaybackBatch, type PlaybackEvent } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';
import { VideoOwnerCache } from '../owners/video-owner-cache.js';
import { batchContribution, type OwnedSession, type ViewerMark } from './batch-contribution.js';
import { BucketRepository } from './bucket.repository.js';
import { planClaim, type ClaimPlan } from './session-claim.js';
import { SessionLedgerRepository } from './session-ledger.repository.js';
import { SessionLocks } from './session-locks.js';

/** Retries of a session claim that lost a race with a concurrent batch of the same session. */
const MAX_CLAIM_ATTEMPTS = 20;

/** The events of one session inside one batch: the unit a ledger claim covers. */
export interface SessionSlice {
  batch: PlaybackBatch;
  sessionId: string;
  viewerId: string;
  events: PlaybackEvent[];
}

/**
 * Applies batches idempotently: (1) per session and batch, claim the unseen events and session
 * flags in the session ledger (one guarded atomic update); (2) insert each batch's parts and viewer
 * marks under ids derived from its batch id. A redelivery after a crash at any point re-derives
 * exactly the same parts from the ledger and re-inserts them as no-ops. See docs/adr/0003.
 *
 * Several batches are applied together to save store round trips: one insert of the ledgers of
 * sessions that start in the group, one chunked read of the others, one insert of all parts and
 * marks. Groups may run concurrently; those sharing a session claim one after another (ADR 0037).
 */
@Injectable()
export class AggregationService {
  /** One writer per session ledger in this process, whatever AGGREGATION_CONCURRENCY is. */
  private readonly locks = new SessionLocks();

  constructor(
    private readonly config: AnalyticsConfig,
    private readonly ledgers: SessionLedgerRepository,
    private readonly buckets: BucketRepository,
    private readonly owners: VideoOwnerCache,
  ) {}

  async applyAll(batches: PlaybackBatch[], processedAt = new Date()): Promise<void> {
    const slices = batches.flatMap((batch) =>
      [...groupBySession(batch.events)].map(([sessionId, events]) => ({ batch, sessionId, events, viewerId: batch.userId ?? `anon-${sessionId}` })),
    );
    const [plans, creators] = await Promise.all([
      this.locks.withSessions(new Set(slices.map((slice) => slice.sessionId)), () => this.claimAll(slices)),
      this.owners.creatorsOf(slices.map((slice) => slice.events[0].videoId)),
    ]);
    const parts = [];
    // Marks do not depend on the batch: one per id for the whole group, or the insert meets its own duplicates.
    const marks = new Map<string, ViewerMark>();
    for (const batch of batches) {
      const sessions: OwnedSession[] = slices
        .filter((slice) => slice.batch === batch)
        .map((slice) => {
          const { ownedEvents, ownedFlags } = plans.get(slice) as ClaimPlan;
          return { sessionId: slice.sessionId, videoId: slice.events[0].videoId, viewerId: slice.viewerId, userId: batch.userId, ownedEvents, ownedFlags };
        });
      const contribution = batchContribution(batch.batchId, sessions, creators, processedAt);
      parts.push(...contribution.parts);
      for (const mark of contribution.marks) marks.set(mark._id, mark);
    }
    await this.buckets.save(parts, [...marks.values()]);
  }

  /**
   * Claims in waves: wave n holds the n-th slice of each session in the group, so one bulk read
   * serves every session of a wave and each slice is planned after its session's earlier ones are written.
   */
  private async claimAll(slices: SessionSlice[]): Promise<Map<SessionSlice, ClaimPlan>> {
    const plans = new Map<SessionSlice, ClaimPlan>();
    const [first = [], ...rest] = wavesBySession(slices);
    await this.claimFirstWave(first, plans);
    for (const wave of rest) await this.claimWave(wave, plans);
    return plans;
  }

  private async claimFirstWave(first: SessionSlice[], plans: Map<SessionSlice, ClaimPlan>): Promise<void> {
    const lost: SessionSlice[] = [];
    // A slice that starts its session almost never finds a ledger: insert it without reading first.
    const starting = first.filter(startsSession);
    const continuing = first.filter((slice) => !startsSession(slice));
    const startingPlans = starting.map((slice) => [slice, this.plan(null, slice)] as const);
    // Both settle before anything is thrown: the session locks must outlive every ledger write.
    const [inserted, read] = await Promise.allSettled([
      this.ledgers.createMany(startingPlans.flatMap(([, plan]) => (plan.write ? [plan.write.document] : []))),
      this.claimFromRead(continuing, plans, lost),
    ]);
    if (inserted.status === 'rejected') throw inserted.reason;
    if (read.status === 'rejected') throw read.reason;
    // A duplicate key (a redelivery, or a player reusing its session): read them all, a ledger we did create shows our claims.
    if (inserted.value) for (const [slice, plan] of startingPlans) plans.set(slice, plan);
    else await this.claimFromRead(starting, plans, lost);
    for (const slice of lost) plans.set(slice, await this.claim(slice));
  }

  private async claimWave(wave: SessionSlice[], plans: Map<SessionSlice, ClaimPlan>): Promise<void> {
    const lost: SessionSlice[] = [];
    await this.claimFromRead(wave, plans, lost);
    for (const slice of lost) plans.set(slice, await this.claim(slice));
  }

  /** Plans `slices` (one per session) from one bulk read; slices that lose a race go to `lost`. */
  private async claimFromRead(slices: SessionSlice[], plans: Map<SessionSlice, ClaimPlan>, lost: SessionSlice[]): Promise<void> {
    if (slices.length === 0) return;
    const ledgers = await this.ledgers.findMany(slices.map((slice) => slice.sessionId));
    const fresh = slices.filter((slice) => !ledgers.has(slice.sessionId));
    const freshPlans = fresh.map((slice) => [slice, this.plan(null, slice)] as const);
    const allCreated = await this.ledgers.createMany(freshPlans.flatMap(([, plan]) => (plan.write ? [plan.write.document] : [])));
    // Another batch created some of them first: re-read every one (a ledger we did create shows our claims).
    for (const [slice, plan] of freshPlans) {
      if (allCreated) plans.set(slice, plan);
      else lost.push(slice);
    }
    const known = slices.filter((slice) => ledgers.has(slice.sessionId));
    await mapInChunks(
      known,
      async ([slice]) => {
        const plan = this.plan(ledgers.get(slice.sessionId) ?? null, slice);
        if (!plan.write || (await this.ledgers.updateIfUnclaimed(slice.sessionId, plan.write.guards, plan.write.sets))) plans.set(slice, plan);
        else lost.push(slice);
      },
      1,
    );
  }

  private plan(ledger: Parameters<typeof planClaim>[0], slice: SessionSlice): ClaimPlan {
    return planClaim(ledger, slice.batch.batchId, slice.viewerId, slice.events, this.config.VIEW_THRESHOLD_SECONDS);
  }

  /** The one-session path: read, plan, guarded write, again on a lost race. */
  private async claim(slice: SessionSlice): Promise<ClaimPlan> {
    for (let attempt = 1; attempt <= MAX_CLAIM_ATTEMPTS; attempt += 1) {
      const ledger = await this.ledgers.find(slice.sessionId);
      const plan = this.plan(ledger, slice);
      if (!plan.write) return plan;
      const written = ledger ? await this.ledgers.updateIfUnclaimed(slice.sessionId, plan.write.guards, plan.write.sets) : await this.ledgers.create(plan.write.document);
      if (written) return plan;
    }
    // Throwing makes JetStream redeliver the batches later; claims already written stay theirs.
    throw new Error(`session ${slice.sessionId}: lost ${MAX_CLAIM_ATTEMPTS} claim races in a row`);
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

/** Events of one batch per session, in batch order (duplicates inside the batch already removed by the gateway). */
export function groupBySession(events: PlaybackEvent[]): Map<string, PlaybackEvent[]> {
  const sessions = new Map<string, PlaybackEvent[]>();
  for (const event of events) {
    const list = sessions.get(event.sessionId);
    if (list) list.push(event);
    else sessions.set(event.sessionId, [event]);
  }
  return sessions;
}
