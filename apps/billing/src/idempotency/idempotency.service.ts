import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError, ErrorCodes } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { BillingClock } from '../clock/billing-clock.js';
import { nameBasedUuid } from '../intent-id.js';
import { IdempotencyRepository, type IdempotencyRecord } from './idempotency.repository.js';

export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3600_000;
const POLL_MS = 50;

/** JSON with sorted keys, so the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface IdempotentCall {
  /** What kind of request, e.g. `subscribe`: a key is scoped to one kind and one caller. */
  scope: string;
  callerId: string;
  key: string;
  body: unknown;
}

/** The id of the intent a (caller, Idempotency-Key) pair stands for: the same for every retry. */
export function intentIdOf(call: Pick<IdempotentCall, 'scope' | 'callerId' | 'key'>): string {
  return nameBasedUuid(`${call.scope}\n${call.callerId}\n${call.key}`);
}

/**
 * Idempotency-Key semantics: the first request with a key runs; a repeat with the same body gets
 * the stored first answer (success or 4xx error), even while the first is still running (it waits);
 * a repeat with another body is a 422. Keys live 24 h, checked here, not by a TTL index.
 *
 * An attempt without a final answer (a 5xx, a crash, or a payment still pending) is not stored:
 * the key reopens and the next request with it runs the work again. The work is given the intent
 * id derived from the key, so it names the same subscription, purchase, ledger entry and provider
 * charge every time, and running it again finishes the first attempt instead of starting another.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly records: IdempotencyRepository,
    private readonly clock: BillingClock,
    private readonly config: BillingConfig,
  ) {}

  /** `isFinal` says whether an answer may be replayed as it is (default: every answer). */
  async run<T>(call: IdempotentCall, work: (intentId: string) => Promise<T>, isFinal: (value: T) => boolean = () => true): Promise<T> {
    const id = `${call.scope}:${call.callerId}:${call.key}`;
    const requestHash = createHash('sha256').update(canonicalJson(call.body)).digest('hex');
    const deadline = Date.now() + this.config.BILLING_IDEMPOTENCY_WAIT_MS;
    const execute = () => this.execute(id, () => work(intentIdOf(call)), isFinal);
    for (;;) {
      const now = this.clock.now();
      const existing = await this.records.begin(id, requestHash, now, this.leaseUntil());
      if (!existing) return execute();
      if (existing.createdAt.getTime() + IDEMPOTENCY_KEY_TTL_MS <= now.getTime()) {
        await this.records.removeExpired(id, existing.createdAt);
        continue;
      }
      if (existing.requestHash !== requestHash) {
        throw new DomainError(ErrorCodes.BillingIdempotencyKeyReused, 422, 'This Idempotency-Key was used with a different request body.');
      }
      if (existing.state === 'done') return this.replay<T>(existing);
      if (this.isFree(existing)) {
        if (await this.records.takeOver(existing, this.leaseUntil())) return execute();
        continue;
      }
      const settled = await this.waitUntilSettled(id, deadline);
      if (settled) return this.replay<T>(settled);
      // Reopened or abandoned meanwhile: this request may run it now.
    }
  }

  private leaseUntil(): Date {
    return new Date(Date.now() + this.config.BILLING_IDEMPOTENCY_LEASE_MS);
  }

  /** Open, or held by a request whose lease ran out (wall clock: the billing clock may be pinned). */
  private isFree(record: IdempotencyRecord): boolean {
    return record.state === 'open' || (record.state === 'pending' && (record.leaseUntil?.getTime() ?? 0) <= Date.now());
  }

  private async execute<T>(id: string, work: () => Promise<T>, isFinal: (value: T) => boolean): Promise<T> {
    try {
      const value = await work();
      if (isFinal(value)) await this.records.complete(id, { ok: true, value });
      else await this.records.reopen(id);
      return value;
    } catch (error) {
      if (error instanceof DomainError && error.status < 500) {
        await this.records.complete(id, { ok: false, error: error.toPayload() });
      } else {
        await this.records.reopen(id);
      }
      throw error;
    }
  }

  private async waitUntilSettled(id: string, deadline: number): Promise<IdempotencyRecord | null> {
    while (Date.now() < deadline) {
      await sleep(POLL_MS);
      const record = await this.records.find(id);
      if (!record || this.isFree(record)) return null;
      if (record.state === 'done') return record;
    }
    throw new DomainError(ErrorCodes.BillingIdempotencyInProgress, 409, 'A request with this Idempotency-Key is still being processed; retry shortly.', { retryAfterSeconds: 1 });
  }

  private replay<T>(record: IdempotencyRecord): T {
    const outcome = record.outcome;
    if (!outcome) throw new Error(`idempotency record ${record._id} is done without an outcome`);
    if (outcome.ok) return outcome.value as T;
    throw DomainError.fromPayload(outcome.error);
  }
}
