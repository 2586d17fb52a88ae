import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DomainError, ErrorCodes, outsideRequest, runPeriodically, type RenewalRunReport } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { ClaimsRepository } from '../claims/claims.repository.js';
import { addDays, addInterval } from '../clock/billing-period.js';
import { BillingClock } from '../clock/billing-clock.js';
import { ChargeService, isUnsettled } from '../ledger/charge.service.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import type { PlanDocument } from '../plans/plans.repository.js';
import { PlansService } from '../plans/plans.service.js';
import { RenewalNotices } from './renewal-notices.js';
import { SubscriptionLifecycle } from './subscription-lifecycle.js';
import { SubscriptionsRepository, type SubscriptionDocument } from './subscriptions.repository.js';

type Outcome = 'renewed' | 'failed' | 'expired' | 'canceled' | 'skipped';
const BATCH = 100;
/** A sweep far into the future (tests) may renew many periods; this bounds one run. */
const MAX_STEPS = 10_000;
/** A renewal claim left by a process that died mid-charge is taken over after this (wall clock). */
const RENEWING_LEASE_MS = 30_000;

/** The ledger key of a sweep's renewal attempt: one charge per period and dunning attempt. */
export function renewalChargeKey(subscriptionId: string, periodEnd: Date, attempt: number): string {
  return `subscription:${subscriptionId}:renewal:${periodEnd.toISOString()}:${attempt}`;
}

/** The ledger key of a renewal retried because the customer replaced the payment method. */
export function cardUpdateChargeKey(subscriptionId: string, intentId: string): string {
  return `subscription:${subscriptionId}:card-update:${intentId}`;
}

/**
 * Renewals and dunning, run as a sweep "as of" the billing clock: ends subscriptions set to cancel,
 * charges due renewals, retries failed ones on BILLING_DUNNING_RETRY_DAYS after the period end
 * (access kept meanwhile) and expires them after the last retry. Every replica may sweep: updates
 * are optimistic (versioned) and each charge attempt has its own ledger key, so nothing is charged
 * twice.
 */
@Injectable()
export class RenewalsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RenewalsService.name);
  private stopTimer: () => void = () => undefined;
  private running: Promise<RenewalRunReport> | undefined;

  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly lifecycle: SubscriptionLifecycle,
    private readonly plans: PlansService,
    private readonly charges: ChargeService,
    private readonly clock: BillingClock,
    private readonly config: BillingConfig,
    private readonly notices: RenewalNotices,
    private readonly claims: ClaimsRepository,
  ) {}

  onModuleInit(): void {
    this.stopTimer = runPeriodically(this.config.BILLING_SWEEP_INTERVAL_MS, () => this.sweep(), this.logger, { msg: 'renewal sweep failed' });
  }

  onApplicationShutdown(): void {
    this.stopTimer();
  }

  /** One sweep at a time per replica; a second caller shares the running one. */
  sweep(): Promise<RenewalRunReport> {
    this.running ??= outsideRequest(() => this.sweepOnce()).finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweepOnce(): Promise<RenewalRunReport> {
    const asOf = this.clock.now();
    const report: RenewalRunReport = { asOf: asOf.toISOString(), renewed: 0, failed: 0, expired: 0, canceled: 0, noticed: 0 };
    let steps = 0;
    // Passes page past every subscription, so ones that fail or are skipped never hide the rest; a
    // pass that renewed something is followed by another (a period renewed may be due again).
    for (let progressed = true; progressed && steps < MAX_STEPS; ) {
      progressed = false;
      let after: SubscriptionDocument | undefined;
      for (;;) {
        const due = await this.subscriptions.due(asOf, BATCH, after);
        for (const subscription of due) {
          steps += 1;
          const outcome = await this.processOrLog(subscription, asOf);
          if (outcome !== 'skipped') {
            report[outcome] += 1;
            progressed = true;
          }
        }
        if (due.length < BATCH || steps >= MAX_STEPS) break;
        after = due[due.length - 1];
      }
    }
    // After renewals, so a period renewed in this sweep is noticed as the new one.
    report.noticed = await this.notices.send(asOf);
    if (report.renewed + report.failed + report.expired + report.canceled + report.noticed > 0) this.logger.log({ msg: 'renewal sweep', ...report });
    return report;
  }

  /**
   * A renewal payment that needed the customer (3-D Secure) and was confirmed later by the
   * provider: if the subscription is still in dunning for that same period, it renews now.
   * Returns false when it could not be applied because the subscription changed meanwhile.
   */
  async completeLateRenewal(subscriptionId: string, metadata: Record<string, string>): Promise<boolean> {
    const subscription = await this.subscriptions.findById(subscriptionId);
    // Still on the period this payment renews (in dunning, or its renewal's outcome was unknown).
    const waiting = subscription && ['past_due', 'active', 'trialing'].includes(subscription.status) && metadata.periodEnd === subscription.currentPeriodEnd.toISOString();
    if (!subscription || !waiting) return true;
    const plan = await this.plans.get(subscription.planId);
    const renewed = await this.lifecycle.apply(subscription, {
      status: 'active',
      currentPeriodStart: subscription.currentPeriodEnd,
      currentPeriodEnd: addInterval(subscription.currentPeriodEnd, plan.interval),
      creditBalance: subscription.creditBalance - Number(metadata.credit ?? 0),
      failedAttempts: 0,
      nextRetryAt: undefined,
    });
    return renewed !== null;
  }

  /** One subscription's failure (e.g. the provider is down) must not stop the others; the next sweep retries it. */
  private async processOrLog(subscription: SubscriptionDocument, asOf: Date): Promise<Outcome> {
    try {
      return await this.process(subscription, asOf);
    } catch (error) {
      this.logger.error({ msg: 'renewal step failed; retried on the next sweep', subscriptionId: subscription._id, err: error instanceof Error ? error.message : String(error) });
      return 'skipped';
    }
  }

  /**
   * A renewal the provider refuses outright (a 4xx, e.g. a detached payment method) is a failed
   * payment like a decline (null here): dunning, then expiry — never skipped and retried for ever.
   */
  private async chargeRenewal(order: Parameters<ChargeService['charge']>[0]): Promise<LedgerEntry | null> {
    try {
      return await this.charges.charge(order);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      this.logger.warn({ msg: 'renewal refused by the provider; counted as a failed payment', subscriptionId: order.metadata.subscriptionId, code: error.code });
      return null;
    }
  }

  private async process(subscription: SubscriptionDocument, asOf: Date): Promise<Outcome> {
    if (subscription.status === 'incomplete') {
      return (await this.lifecycle.apply(subscription, { status: 'expired', endedAt: asOf })) ? 'expired' : 'skipped';
    }
    if (subscription.cancelAtPeriodEnd) {
      const ended = await this.lifecycle.apply(subscription, { status: 'canceled', endedAt: subscription.currentPeriodEnd });
      return ended ? 'canceled' : 'skipped';
    }
    const outcome = await this.exclusively(subscription._id, async () => {
      // Read again under the claim: a card update may have renewed it meanwhile.
      const current = await this.subscriptions.findById(subscription._id);
      return current?.version === subscription.version ? this.charge(current, asOf) : 'skipped';
    });
    return outcome ?? 'skipped';
  }

  /**
   * The customer replaced the payment method of a past_due subscription: the outstanding renewal
   * is charged now with it, on-session (a 3-D Secure card can be completed), under a key of its
   * own, so trying another card is another charge. Paid, the subscription renews; declined, it
   * stays in dunning as it was. Returns the payment, or null when the subscription is not past due.
   */
  async retryWithNewMethod(subscriptionId: string, intentId: string): Promise<LedgerEntry | null> {
    const payment = await this.exclusively(subscriptionId, async () => {
      const current = await this.subscriptions.findById(subscriptionId);
      if (current?.status !== 'past_due') return null;
      const plan = await this.plans.get(current.planId);
      const entry = await this.charges.charge({ ...this.renewalOrder(current, plan, current.failedAttempts + 1), key: cardUpdateChargeKey(subscriptionId, intentId), offSession: false });
      if (entry.status === 'completed') await this.completeLateRenewal(subscriptionId, entry.metadata);
      return entry;
    });
    if (payment === undefined) throw new DomainError(ErrorCodes.Conflict, 409, 'The subscription is being renewed right now; try again.');
    return payment;
  }

  /**
   * One renewal charge at a time per subscription (the sweep of any replica, or a card update), so
   * two of them cannot both charge the same period. Undefined when someone else holds it.
   */
  private exclusively<T>(subscriptionId: string, work: () => Promise<T>): Promise<T | undefined> {
    return this.claims.exclusively(`renewing:${subscriptionId}`, RENEWING_LEASE_MS, work);
  }

  private renewalOrder(subscription: SubscriptionDocument, plan: PlanDocument, attempt: number): Parameters<ChargeService['charge']>[0] {
    const credit = Math.min(subscription.creditBalance, plan.price);
    const periodEnd = subscription.currentPeriodEnd;
    return {
      key: renewalChargeKey(subscription._id, periodEnd, attempt),
      userId: subscription.userId,
      type: 'charge',
      netAmount: plan.price - credit,
      currency: plan.currency,
      country: subscription.country,
      paymentMethod: subscription.paymentMethod,
      description: `${plan.name} (${plan.interval}) renewal`,
      purpose: { kind: 'subscription', subscriptionId: subscription._id, stage: 'renewal' },
      metadata: { subscriptionId: subscription._id, planId: plan._id, attempt: String(attempt), periodEnd: periodEnd.toISOString(), credit: String(credit) },
      offSession: true,
    };
  }

  private async charge(subscription: SubscriptionDocument, asOf: Date): Promise<Outcome> {
    const plan = await this.plans.get(subscription.planId);
    const credit = Math.min(subscription.creditBalance, plan.price);
    const attempt = subscription.status === 'past_due' ? subscription.failedAttempts + 1 : 1;
    const periodEnd = subscription.currentPeriodEnd;
    const payment = await this.chargeRenewal(this.renewalOrder(subscription, plan, attempt));
    // The provider's answer was lost: no dunning step on a payment that may have gone through. The
    // next sweep repeats this same attempt (same key), or reconciliation settles it first.
    if (payment && isUnsettled(payment)) return 'skipped';
    if (payment?.status === 'completed') {
      const renewed = await this.lifecycle.apply(subscription, {
        status: 'active',
        currentPeriodStart: periodEnd,
        currentPeriodEnd: addInterval(periodEnd, plan.interval),
        creditBalance: subscription.creditBalance - credit,
        failedAttempts: 0,
        nextRetryAt: undefined,
      });
      return renewed ? 'renewed' : 'skipped';
    }
    // Off-session: a payment that needs the customer's action counts as failed for dunning.
    const retryDays = this.config.dunningRetryDays;
    if (attempt > retryDays.length) {
      return (await this.lifecycle.apply(subscription, { status: 'expired', endedAt: asOf, failedAttempts: attempt })) ? 'expired' : 'skipped';
    }
    const retried = await this.lifecycle.apply(subscription, { status: 'past_due', failedAttempts: attempt, nextRetryAt: addDays(periodEnd, retryDays[attempt - 1]) });
    return retried ? 'failed' : 'skipped';
  }
}
