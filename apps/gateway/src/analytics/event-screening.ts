import { createHash } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PlaybackEvent, toFieldErrors, type EventRejection } from '@onstream/common';

export interface ScreeningRules {
  now: Date;
  futureToleranceMs: number;
  maxAgeMs: number;
}

export interface ScreenedBatch {
  accepted: PlaybackEvent[];
  rejected: EventRejection[];
}

/**
 * Checks each event on its own, so one bad event does not sink the batch: shape (the PlaybackEvent
 * rules), then the client timestamp against the server clock. An event repeated inside the batch
 * (same session and id) is kept once.
 */
export function screenEvents(raw: object[], rules: ScreeningRules): ScreenedBatch {
  const accepted: PlaybackEvent[] = [];
  const rejected: EventRejection[] = [];
  const seen = new Set<string>();
  raw.forEach((candidate, index) => {
    const event = plainToInstance(PlaybackEvent, candidate);
    const errors = toFieldErrors(validateSync(event, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } }));
    if (errors.length === 0) {
      const at = Date.parse(event.clientTs);
      if (at > rules.now.getTime() + rules.futureToleranceMs) errors.push({ field: 'clientTs', message: 'clientTs lies too far in the future' });
      else if (at < rules.now.getTime() - rules.maxAgeMs) errors.push({ field: 'clientTs', message: 'clientTs is older than late events may be' });
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
