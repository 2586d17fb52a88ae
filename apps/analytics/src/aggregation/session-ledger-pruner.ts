import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, runPeriodically } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';
import { SessionLedgerRepository } from './session-ledger.repository.js';

/**
 * Deletes session ledgers not written for LEDGER_RETENTION_MS, on a timer (ADR 0040). FerretDB 1.24
 * has no TTL indexes, so this job is the one way on both stores. Every replica runs it: a delete by
 * age is idempotent, so replicas need no leader.
 */
@Injectable()
export class SessionLedgerPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionLedgerPruner.name);
  private stopTimer: () => void = () => undefined;

  constructor(
    private readonly config: AnalyticsConfig,
    private readonly ledgers: SessionLedgerRepository,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.stopTimer = runPeriodically(this.config.LEDGER_PRUNE_INTERVAL_MS, () => this.prune(), this.logger, { msg: 'session ledgers not pruned; tried again later', level: 'warn' });
  }

  onApplicationShutdown(): void {
    this.stopTimer();
  }

  /** Deletes the ledgers last written more than LEDGER_RETENTION_MS ago; how many went. */
  async prune(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.LEDGER_RETENTION_MS);
    const deleted = await this.ledgers.deleteWrittenBefore(cutoff);
    if (deleted > 0) this.logger.log({ msg: 'session ledgers pruned', deleted, cutoff: cutoff.toISOString() });
    return deleted;
  }
}
