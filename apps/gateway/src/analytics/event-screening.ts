import { createHash } from 'node:crypto';
import { Ajv, type ErrorObject } from 'ajv';
import {
  DomainError, INGEST_EVENTS_REQUEST_SCHEMA, PLAYBACK_EVENT_PATTERN_MESSAGES, PLAYBACK_EVENT_SCHEMA, type EventRejection, type FieldError, type IngestEventsRequest, type PlaybackEvent,
} from '@onstream/common';

export interface ScreeningRules {
  now: Date;
  futureToleranceMs: number;
  maxAgeMs: number;
  /** Whether media issued this session id for this video at a stream start (PlaybackSessionIds). */
  isIssuedSession: (sessionId: string, videoId: string) => boolean;
}

export interface ScreenedBatch {
  accepted: PlaybackEvent[];
  rejected: EventRejection[];
}

/**
 * Compiled once. Events are checked by a compiled JSON Schema rather than class-validator, which
 * spent ~30 µs per event (half the gateway's time under ingest load) looking up its metadata.
 */
const ajv = new Ajv({ allErrors: true });
const validateEvent = ajv.compile<PlaybackEvent>(PLAYBACK_EVENT_SCHEMA);
const validateBatch = ajv.compile<IngestEventsRequest>(INGEST_EVENTS_REQUEST_SCHEMA);

/**
 * The body as a batch (an `events` array of objects, nothing else), or a 400 naming what is wrong;
 * the messages are those the DTO's decorators gave before the envelope had a schema.
 */
export function batchOf(body: unknown): IngestEventsRequest {
  if (validateBatch(body)) return body;
  const errors = new Map<string, FieldError>();
  for (const error of validateBatch.errors ?? []) {
    const found: FieldError =
      error.keyword === 'additionalProperties' ? fieldErrorsOf([error])[0]
      : error.instancePath.startsWith('/events/') ? { field: 'events', message: 'each event must be an object' }
      : { field: 'events', message: 'events must be an array' };
    errors.set(`${found.field} ${found.message}`, found);
  }
  throw DomainError.validation([...errors.values()]);
}

/** Ajv's findings in the problem+json shape: one entry per field. */
function fieldErrorsOf(errors: ErrorObject[]): FieldError[] {
  return errors
    .filter((error) => error.keyword !== 'if')
    .map((error) => {
      if (error.keyword === 'required') return { field: String(error.params.missingProperty), message: `${String(error.params.missingProperty)} is required for this event type` };
      if (error.keyword === 'additionalProperties') return { field: String(error.params.additionalProperty), message: `property ${String(error.params.additionalProperty)} should not exist` };
      const field = error.instancePath.slice(1);
      const message = error.keyword === 'pattern' ? PLAYBACK_EVENT_PATTERN_MESSAGES[field] : undefined;
      return { field, message: message ?? `${field} ${error.message ?? 'is invalid'}` };
    });
}

/**
 * Checks each event on its own, so one bad event does not sink the batch: shape
 * (PLAYBACK_EVENT_SCHEMA), then the client timestamp against the server clock, then its session id:
 * only a playback session media issued for the event's video counts, so invented sessions cannot
 * inflate views or trending. An event repeated inside the batch (same session and id) is kept once.
 */
export function screenEvents(raw: object[], rules: ScreeningRules): ScreenedBatch {
  const accepted: PlaybackEvent[] = [];
  const rejected: EventRejection[] = [];
  const seen = new Set<string>();
  // A batch is mostly one session of one video: verify each pair once.
  const issued = new Map<string, boolean>();
  const isIssued = (event: PlaybackEvent) => {
    const key = `${event.sessionId} ${event.videoId}`;
    let known = issued.get(key);
    if (known === undefined) issued.set(key, (known = rules.isIssuedSession(event.sessionId, event.videoId)));
    return known;
  };
  raw.forEach((candidate, index) => {
    const errors = validateEvent(candidate) ? [] : fieldErrorsOf(validateEvent.errors ?? []);
    const event = candidate as PlaybackEvent;
    if (errors.length === 0) {
      const at = Date.parse(event.clientTs);
      if (Number.isNaN(at)) errors.push({ field: 'clientTs', message: 'clientTs is not a real date' });
      else if (at > rules.now.getTime() + rules.futureToleranceMs) errors.push({ field: 'clientTs', message: 'clientTs lies too far in the future' });
      else if (at < rules.now.getTime() - rules.maxAgeMs) errors.push({ field: 'clientTs', message: 'clientTs is older than late events may be' });
      if (!isIssued(event)) errors.push({ field: 'sessionId', message: 'sessionId is not a playback session issued for this video: use the playbackSessionId of its stream start' });
    }
    if (errors.length > 0) {
      const id = typeof event.id === 'string' ? event.id.slice(0, 64) : undefined;
      rejected.push({ index, ...(id ? { id } : {}), errors });
      return;
    }
    const key = `${event.sessionId}:${event.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    accepted.push(event);
  });
  return { accepted, rejected };
}

/**
 * The batch id is a digest of the accepted events' keys: a client that retries the same batch gets
 * the same id, which JetStream stores once (Nats-Msg-Id) and analytics applies once.
 */
export function batchIdOf(events: PlaybackEvent[]): string {
  const keys = events.map((event) => `${event.sessionId}:${event.id}`).sort();
  return createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 32);
}
