import type { ClientNats, NatsRecord } from '@nestjs/microservices';
import { createInbox, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { Observable } from 'rxjs';
import { DEADLINE_HEADER } from './deadline.js';

/** What ServiceClient needs of a transport: Nest ClientProxy's `send`, one answer per request. */
export interface RequestProxy {
  send<T>(pattern: string, record: NatsRecord): Observable<T>;
}

/** How long a request may outlive its caller's own deadline (the caller's rxjs timeout answers first). */
const TIMEOUT_SLACK_MS = 1000;

/**
 * Nest's NATS request/reply on one reply subscription per connection. Nest's ClientNats
 * subscribes to a new inbox for every request and unsubscribes after the answer: two more protocol
 * messages per call for this process and for the NATS server (issue 23's ping profile). The wire
 * format stays Nest's (`{pattern, data, id}` out, `{err, response, isDisposed, id}` back), so
 * services still answer with @MessagePattern handlers; the connection is ClientNats's own, with its
 * reconnect handling. Answers are routed by `ReplyInbox`, not nats.js's `request()` (ADR 0044).
 */
export class MuxRequestProxy implements RequestProxy {
  private lastId = 0;

  constructor(private readonly nats: ClientNats) {}

  send<T>(pattern: string, record: NatsRecord): Observable<T> {
    return new Observable<T>((subscriber) => {
      let cancel: (() => void) | undefined;
      let unsubscribed = false;
      void (this.nats.connect() as Promise<NatsConnection>).then(
        (connection) => {
          if (unsubscribed) return;
          const deadline = Number(record.headers?.get(DEADLINE_HEADER));
          const timeoutMs = Math.max(1, (Number.isFinite(deadline) ? deadline - Date.now() : 0) + TIMEOUT_SLACK_MS);
          const body = JSON.stringify({ pattern, data: record.data, id: String(++this.lastId) });
          cancel = ReplyInbox.of(connection).request(pattern, body, record.headers as MsgHdrs | undefined, timeoutMs, (error, message) => {
            if (error) return subscriber.error(error);
            if (message.data.length === 0) return subscriber.error(new Error(`Empty response for ${pattern}`));
            let answer: { err?: unknown; response?: T };
            try {
              answer = message.json<{ err?: unknown; response?: T }>();
            } catch (parseError) {
              // Thrown here it would land in nats.js's dispatch, not with the caller.
              return subscriber.error(parseError);
            }
            // A service's error travels as data: the caller rebuilds the DomainError it stands for.
            if (answer.err) return subscriber.error(answer.err);
            subscriber.next(answer.response as T);
            subscriber.complete();
          });
        },
        (error: unknown) => subscriber.error(error),
      );
      // The caller gave up (its own deadline): forget the request, a late answer is dropped.
      return () => {
        unsubscribed = true;
        cancel?.();
      };
    });
  }
}

type Answer = (error: Error | null, message: Msg) => void;

interface Pending {
  subject: string;
  answer: Answer;
  timer: NodeJS.Timeout;
}

/**
 * One wildcard reply subscription per connection and a table of the requests waiting on it, as
 * nats.js's own `request()` keeps, without what made that cost ~5 % of the gateway's CPU at full
 * load: nats.js builds a `RequestError("cancelled")`, stack trace and all, after every *successful*
 * request (`RequestOne.cancel`, 3.4.0, no option turns it off). Here a request is a map entry and
 * a timer. A reply without data and with status 503 is the server saying that nothing listens on
 * the subject: the request fails at once, as with nats.js.
 */
export class ReplyInbox {
  private static readonly inboxes = new WeakMap<NatsConnection, ReplyInbox>();

  private readonly prefix: string;
  private readonly pending = new Map<string, Pending>();
  private readonly subscription: Subscription;
  private lastToken = 0;

  /** The connection's inbox, subscribed on first use; a closed connection's is replaced by its successor's. */
  static of(connection: NatsConnection): ReplyInbox {
    let inbox = ReplyInbox.inboxes.get(connection);
    if (!inbox) ReplyInbox.inboxes.set(connection, (inbox = new ReplyInbox(connection)));
    return inbox;
  }

  private constructor(private readonly connection: NatsConnection) {
    this.prefix = `${createInbox()}.`;
    this.subscription = connection.subscribe(`${this.prefix}*`, { callback: (error, message) => this.route(error, message) });
    // The subscription ends with its connection (closed, or refused by the server): nothing will answer the waiting requests.
    void this.subscription.closed.then(
      () => this.failAll(new Error('NATS connection closed')),
      (error: unknown) => this.failAll(error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** How many requests wait for an answer (tests). */
  get waiting(): number {
    return this.pending.size;
  }

  /** Publishes `data` to `subject` and hands the answer (or a failure) to `answer` once; returns a cancel. */
  request(subject: string, data: string, headers: MsgHdrs | undefined, timeoutMs: number, answer: Answer): () => void {
    const token = String(++this.lastToken);
    const timer = setTimeout(() => this.settle(token, new Error(`no answer to ${subject} within ${timeoutMs} ms`)), timeoutMs);
    this.pending.set(token, { subject, answer, timer });
    try {
      this.connection.publish(subject, data, { reply: this.prefix + token, headers });
    } catch (error) {
      this.settle(token, error instanceof Error ? error : new Error(String(error)));
    }
    return () => this.forget(token);
  }

  private route(error: Error | null, message: Msg): void {
    // An error here is the subscription's own (e.g. refused by the server), not one request's.
    if (error) {
      this.subscription.unsubscribe();
      return this.failAll(error);
    }
    const token = message.subject.slice(this.prefix.length);
    const subject = this.pending.get(token)?.subject;
    const noResponders = message.data.length === 0 && message.headers?.code === 503;
    this.settle(token, noResponders ? new Error(`nothing listens on ${subject}`) : null, message);
  }

  private settle(token: string, error: Error | null, message?: Msg): void {
    const pending = this.forget(token);
    pending?.answer(error, message as Msg);
  }

  private forget(token: string): Pending | undefined {
    const pending = this.pending.get(token);
    if (!pending) return undefined;
    clearTimeout(pending.timer);
    this.pending.delete(token);
    return pending;
  }

  private failAll(error: Error): void {
    if (ReplyInbox.inboxes.get(this.connection) === this) ReplyInbox.inboxes.delete(this.connection);
    for (const token of [...this.pending.keys()]) this.settle(token, error);
  }
}
