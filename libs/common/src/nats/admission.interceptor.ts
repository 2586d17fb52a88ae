import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { defer, finalize, throwError, type Observable } from 'rxjs';
import { isHealthPattern } from '../contracts/service-names.js';
import { currentDeadline } from '../logging/request-context.js';
import { admissionRefusals, inFlightMessages } from '../metrics/metrics.js';
import { deadlineExceeded, overloaded } from './deadline.js';

/**
 * Admission of request/reply messages (ADR 0020): a message whose caller's deadline has passed is
 * dropped before its handler starts, and past `maxInFlight` handlers at once a message is refused
 * at once, so a burst costs fast 503s instead of a backlog nobody waits for. Health checks and
 * pings always pass (they are how a busy service shows it is alive); JetStream consumers do not go
 * through Nest interceptors and are never refused.
 */
@Injectable()
export class AdmissionInterceptor implements NestInterceptor {
  private inFlight = 0;

  constructor(
    private readonly maxInFlight: number,
    private readonly now: () => number = Date.now,
  ) {}

  get inFlightNow(): number {
    return this.inFlight;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc' || isHealthPattern(context.switchToRpc().getContext<NatsContext>().getSubject())) return next.handle();
    const deadline = currentDeadline();
    // Counted on subscription and released when the handler's answer completes, fails or is dropped.
    return defer(() => {
      if (deadline !== undefined && this.now() >= deadline) return this.refuse('deadline');
      if (this.inFlight >= this.maxInFlight) return this.refuse('overloaded');
      this.track(+1);
      return next.handle().pipe(finalize(() => this.track(-1)));
    });
  }

  private track(change: 1 | -1): void {
    this.inFlight += change;
    inFlightMessages.set(this.inFlight);
  }

  private refuse(reason: 'deadline' | 'overloaded'): Observable<never> {
    admissionRefusals.inc({ reason });
    return throwError(() => (reason === 'deadline' ? deadlineExceeded() : overloaded()));
  }
}
