import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import type { MsgHdrs } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { tap, type Observable } from 'rxjs';
import { normaliseRequestId, REQUEST_ID_HEADER, runInRequestContext } from '../logging/request-context.js';
import { metricsCollecting, natsHandlerDuration } from '../metrics/metrics.js';
import { DEADLINE_HEADER, parseDeadline } from './deadline.js';
import { contextWithSpan, endSpan, extractTraceContext, SpanKind, startSpan, tracingEnabled } from '../tracing/tracing.js';

/** The request id given to each message being handled, by its NATS context (the same object for the whole pipeline). */
const messageRequestIds = new WeakMap<object, string>();

/** The request id of a message, for what runs after its handler outside its context (the error filter). */
export function requestIdOfMessage(natsContext: object | undefined): string | undefined {
  return natsContext ? messageRequestIds.get(natsContext) : undefined;
}

const natsHeaderGetter = {
  keys: (carrier: MsgHdrs | undefined) => carrier?.keys() ?? [],
  // NATS answers '' for a missing header.
  get: (carrier: MsgHdrs | undefined, key: string) => carrier?.get(key) || undefined,
};

/**
 * Service side of request ids: binds the id from the NATS headers to the handler's async flow
 * (so every log line carries it) with the caller's deadline (`x-deadline`), logs one line per
 * handled message and times it. With tracing on, the handler runs in a server span continuing
 * the caller's `traceparent`.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  /**
   * The "message handled" line holds only the fields below (never the payload): nothing to redact,
   * and redaction walks every redacted path on each line (~2 % of a service's CPU in the ping profile).
   */
  private readonly handledLog: Logger;

  constructor(logger: Logger) {
    this.handledLog = logger.child({ context: 'nats' }, { redact: [] });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const nats = context.switchToRpc().getContext<NatsContext>();
    const headers = nats.getHeaders() as MsgHdrs | undefined;
    const requestId = normaliseRequestId(headers?.get(REQUEST_ID_HEADER));
    messageRequestIds.set(nats, requestId);
    const pattern = nats.getSubject();
    const parent = tracingEnabled() ? extractTraceContext(headers, natsHeaderGetter) : undefined;
    const span = startSpan(pattern, SpanKind.SERVER, parent, { 'messaging.system': 'nats', 'messaging.destination.name': pattern, 'onstream.request_id': requestId });
    const trace = span ? contextWithSpan(parent, span) : undefined;
    const deadline = parseDeadline(headers?.get(DEADLINE_HEADER));
    const started = performance.now();
    let finished = false;
    const done = (outcome: string, error?: unknown) => {
      if (finished) return;
      finished = true;
      const seconds = (performance.now() - started) / 1000;
      if (metricsCollecting()) natsHandlerDuration.observe({ pattern, outcome }, seconds);
      endSpan(span, error);
      runInRequestContext(requestId, () => this.handledLog.info({ msg: 'message handled', pattern, outcome, durationMs: Math.round(seconds * 100_000) / 100 }));
    };
    // A domain error below 500 is an answer (bad input, not found), not a failed span.
    const failed = (error: unknown) => ((error as { status?: unknown }).status as number) >= 500 || typeof (error as { status?: unknown }).status !== 'number';
    // Nest binds the rest of the chain and the handler to the context current when handle() is
    // called, so run() scopes it to them. enterWith() would also leave it on whatever called this
    // interceptor (the NATS connection's dispatch), for work that is not this request's: a catalog
    // seed import started at bootstrap ran under the first health check's id and deadline.
    return runInRequestContext(requestId, () => next.handle(), trace, deadline).pipe(tap({ next: () => done('ok'), error: (error: unknown) => done('error', failed(error) ? error : undefined) }));
  }
}
