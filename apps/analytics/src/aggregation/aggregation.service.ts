import { Injectable } from '@nestjs/common';
import type { PlaybackBatch, PlaybackEvent } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';
import { VideoOwnersRepository } from '../owners/video-owners.repository.js';
import { batchContribution, type OwnedSession } from './batch-contribution.js';
import { BucketRepository } from './bucket.repository.js';
import { planClaim } from './session-claim.js';
import { SessionLedgerRepository } from './session-ledger.repository.js';

/** Retries of a session claim that lost a race with a concurrent batch of the same session. */
const MAX_CLAIM_ATTEMPTS = 20;

/**
 * Applies one batch idempotently: (1) per session, claim its unseen events and session flags in
 * the session ledger (one guarded atomic update); (2) insert the batch's parts and viewer marks
 * under ids derived from the batch id. A redelivery after a crash at any point re-derives exactly
 * the same parts from the ledger and re-inserts them as no-ops. See docs/adr/0001.
 */
@Injectable()
export class AggregationService {
  constructor(
    private readonly config: AnalyticsConfig,
    private readonly ledgers: SessionLedgerRepository,
    private readonly buckets: BucketRepository,
    private readonly owners: VideoOwnersRepository,
  ) {}

  async apply(batch: PlaybackBatch, processedAt = new Date()): Promise<void> {
    const sessions: OwnedSession[] = [];
    for (const [sessionId, events] of groupBySession(batch.events)) {
      const viewerId = batch.userId ?? `anon-${sessionId}`;
      const { ownedEvents, ownedFlags } = await this.claim(batch.batchId, viewerId, events);
      sessions.push({ sessionId, videoId: events[0].videoId, viewerId, userId: batch.userId, ownedEvents, ownedFlags });
    }
    const creators = await this.owners.creatorsOf([...new Set(batch.events.map((event) => event.videoId))]);
    const { parts, marks } = batchContribution(batch.batchId, sessions, creators, processedAt);
    await this.buckets.save(parts, marks);
  }

  private async claim(batchId: string, viewerId: string, events: PlaybackEvent[]) {
    const sessionId = events[0].sessionId;
    for (let attempt = 1; attempt <= MAX_CLAIM_ATTEMPTS; attempt += 1) {
      const ledger = await this.ledgers.find(sessionId);
      const plan = planClaim(ledger, batchId, viewerId, events, this.config.VIEW_THRESHOLD_SECONDS);
      if (!plan.write) return plan;
      const written = ledger ? await this.ledgers.updateIfUnclaimed(sessionId, plan.write.guards, plan.write.sets) : await this.ledgers.create(plan.write.document);
      if (written) return plan;
    }
    // Throwing makes JetStream redeliver the batch later; nothing of it has been written yet for this session.
    throw new Error(`session ${sessionId}: lost ${MAX_CLAIM_ATTEMPTS} claim races in a row`);
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
