import { Logger } from '@nestjs/common';
import { NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import CircuitBreaker from 'opossum';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { DomainError, isErrorPayload } from '../errors/domain-error.js';
import { ErrorCodes } from '../errors/error-codes.js';
import { currentDeadline, currentRequestId, currentTraceContext, REQUEST_ID_HEADER } from '../logging/request-context.js';
import { circuitOpen, metricsCollecting, natsClientDuration } from '../metrics/metrics.js';
import { contextWithSpan, endSpan, injectTraceContext, SpanKind, startSpan } from '../tracing/tracing.js';
import type { Contract, RequestOf, ResponseOf } from './contract.js';
import type { RequestProxy } from './mux-request-proxy.js';
import { DEADLINE_HEADER, deadlineExceeded, isShedError } from './deadline.js';
import type { PatternPolicies } from './pattern-policy.js';

/** Seconds a client is told to wait when a service is down or slow (Retry-After). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export interface SendOptions {
  timeoutMs?: number;
}

export interface CircuitOptions {
  /** Calls in the rolling window before the failure rate is judged at all. */
  volumeThreshold: number;
  /** Percentage of unavailable answers in the window that opens the circuit. */
  errorThresholdPercentage: number;
  rollingWindowMs: number;
  /** How long an open circuit answers 503 at once before letting one probe call through. */
  resetTimeoutMs: number;
}

export const DEFAULT_CIRCUIT: CircuitOptions = { volumeThreshold: 5, errorThresholdPercentage: 50, rollingWindowMs: 10_000, resetTimeoutMs: 5000 };

/** Deadlines and retries per pattern. */
export interface ResilienceOptions<C extends Contract> {
  /** What the contract declares per pattern (reads, own deadlines). */
  policies?: PatternPolicies<C>;
  /** Deadlines set by configuration (NATS_PATTERN_TIMEOUTS); they win over the contract's. */
  patternTimeouts?: Record<string, number>;
  /** Extra tries of a read that got no answer (NATS_READ_RETRIES). */
  readRetries?: number;
}

/** Pause before a read is tried again: long enough for NATS to route to another replica. */
const RETRY_PAUSE_MS = 100;

type Call = (pattern: string, payload: unknown, timeoutMs: number) => Promise<unknown>;

/** A try that got no answer at all (deadline passed, no responder, transport down): the only kind worth retrying. */
class NoAnswer extends DomainError {}

const natsHeaderSetter = { set: (carrier: MsgHdrs, key: string, value: string) => carrier.set(key, value) };

/**
 * Typed request/reply over NATS to one service. Every call has a deadline (the pattern's own, or
 * the default); a timeout, a missing responder or a lost connection becomes DomainError 503, and a
 * service's own error payload becomes the DomainError it stands for. Reads that got no answer are
 * tried again a bounded number of times; writes never are (a lost reply may hide a done write).
 * A circuit breaker per service stops waiting on a service that keeps failing: once open it
 * answers 503 at once, and after a pause lets one call through to probe whether the service is back.
 * With tracing on, each try is a client span whose `traceparent` travels in the NATS headers.
 * Each try's deadline travels as epoch ms in `x-deadline`; a call made while handling a message
 * never waits past that message's own deadline, and is not sent at all once it has passed.
 */
export class ServiceClient<C extends Contract> {
  private readonly logger: Logger;
  private readonly circuit: CircuitBreaker<Parameters<Call>, unknown>;

  constructor(
    readonly service: string,
    private readonly proxy: RequestProxy,
    private readonly defaultTimeoutMs: number,
    private readonly circuitOptions: CircuitOptions = DEFAULT_CIRCUIT,
    private readonly resilience: ResilienceOptions<C> = {},
  ) {
    this.logger = new Logger(`${service}-client`);
    const call: Call = (pattern, payload, timeoutMs) => this.request(pattern, payload, timeoutMs);
    this.circuit = new CircuitBreaker(call, {
      timeout: false, // each call has its own deadline
      volumeThreshold: circuitOptions.volumeThreshold,
      errorThresholdPercentage: circuitOptions.errorThresholdPercentage,
      rollingCountTimeout: circuitOptions.rollingWindowMs,
      resetTimeout: circuitOptions.resetTimeoutMs,
      // Only "unavailable" counts against the service; a 4xx, a 500 or a fast refusal of a busy service is an answer.
      errorFilter: (error: unknown) => !(error instanceof DomainError && error.status === 503) || isShedError(error),
    });
    this.circuit.on('open', () => {
      circuitOpen.set({ service }, 1);
      this.logger.warn({ msg: 'circuit opened: answering 503 without calling', service });
    });
    this.circuit.on('halfOpen', () => this.logger.log({ msg: 'circuit half-open: probing', service }));
    this.circuit.on('close', () => {
      circuitOpen.set({ service }, 0);
      this.logger.log({ msg: 'circuit closed: service answers again', service });
    });
  }

  get circuitState(): 'closed' | 'open' | 'half-open' {
    return this.circuit.opened ? 'open' : this.circuit.halfOpen ? 'half-open' : 'closed';
  }

  async send<P extends keyof C & string>(pattern: P, payload: RequestOf<C, P>, options: SendOptions = {}): Promise<ResponseOf<C, P>> {
    const policy = this.resilience.policies?.[pattern];
    const timeoutMs = options.timeoutMs ?? this.resilience.patternTimeouts?.[pattern] ?? policy?.timeoutMs ?? this.defaultTimeoutMs;
    const tries = 1 + (policy?.read ? (this.resilience.readRetries ?? 0) : 0);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return (await this.circuit.fire(pattern, payload, timeoutMs)) as ResponseOf<C, P>;
      } catch (error) {
        if ((error as { code?: string }).code === 'EOPENBREAKER') {
          throw DomainError.unavailable(`The ${this.service} service is failing; calls are paused briefly.`, Math.ceil(this.circuitOptions.resetTimeoutMs / 1000));
        }
        if (!(error instanceof NoAnswer) || attempt >= tries) throw error;
        this.logger.warn({ msg: 'read got no answer; trying again', pattern, attempt });
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      }
    }
  }

  /** Nest calls this at shutdown: stops the breaker's rolling-window timers. */
  onApplicationShutdown(): void {
    this.circuit.shutdown();
  }

  private async request(pattern: string, payload: unknown, timeoutMs: number): Promise<unknown> {
    const now = Date.now();
    const budgetMs = Math.min(timeoutMs, (currentDeadline() ?? Infinity) - now);
    const deadline = now + budgetMs;
    if (budgetMs <= 0) throw deadlineExceeded();
    const headers = natsHeaders();
    headers.set(REQUEST_ID_HEADER, currentRequestId() ?? randomUUID());
    headers.set(DEADLINE_HEADER, String(deadline));
    const parent = currentTraceContext();
    const span = startSpan(`send ${pattern}`, SpanKind.CLIENT, parent, { 'messaging.system': 'nats', 'messaging.destination.name': pattern });
    if (span) injectTraceContext(contextWithSpan(parent, span), headers, natsHeaderSetter);
    const record = new NatsRecordBuilder(payload).setHeaders(headers).build();
    const stopTimer = metricsCollecting() ? natsClientDuration.startTimer({ service: this.service, pattern }) : undefined;
    try {
      const reply = await firstValueFrom(this.proxy.send<unknown>(pattern, record).pipe(timeout(budgetMs)));
      stopTimer?.({ outcome: 'ok' });
      endSpan(span);
      return reply;
    } catch (error) {
      const translated = this.translate(pattern, budgetMs, error);
      stopTimer?.({ outcome: translated.status === 503 ? 'unavailable' : 'error' });
      endSpan(span, translated.status >= 500 ? translated.message : undefined);
      throw translated;
    }
  }

  private translate(pattern: string, timeoutMs: number, error: unknown): DomainError {
    if (isErrorPayload(error)) return DomainError.fromPayload(error);
    if (error instanceof TimeoutError) {
      this.logger.warn({ msg: 'service did not answer in time', pattern, timeoutMs });
      return new NoAnswer(ErrorCodes.ServiceUnavailable, 503, `The ${this.service} service did not answer within ${timeoutMs} ms.`, { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS });
    }
    // Anything else is the transport failing (no connection, closed, bad reply): not the caller's fault.
    this.logger.error({ msg: 'service call failed', pattern, err: error instanceof Error ? error.message : String(error) });
    return new NoAnswer(ErrorCodes.ServiceUnavailable, 503, `The ${this.service} service cannot be reached.`, {
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    });
  }
}
