import { ErrorCodes } from './error-codes.js';

/** One problem with one input field. */
export interface FieldError {
  field: string;
  message: string;
}

/** The shape an error takes on the wire between services (NATS) and into the gateway. */
export interface ErrorPayload {
  status: number;
  code: string;
  message: string;
  details?: { errors?: FieldError[]; retryAfterSeconds?: number; [key: string]: unknown };
}

/**
 * The one error type services throw. It carries a stable code and the HTTP status it stands for,
 * so it survives a NATS hop as plain data (see toErrorPayload / DomainError.fromPayload).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: ErrorPayload['details'],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(errors: FieldError[], message = 'The request has invalid fields.'): DomainError {
    return new DomainError(ErrorCodes.Validation, 400, message, { errors });
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCodes.NotFound, 404, `${what} was not found.`);
  }

  static unavailable(message: string, retryAfterSeconds = 5): DomainError {
    return new DomainError(ErrorCodes.ServiceUnavailable, 503, message, { retryAfterSeconds });
  }

  static fromPayload(payload: ErrorPayload): DomainError {
    return new DomainError(payload.code, payload.status, payload.message, payload.details);
  }

  toPayload(): ErrorPayload {
    return { status: this.status, code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.status === 'number' && typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** Turns anything thrown into the wire shape; unknown errors become an opaque 500. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof DomainError) return error.toPayload();
  if (isErrorPayload(error)) return error;
  return { status: 500, code: ErrorCodes.Internal, message: 'An unexpected error occurred.' };
}
