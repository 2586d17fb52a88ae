import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { DomainError, ErrorCodes, type FieldError } from '@onstream/common';

/** RFC 9457 body; `code` and `requestId` are extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  errors?: FieldError[];
}

const CODE_BY_STATUS: Record<number, string> = {
  400: ErrorCodes.Validation,
  401: ErrorCodes.Unauthorized,
  403: ErrorCodes.Forbidden,
  404: ErrorCodes.NotFound,
  409: ErrorCodes.Conflict,
  413: ErrorCodes.PayloadTooLarge,
  429: ErrorCodes.RateLimited,
  503: ErrorCodes.ServiceUnavailable,
};

export function problemType(code: string): string {
  return `urn:onstream:problem:${code.toLowerCase()}`;
}

/**
 * The one place errors become HTTP: domain errors keep their status and code, framework and
 * Fastify errors keep their 4xx status, anything else is a 500 with no internals in the body.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.send(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }

  /** Also Fastify's `frameworkErrors` hook: router refusals (414 over-long path parameter, 400 bad URL) that never reach Nest. */
  send(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const error = this.toDomainError(exception);
    if (error.status >= 500 && error.status !== 503) {
      this.logger.error({ msg: 'request failed', requestId: request.id, err: exception instanceof Error ? exception : String(exception) });
    }
    const body: ProblemDetails = {
      type: problemType(error.code),
      title: STATUS_CODES[error.status] ?? 'Error',
      status: error.status,
      detail: error.message,
      instance: request.url.split('?')[0],
      code: error.code,
      requestId: request.id,
      ...(error.details?.errors ? { errors: error.details.errors } : {}),
    };
    const retryAfter = error.details?.retryAfterSeconds;
    if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
    void reply.status(error.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
  }

  private toDomainError(exception: unknown): DomainError {
    if (exception instanceof DomainError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return new DomainError(CODE_BY_STATUS[status] ?? `HTTP.${status}`, status, this.httpMessage(exception));
    }
    // Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode.
    const statusCode = (exception as { statusCode?: unknown }).statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 && exception instanceof Error) {
      return new DomainError(CODE_BY_STATUS[statusCode] ?? `HTTP.${statusCode}`, statusCode, exception.message);
    }
    return new DomainError(ErrorCodes.Internal, 500, 'An unexpected error occurred.');
  }

  private httpMessage(exception: HttpException): string {
    const response = exception.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
  }
}
