import type { Aggregate, Query, Schema } from 'mongoose';
import { currentDeadline } from '../logging/request-context.js';
import { deadlineExceeded } from '../nats/deadline.js';

/** The store's answer to a command that ran past its maxTimeMS (MongoDB and FerretDB alike). */
const MAX_TIME_EXPIRED = 50;

/**
 * The read commands a deadline bounds: those MongoDB and FerretDB 1.24 both stop at maxTimeMS
 * (measured: find, count and aggregate end with MaxTimeMSExpired; FerretDB refuses the field on
 * distinct). Writes are left alone: FerretDB ignores maxTimeMS on update and delete, and a
 * findAndModify stopped by it fails there with an InternalError that does not say whether the
 * write landed.
 */
const BOUNDED_QUERIES = ['find', 'findOne', 'countDocuments'] as const;

/** Milliseconds the current request's caller still waits; undefined outside a request (jobs, events). */
function budgetLeft(): number | undefined {
  const deadline = currentDeadline();
  return deadline === undefined ? undefined : deadline - Date.now();
}

/** Whether the budget is already spent (refuse without asking the store), else sets maxTimeMS through `bound`. */
function applyBudget(bound: (maxTimeMS: number) => void, alreadySet: unknown): void {
  const left = budgetLeft();
  if (left === undefined || alreadySet !== undefined) return;
  if (left <= 0) throw deadlineExceeded();
  bound(Math.ceil(left));
}

/** A store's "time limit exceeded" becomes the shed answer admission gives (503, Retry-After). */
function asShed(error: unknown): never {
  if ((error as { code?: unknown } | null)?.code === MAX_TIME_EXPIRED) throw deadlineExceeded();
  throw error;
}

/**
 * A read made while handling a request stops when the request's caller stops waiting (its
 * x-deadline, ADR 0020): the store gets the time left as maxTimeMS, a read whose budget is already
 * spent is not sent, and a read the store stopped ends as 503 COMMON.DEADLINE_EXCEEDED. So a slow
 * store does not keep working for callers who are gone while new requests queue behind them.
 * Installed on every service connection (serviceDatabase); raw driver calls are not covered.
 */
export function readsWithinDeadline(schema: Schema): void {
  for (const operation of BOUNDED_QUERIES) {
    schema.pre(operation, function (this: Query<unknown, unknown>) {
      applyBudget((maxTimeMS) => this.maxTimeMS(maxTimeMS), this.getOptions().maxTimeMS);
    });
    schema.post(operation, { errorHandler: true }, asShed);
  }
  schema.pre('aggregate', function (this: Aggregate<unknown>) {
    applyBudget((maxTimeMS) => this.option({ maxTimeMS }), this.options.maxTimeMS);
  });
  schema.post('aggregate', { errorHandler: true }, asShed);
}
