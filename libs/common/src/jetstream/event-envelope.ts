/** What every durable domain event looks like on JetStream. `id` is the dedupe key end to end. */
export interface EventEnvelope<T = unknown> {
  id: string;
  type: string;
  occurredAt: string;
  data: T;
}

/**
 * Events live under `events.` so that no JetStream stream ever captures a request/reply subject
 * (a stream on `media.>` would answer `media.health.check` requests with a PubAck).
 */
export function eventSubject(type: string): string {
  return `events.${type}`;
}

/** Records which events a consumer has already applied, so a redelivery is a no-op. */
export interface ProcessedEvents {
  has(consumer: string, eventId: string): Promise<boolean>;
  remember(consumer: string, eventId: string): Promise<void>;
}
