import { Injectable, Logger } from '@nestjs/common';
import { AnalyticsEvents, DomainError, ErrorCodes, JetStreamBus, PlaybackSessionIds, type AuthUser, type IngestEventsRequest, type IngestEventsResponse, type PlaybackBatch } from '@onstream/common';
import { GatewayConfig } from '../gateway.config.js';
import { batchIdOf, screenEvents } from './event-screening.js';

/** Validates a batch of player events (each under a playback session media issued) and hands it to JetStream as one message. */
@Injectable()
export class EventIngestService {
  private readonly logger = new Logger(EventIngestService.name);

  constructor(
    private readonly config: GatewayConfig,
    private readonly bus: JetStreamBus,
    private readonly sessionIds: PlaybackSessionIds,
  ) {}

  async ingest(request: IngestEventsRequest, user: AuthUser | undefined, now = new Date()): Promise<IngestEventsResponse> {
    if (request.events.length > this.config.EVENTS_MAX_BATCH) {
      throw new DomainError(ErrorCodes.AnalyticsBatchTooLarge, 400, `A batch holds at most ${this.config.EVENTS_MAX_BATCH} events; this one has ${request.events.length}.`);
    }
    const { accepted, rejected } = screenEvents(request.events, {
      now,
      futureToleranceMs: this.config.EVENTS_FUTURE_TOLERANCE_SECONDS * 1000,
      maxAgeMs: this.config.EVENTS_MAX_AGE_HOURS * 3600_000,
      isIssuedSession: (sessionId, videoId) => this.sessionIds.verify(sessionId, videoId),
    });
    if (accepted.length === 0) {
      const errors = rejected.flatMap((r) => r.errors.map((e) => ({ field: `events[${r.index}].${e.field}`, message: e.message })));
      throw new DomainError(ErrorCodes.AnalyticsNoValidEvents, 400, 'The batch has no valid event.', { errors });
    }
    const batchId = batchIdOf(accepted);
    const batch: PlaybackBatch = { batchId, receivedAt: now.toISOString(), ...(user ? { userId: user.userId } : {}), events: accepted };
    try {
      await this.bus.publish(AnalyticsEvents.PlaybackBatch, batch, batchId);
    } catch (error) {
      this.logger.warn({ msg: 'event batch not stored', batchId, err: error instanceof Error ? error.message : String(error) });
      throw DomainError.unavailable('Events cannot be stored right now; send the batch again.');
    }
    return { batchId, accepted: accepted.length, rejected };
  }
}
