import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { runPeriodically } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { BillingClock } from '../clock/billing-clock.js';
import { ChargeService } from '../ledger/charge.service.js';
import { ledgerIdOf, type LedgerEntry } from '../ledger/ledger-entry.js';
import { PpvRepository } from '../payments/ppv.repository.js';
import { PpvService, ppvChargeKey } from '../payments/ppv.service.js';
import { RefundsService } from '../payments/refunds.service.js';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository.js';
import { initialChargeKey } from '../subscriptions/subscriptions.service.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { PaymentProvider } from '../providers/payment-provider.js';
import { PaymentSettlement } from './payment-settlement.js';

const BATCH = 100;

/**
 * Settles charges whose outcome was never recorded (the provider's answer was lost, or billing
 * died mid-charge) once they are older than BILLING_RECONCILE_AFTER_MS: asks the provider what
 * became of the attempt (by idempotency key or our ledger id), records that once, and lets the
 * subscription or purchase follow. A charge the provider never saw is failed as `not_charged`.
 * Refunds left unfinished are finished the same way (sent again under their key, then followed).
 * Every replica runs it; the ledger write is conditional (pending only), so a settlement is
 * recorded once.
 */
@Injectable()
export class ReconciliationService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReconciliationService.name);
  private stopTimer: () => void = () => undefined;

  constructor(
    private readonly ledger: LedgerRepository,
    private readonly provider: PaymentProvider,
    private readonly charges: ChargeService,
    private readonly settlement: PaymentSettlement,
    private readonly purchases: PpvRepository,
    private readonly ppv: PpvService,
    private readonly refunds: RefundsService,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly clock: BillingClock,
    private readonly config: BillingConfig,
  ) {}

  /** On the renewal sweep's interval (0: tests drive it). */
  onModuleInit(): void {
    this.stopTimer = runPeriodically(this.config.BILLING_SWEEP_INTERVAL_MS, () => this.reconcile(), this.logger, { msg: 'reconciliation failed' });
  }

  onApplicationShutdown(): void {
    this.stopTimer();
  }

  /** Returns how many charges were settled. */
  async reconcile(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.BILLING_RECONCILE_AFTER_MS);
    let settled = 0;
    let after: Pick<LedgerEntry, 'createdAt' | '_id'> | undefined;
    for (;;) {
      const entries = await this.ledger.unsettledSince(cutoff, BATCH, after);
      for (const entry of entries) {
        if (await this.settleOrLog(entry)) settled += 1;
      }
      if (entries.length < BATCH) break;
      after = entries[entries.length - 1];
    }
    await this.finishFollowers(cutoff);
    return settled + (await this.refunds.finishUnfinished(cutoff));
  }

  /** Purchases and first payments left waiting although their ledger entry is settled. */
  private async finishFollowers(cutoff: Date): Promise<void> {
    for (const purchase of await this.purchases.pendingSince(cutoff, BATCH)) {
      const entry = await this.ledger.findById(ledgerIdOf(ppvChargeKey(purchase._id)));
      if (!entry) await this.ppv.fail(purchase._id);
      else if (entry.status !== 'pending') await this.followOrLog(entry);
    }
    for (const subscription of await this.subscriptions.incompleteSince(cutoff, BATCH)) {
      const entry = await this.ledger.findById(ledgerIdOf(initialChargeKey(subscription._id)));
      if (entry?.status === 'completed') await this.followOrLog(entry);
    }
  }

  private async followOrLog(entry: LedgerEntry): Promise<void> {
    try {
      await this.settlement.follow(entry);
    } catch (error) {
      this.logger.error({ msg: 'payment effects not applied; retried on the next sweep', transactionId: entry._id, err: error instanceof Error ? error.message : String(error) });
    }
  }

  private async settleOrLog(entry: LedgerEntry): Promise<boolean> {
    try {
      const recorded = await this.charges.whileCharging(entry, async (current) => {
        const known = await this.provider.lookup({ idempotencyKey: current.key, ledgerId: current._id });
        const outcome = known ?? { status: 'failed' as const, failureCode: 'not_charged' as const, message: 'The provider has no record of this charge.' };
        return this.charges.record(current, outcome);
      });
      // A client's retry is charging it right now: the next sweep looks again.
      if (!recorded) return false;
      await this.settlement.follow(recorded);
      this.logger.log({ msg: 'charge reconciled', transactionId: entry._id, status: recorded.status });
      return true;
    } catch (error) {
      this.logger.error({ msg: 'charge not reconciled; retried on the next sweep', transactionId: entry._id, err: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }
}
