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

/** Binds a request id (and trace context, deadline) to the rest of the current async flow (HTTP hook, NATS handler). */
export function enterRequestContext(requestId: string, trace?: Context, deadline?: number): void {
  storage.enterWith({ requestId, trace, deadline });
}

export function runInRequestContext<T>(requestId: string, work: () => T, trace?: Context, deadline?: number): T {
  return storage.run({ requestId, trace, deadline }, work);
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's id only when it is short and printable, else makes a new one. */
export function normaliseRequestId(candidate: unknown): string {
  return typeof candidate === 'string' && SAFE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}
