import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { tap, type Observable } from 'rxjs';
import { enterRequestContext, normaliseRequestId, REQUEST_ID_HEADER } from '../logging/request-context.js';
import { natsHandlerDuration } from '../metrics/metrics.js';

/**
 * Service side of request ids: binds the id from the NATS headers to the handler's async flow
 * (so every log line carries it), logs one line per handled message and times it.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  private readonly logger = new Logger('nats');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const nats = context.switchToRpc().getContext<NatsContext>();
    const requestId = normaliseRequestId(nats.getHeaders()?.get(REQUEST_ID_HEADER));
    enterRequestContext(requestId);
    const pattern = nats.getSubject();
    const started = performance.now();
    const done = (outcome: string) => {
      const seconds = (performance.now() - started) / 1000;
      natsHandlerDuration.observe({ pattern, outcome }, seconds);
      this.logger.log({ msg: 'message handled', pattern, outcome, durationMs: Math.round(seconds * 100_000) / 100 });
    };
    return next.handle().pipe(tap({ next: () => done('ok'), error: () => done('error') }));
  }
}
