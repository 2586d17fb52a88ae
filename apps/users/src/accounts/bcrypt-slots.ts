import { Counter } from 'prom-client';
import { deadlineExceeded } from '@onstream/common';

/** bcrypt runs by outcome against the caller's deadline (ADR 0020); `started_late` must stay 0. */
export const bcryptRuns = new Counter({
  name: 'onstream_bcrypt_runs_total',
  help: 'bcrypt hashes and comparisons: ok, finished_late (started in time, ended past the deadline), started_late, refused (deadline passed first)',
  labelNames: ['outcome'] as const,
});

interface Waiter {
  admit: () => void;
  timer?: NodeJS.Timeout;
}

/**
 * At most `concurrency` bcrypt runs at once (libuv's small thread pool is shared with fs and dns).
 * A run waits its turn only until its caller's deadline; the deadline is checked again right
 * before hashing, so no hash starts for a caller who has given up.
 */
export class BcryptSlots {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly now: () => number = Date.now,
  ) {}

  async run<T>(work: () => Promise<T>, deadline: number | undefined): Promise<T> {
    await this.acquire(deadline);
    try {
      if (deadline !== undefined && this.now() >= deadline) {
        bcryptRuns.inc({ outcome: 'refused' });
        throw deadlineExceeded();
      }
      const result = await work();
      bcryptRuns.inc({ outcome: deadline !== undefined && this.now() > deadline ? 'finished_late' : 'ok' });
      return result;
    } finally {
      this.release();
    }
  }

  private acquire(deadline: number | undefined): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { admit: resolve };
      if (deadline !== undefined) {
        waiter.timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          bcryptRuns.inc({ outcome: 'refused' });
          reject(deadlineExceeded());
        }, Math.max(0, deadline - this.now()));
      }
      this.waiting.push(waiter);
    });
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
