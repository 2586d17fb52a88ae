import { DomainError } from '../errors/domain-error.js';
import { ErrorCodes } from '../errors/error-codes.js';

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
