import type { LoggerService } from '@nestjs/common';

/**
 * One warning for a storm of the same failure: the first occurrence is logged at once, later ones
 * at most once per interval with how many came since the last line. For failures that repeat per
 * request or per reconnect attempt while a dependency is down (a rate limiter without Redis, a
 * BullMQ worker reconnecting), where a line each would bury everything else in the log.
 */
export class ThrottledWarning {
  private sinceLast = 0;
  private loggedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly logger: Pick<LoggerService, 'warn'>,
    private readonly msg: string,
    private readonly everyMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  report(error: unknown): void {
    this.sinceLast += 1;
    const now = this.now();
    if (now - this.loggedAt < this.everyMs) return;
    this.logger.warn({ msg: this.msg, occurrences: this.sinceLast, err: error instanceof Error ? error.message : String(error) });
    this.sinceLast = 0;
    this.loggedAt = now;
  }
}
