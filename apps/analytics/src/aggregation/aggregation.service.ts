import { Injectable, Logger } from '@nestjs/common';
import type { PlaybackBatch, PlaybackEvent } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';
import { VideoOwnerCache } from '../owners/video-owner-cache.js';
import { batchContribution, type BucketPart, type OwnedSession, type ViewerMark } from './batch-contribution.js';
import { BucketRepository } from './bucket.repository.js';
import type { ClaimPlan } from './session-claim.js';
import { SessionClaims, type SessionSlice } from './session-claims.js';
import { SessionLedgerRepository } from './session-ledger.repository.js';
import { SessionLocks } from './session-locks.js';
import { StepTimings } from './step-timings.js';

/**
 * Applies batches idempotently: (1) per session and batch, claim the unseen events and session
 * flags in the session ledger (one guarded atomic update); (2) insert each batch's parts and viewer
 * marks under ids derived from its batch id. A redelivery after a crash at any point re-derives
 * exactly the same parts from the ledger and re-inserts them as no-ops. See docs/adr/0003.
 *
 * Several batches are applied together to save store round trips: one insert of the ledgers of
 * sessions that start in the group, reads and guarded updates of the others 16 in flight per wave
 * (the ledgers this process wrote last are not read again), one insert of all parts and of all marks.
 * Groups may run concurrently; those sharing a session claim one after another (ADR 0037, 0038).
 */
@Injectable()
export class AggregationService {
  private readonly logger = new Logger(AggregationService.name);
  /** One writer per session ledger in this process, whatever AGGREGATION_CONCURRENCY is: the ledger cache relies on it. */
  private readonly locks = new SessionLocks();
  private readonly claims: SessionClaims;

  constructor(
    config: AnalyticsConfig,
    ledgers: SessionLedgerRepository,
    private readonly buckets: BucketRepository,
    private readonly owners: VideoOwnerCache,
  ) {
    this.claims = new SessionClaims(ledgers, config.VIEW_THRESHOLD_SECONDS, config.LEDGER_CACHE_CLAIMS);
  }

  async applyAll(batches: PlaybackBatch[], processedAt = new Date()): Promise<void> {
    const timings = new StepTimings();
    const slices = batches.flatMap((batch) =>
      [...groupBySession(batch.events)].map(([sessionId, events]) => ({ batch, sessionId, events, viewerId: batch.userId ?? `anon-${sessionId}` })),
    );
    const [plans, creators] = await Promise.all([
      timings.time('claim', () => this.locks.withSessions(new Set(slices.map((slice) => slice.sessionId)), () => this.claims.claimAll(slices, timings, processedAt))),
      timings.time('owners', () => this.owners.creatorsOf(slices.map((slice) => slice.events[0].videoId))),
    ]);
    const parts: BucketPart[] = [];
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
    // Both inserts are idempotent and independent: run together, both settled before the group is acknowledged.
    await Promise.all([timings.time('parts', () => this.buckets.saveParts(parts)), timings.time('marks', () => this.buckets.saveMarks([...marks.values()]))]);
    this.logger.debug({ msg: 'group applied', batches: batches.length, slices: slices.length, ...timings.summary() });
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
