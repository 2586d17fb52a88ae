import { Injectable } from '@nestjs/common';
import type { PlaybackBatch, PlaybackEvent } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';
import { VideoOwnersRepository } from '../owners/video-owners.repository.js';
import { batchContribution, type OwnedSession } from './batch-contribution.js';
import { BucketRepository } from './bucket.repository.js';
import { planClaim, type ClaimPlan } from './session-claim.js';
import { SessionLedgerRepository } from './session-ledger.repository.js';

/** Retries of a session claim that lost a race with a concurrent batch of the same session. */
const MAX_CLAIM_ATTEMPTS = 20;

/** The events of one session inside one batch: the unit a ledger claim covers. */
interface SessionSlice {
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
 * Several batches are applied together to save FerretDB round trips: one read of all ledgers, one
 * insert of all new ledgers, one insert of all parts and marks.
 */
@Injectable()
export class AggregationService {
  constructor(
    private readonly config: AnalyticsConfig,
    private readonly ledgers: SessionLedgerRepository,
    private readonly buckets: BucketRepository,
    private readonly owners: VideoOwnersRepository,
  ) {}

  async applyAll(batches: PlaybackBatch[], processedAt = new Date()): Promise<void> {
    const slices = batches.flatMap((batch) =>
      [...groupBySession(batch.events)].map(([sessionId, events]) => ({ batch, sessionId, events, viewerId: batch.userId ?? `anon-${sessionId}` })),
    );
    const plans = await this.claimAll(slices);
    const creators = await this.owners.creatorsOf([...new Set(slices.map((slice) => slice.events[0].videoId))]);
    const parts = [];
    const marks = [];
    for (const batch of batches) {
      const sessions: OwnedSession[] = slices
        .filter((slice) => slice.batch === batch)
        .map((slice) => {
          const { ownedEvents, ownedFlags } = plans.get(slice) as ClaimPlan;
          return { sessionId: slice.sessionId, videoId: slice.events[0].videoId, viewerId: slice.viewerId, userId: batch.userId, ownedEvents, ownedFlags };
        });
      const contribution = batchContribution(batch.batchId, sessions, creators, processedAt);
      parts.push(...contribution.parts);
      marks.push(...contribution.marks);
    }
    await this.buckets.save(parts, marks);
  }

  private async claimAll(slices: SessionSlice[]): Promise<Map<SessionSlice, ClaimPlan>> {
    const plans = new Map<SessionSlice, ClaimPlan>();
    const ledgers = await this.ledgers.findMany([...new Set(slices.map((slice) => slice.sessionId))]);
    // Only the first slice of a session can be planned from this read; later ones must see its write.
    const first = new Map<string, SessionSlice>();
    const later: SessionSlice[] = [];
    for (const slice of slices) {
      if (first.has(slice.sessionId)) later.push(slice);
      else first.set(slice.sessionId, slice);
    }

    const fresh = [...first.values()].filter((slice) => !ledgers.has(slice.sessionId));
    const freshPlans = fresh.map((slice) => [slice, this.plan(null, slice)] as const);
    const allCreated = await this.ledgers.createMany(freshPlans.flatMap(([, plan]) => (plan.write ? [plan.write.document] : [])));
    // Another batch created some of them first: re-read every one (a ledger we did create shows our claims).
    for (const [slice, plan] of freshPlans) {
      if (allCreated) plans.set(slice, plan);
      else later.push(slice);
    }

    const known = [...first.values()].filter((slice) => ledgers.has(slice.sessionId));
    await Promise.all(
      known.map(async (slice) => {
        const plan = this.plan(ledgers.get(slice.sessionId) ?? null, slice);
        if (!plan.write || (await this.ledgers.updateIfUnclaimed(slice.sessionId, plan.write.guards, plan.write.sets))) plans.set(slice, plan);
        else later.push(slice);
      }),
    );
    for (const slice of later) plans.set(slice, await this.claim(slice));
    return plans;
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
