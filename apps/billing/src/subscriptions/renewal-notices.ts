import { Injectable, Logger } from '@nestjs/common';
import { BillingConfig } from '../billing.config.js';
import { addDays } from '../clock/billing-period.js';
import { BillingEventsOf } from '../events/billing-events.js';
import { BillingOutbox } from '../events/billing-outbox.js';
import { PlansService } from '../plans/plans.service.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';

const BATCH = 100;

/**
 * Part of the renewal sweep: publishes `billing.subscription.renews-soon` once per subscription and
 * period, BILLING_RENEWAL_NOTICE_DAYS before the period ends. The event id names subscription and
 * period, and the period is marked after publishing, so a crash in between repeats an event that
 * JetStream and the consumers recognise as the same.
 */
@Injectable()
export class RenewalNotices {
  private readonly logger = new Logger(RenewalNotices.name);

  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly plans: PlansService,
    private readonly outbox: BillingOutbox,
    private readonly config: BillingConfig,
  ) {}

  /** Returns how many notices were published. */
  async send(asOf: Date): Promise<number> {
    const days = this.config.BILLING_RENEWAL_NOTICE_DAYS;
    if (days === 0) return 0;
    const horizon = addDays(asOf, days);
    let sent = 0;
    for (;;) {
      const due = await this.subscriptions.renewingWithoutNotice(asOf, horizon, BATCH);
      let progressed = false;
      for (const subscription of due) {
        try {
          const plan = await this.plans.get(subscription.planId);
          const renewsAt = subscription.currentPeriodEnd;
          const notice = BillingEventsOf.subscriptionRenewsSoon({
            subscriptionId: subscription._id,
            userId: subscription.userId,
            planId: plan._id,
            planName: plan.name,
            amount: plan.price,
            currency: plan.currency,
            renewsAt: renewsAt.toISOString(),
          });
          await this.subscriptions.markRenewalNoticed(subscription._id, renewsAt, notice);
          this.outbox.kick();
          sent += 1;
          progressed = true;
        } catch (error) {
          this.logger.error({ msg: 'renewal notice not sent; retried on the next sweep', subscriptionId: subscription._id, err: error instanceof Error ? error.message : String(error) });
        }
      }
      if (due.length < BATCH || !progressed) return sent;
    }
  }
}
