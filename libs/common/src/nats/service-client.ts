import { Logger } from '@nestjs/common';
import { NatsRecordBuilder, type ClientProxy } from '@nestjs/microservices';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { DomainError, isErrorPayload } from '../errors/domain-error.js';
import { ErrorCodes } from '../errors/error-codes.js';
import { currentRequestId, REQUEST_ID_HEADER } from '../logging/request-context.js';
import type { Contract, RequestOf, ResponseOf } from './contract.js';

/** Seconds a client is told to wait when a service is down or slow (Retry-After). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export interface SendOptions {
  timeoutMs?: number;
}

/**
 * Typed request/reply over NATS to one service. Every call has a deadline; a timeout,
 * a missing responder or a lost connection becomes DomainError 503, and a service's own
 * error payload becomes the DomainError it stands for.
 */
export class ServiceClient<C extends Contract> {
  private readonly logger: Logger;

  constructor(
    readonly service: string,
    private readonly proxy: ClientProxy,
    private readonly defaultTimeoutMs: number,
  ) {
    this.logger = new Logger(`${service}-client`);
  }

  async send<P extends keyof C & string>(pattern: P, payload: RequestOf<C, P>, options: SendOptions = {}): Promise<ResponseOf<C, P>> {
    const headers = natsHeaders();
    headers.set(REQUEST_ID_HEADER, currentRequestId() ?? randomUUID());
    const record = new NatsRecordBuilder(payload).setHeaders(headers).build();
    const deadline = options.timeoutMs ?? this.defaultTimeoutMs;
    try {
      return await firstValueFrom(this.proxy.send<ResponseOf<C, P>>(pattern, record).pipe(timeout(deadline)));
    } catch (error) {
      throw this.translate(pattern, deadline, error);
    }
  }

  private translate(pattern: string, deadline: number, error: unknown): DomainError {
    if (isErrorPayload(error)) return DomainError.fromPayload(error);
    if (error instanceof TimeoutError) {
      this.logger.warn({ msg: 'service did not answer in time', pattern, timeoutMs: deadline });
      return DomainError.unavailable(`The ${this.service} service did not answer within ${deadline} ms.`, UNAVAILABLE_RETRY_AFTER_SECONDS);
    }
    // Anything else is the transport failing (no connection, closed, bad reply): not the caller's fault.
    this.logger.error({ msg: 'service call failed', pattern, err: error instanceof Error ? error.message : String(error) });
    return new DomainError(ErrorCodes.ServiceUnavailable, 503, `The ${this.service} service cannot be reached.`, {
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    });
  }
}
