import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Context } from '@opentelemetry/api';

export const REQUEST_ID_HEADER = 'x-request-id';

interface RequestContext {
  requestId: string;
  /** OpenTelemetry context of the span doing this work (only while tracing is on). */
  trace?: Context;
  /** Epoch ms after which the caller no longer waits for this work (x-deadline); none for jobs and events. */
  deadline?: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The request id of the work being done now, if any (read by the logger and the NATS client). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** The trace context outgoing calls continue, if tracing is on and a span is active. */
export function currentTraceContext(): Context | undefined {
  return storage.getStore()?.trace;
}

/** The deadline of the work being done now, if its caller set one (epoch ms). */
export function currentDeadline(): number | undefined {
  return storage.getStore()?.deadline;
}

/** Runs `work` (and what it starts) with a request id, trace context and deadline (HTTP hook, NATS handler, job). */
export function runInRequestContext<T>(requestId: string, work: () => T, trace?: Context, deadline?: number): T {
  return storage.run({ requestId, trace, deadline }, work);
}

/**
 * Runs work that is not the current caller's (a background timer, a round shared by whoever asks)
 * outside its request: without its id, trace or deadline, so the caller giving up does not stop
 * work others wait for (ADR 0042). Timers and promises started inside stay outside.
 */
export function outsideRequest<T>(work: () => T): T {
  return storage.exit(work);
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's id only when it is short and printable, else makes a new one. */
export function normaliseRequestId(candidate: unknown): string {
  return typeof candidate === 'string' && SAFE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}
