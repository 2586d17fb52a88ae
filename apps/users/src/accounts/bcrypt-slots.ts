import { Counter } from 'prom-client';
import { deadlineExceeded } from '@onstream/common';

/** bcrypt runs by outcome against the caller's deadline (ADR 0020); `started_late` must stay 0. */
export const bcryptRuns = new Counter({
  name: 'onstream_bcrypt_runs_total',
  help: 'bcrypt hashes and comparisons: ok, finished_late (started in time, ended past the deadline), started_late, refused (not started: its turn came too late to end by the deadline)',
  labelNames: ['outcome'] as const,
});
// Every outcome is exported from the start, so a 0 reads as 0 rather than as a missing series.
for (const outcome of ['ok', 'finished_late', 'started_late', 'refused']) bcryptRuns.inc({ outcome }, 0);

/** Weight of the latest run in the typical run time (a moving average that follows the machine's load). */
const LATEST_RUN_WEIGHT = 0.2;

/** Classified from the run's own timestamps, so a guard that let a late run through would show here. */
function outcomeOf(startedAt: number, endedAt: number, deadline: number | undefined): 'ok' | 'finished_late' | 'started_late' {
  if (deadline === undefined || endedAt <= deadline) return 'ok';
  return startedAt >= deadline ? 'started_late' : 'finished_late';
}

interface Waiter {
  admit: () => void;
  timer?: NodeJS.Timeout;
}

/**
 * At most `concurrency` bcrypt runs at once (libuv's small thread pool is shared with fs and dns).
 * A queued run waits only while its turn could still end by the caller's deadline (judged by the
 * typical run time), so the caller gets its 503 before it gives up and no hash runs for nobody. A
 * run that finds a slot free starts whatever the estimate, as long as its deadline has not passed:
 * one slow run cannot shut sign-in out, and the estimate keeps learning.
 */
export class BcryptSlots {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** Moving average of recent run times in ms; 0 until the first run. */
  private typicalRunMs = 0;

  constructor(
    private readonly concurrency: number,
    private readonly now: () => number = Date.now,
  ) {}

  async run<T>(work: () => Promise<T>, deadline: number | undefined): Promise<T> {
    const queued = await this.acquire(deadline);
    try {
      const startedAt = this.now();
      if (deadline !== undefined && startedAt + (queued ? this.typicalRunMs : 0) >= deadline) {
        bcryptRuns.inc({ outcome: 'refused' });
        throw deadlineExceeded();
      }
      const result = await work();
      const endedAt = this.now();
      this.learn(endedAt - startedAt);
      bcryptRuns.inc({ outcome: outcomeOf(startedAt, endedAt, deadline) });
      return result;
    } finally {
      this.release();
    }
  }

  /** Takes a slot; true when the run had to queue for it. */
  private acquire(deadline: number | undefined): Promise<boolean> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return Promise.resolve(false);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { admit: () => resolve(true) };
      if (deadline !== undefined) {
        waiter.timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          bcryptRuns.inc({ outcome: 'refused' });
          reject(deadlineExceeded());
        }, Math.max(0, deadline - this.typicalRunMs - this.now()));
      }
      this.waiting.push(waiter);
    });
  }

  private learn(runMs: number): void {
    this.typicalRunMs = this.typicalRunMs === 0 ? runMs : (1 - LATEST_RUN_WEIGHT) * this.typicalRunMs + LATEST_RUN_WEIGHT * runMs;
  }

  /** Hands the slot straight to the next waiter, or frees it. */
  private release(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running -= 1;
      return;
    }
    clearTimeout(next.timer);
    next.admit();
  }
}
