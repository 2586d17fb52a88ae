import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCodes } from '../errors/error-codes.js';
import { currentDeadline, currentRequestId, outsideRequest, runInRequestContext } from '../logging/request-context.js';

/** NATS header with the epoch ms after which the caller stops waiting for the answer (ADR 0020). */
export const DEADLINE_HEADER = 'x-deadline';

/** Retry-After of work shed by a busy service: short, the burst is usually over by then. */
export const SHED_RETRY_AFTER_SECONDS = 2;

/** The header's deadline, or undefined when absent or not a plausible epoch-ms number. */
export function parseDeadline(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

export function deadlineExceeded(): DomainError {
  return new DomainError(ErrorCodes.DeadlineExceeded, 503, 'The request waited past its deadline and was dropped.', { retryAfterSeconds: SHED_RETRY_AFTER_SECONDS });
}

export function overloaded(): DomainError {
  return new DomainError(ErrorCodes.Overloaded, 503, 'The service is busy; try again shortly.', { retryAfterSeconds: SHED_RETRY_AFTER_SECONDS });
}

/** A refusal from admission: the service answered at once, so it is alive (a circuit breaker must not count it). */
export function isShedError(error: unknown): boolean {
  return error instanceof DomainError && (error.code === ErrorCodes.DeadlineExceeded || error.code === ErrorCodes.Overloaded);
}

/**
 * Work several callers wait on (a single-flight cache's load) runs in a context of its own, with a
 * deadline `boundMs` from now: not under the first caller's deadline, which would fail it for every
 * caller waiting on it once that one caller gave up (ADR 0042). Pair it with `withinOwnDeadline`.
 */
export function sharedWork<T>(work: () => Promise<T>, boundMs: number): Promise<T> {
  const requestId = currentRequestId() ?? randomUUID();
  return outsideRequest(() => runInRequestContext(requestId, work, undefined, Date.now() + boundMs));
}

/**
 * Waits for shared work only until the current caller's deadline, then answers the shed 503; the
 * work goes on for the others. Without a deadline (jobs, events) it waits as long as the work takes.
 */
export function withinOwnDeadline<T>(work: Promise<T>): Promise<T> {
  const deadline = currentDeadline();
  if (deadline === undefined) return work;
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(deadlineExceeded());
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(deadlineExceeded()), left);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
