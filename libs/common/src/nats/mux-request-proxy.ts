import type { ClientNats, NatsRecord } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/transport-node';
import { from, type Observable } from 'rxjs';
import { DEADLINE_HEADER } from './deadline.js';

/** What ServiceClient needs of a transport: Nest ClientProxy's `send`, one answer per request. */
export interface RequestProxy {
  send<T>(pattern: string, record: NatsRecord): Observable<T>;
}

/** How long a request may outlive its caller's own deadline (the caller's rxjs timeout answers first). */
const TIMEOUT_SLACK_MS = 1000;

/**
 * Nest's NATS request/reply on the connection's shared reply subscription. Nest's ClientNats
 * subscribes to a new inbox for every request and unsubscribes after the answer: two more protocol
 * messages per call for this process and for the NATS server, and a subscription object built and
 * dropped each time (issue 23's ping profile). nats.js's `request()` routes every answer through
 * one wildcard inbox instead. The wire format stays Nest's (`{pattern, data, id}` out,
 * `{err, response, isDisposed, id}` back), so services still answer with @MessagePattern handlers;
 * the connection is ClientNats's own, with its reconnect handling.
 */
export class MuxRequestProxy implements RequestProxy {
  private lastId = 0;

  constructor(private readonly nats: ClientNats) {}

  send<T>(pattern: string, record: NatsRecord): Observable<T> {
    return from(this.request<T>(pattern, record));
  }

  private async request<T>(pattern: string, record: NatsRecord): Promise<T> {
    const connection = (await this.nats.connect()) as NatsConnection;
    const deadline = Number(record.headers?.get(DEADLINE_HEADER));
    const timeout = Math.max(1, (Number.isFinite(deadline) ? deadline - Date.now() : 0) + TIMEOUT_SLACK_MS);
    const id = String(++this.lastId);
    const message = await connection.request(pattern, JSON.stringify({ pattern, data: record.data, id }), { timeout, headers: record.headers });
    if (message.data.length === 0) throw new Error(`Empty response for ${pattern}`);
    const answer = message.json<{ err?: unknown; response?: T }>();
    // A service's error travels as data: the caller rebuilds the DomainError it stands for.
    if (answer.err) throw answer.err;
    return answer.response as T;
  }
}
