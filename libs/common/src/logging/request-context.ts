import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The request id of the work being done now, if any (read by the logger and the NATS client). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Binds a request id to the rest of the current async flow (HTTP hook, NATS handler). */
export function enterRequestContext(requestId: string): void {
  storage.enterWith({ requestId });
}

export function runInRequestContext<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's id only when it is short and printable, else makes a new one. */
export function normaliseRequestId(candidate: unknown): string {
  return typeof candidate === 'string' && SAFE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}
