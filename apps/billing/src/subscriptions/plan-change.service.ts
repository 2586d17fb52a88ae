import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type AuthUser, type ChangePlanRequest, type ChangePlanResponse } from '@onstream/common';
import { BillingClock } from '../clock/billing-clock.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ChargeService, isUnsettled, paymentFailure } from '../ledger/charge.service.js';
import { PlansService } from '../plans/plans.service.js';
import { prorate, type ProrationResult } from './proration.js';
import { toSubscriptionResponse } from './subscription.mapper.js';
import { SubscriptionsService } from './subscriptions.service.js';

const NO_PRORATION: ProrationResult = { credit: 0, charge: 0, net: 0, remainingSeconds: 0, periodSeconds: 0 };

/**
 * Plan change now, keeping the billing period: an upgrade charges the prorated difference at once,
 * a downgrade keeps the difference as credit for the next renewal. During a trial the plan just
 * changes (nothing has been paid yet).
 */
@Injectable()
export class PlanChangeService {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly plans: PlansService,
    private readonly charges: ChargeService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: BillingClock,
  ) {}

  changePlan({ actor, idempotencyKey, subscriptionId, change }: ChangePlanRequest): Promise<ChangePlanResponse> {
    return this.idempotency.run({ scope: 'change-plan', callerId: actor.userId, key: idempotencyKey, body: { subscriptionId, ...change } }, () =>
      this.change(actor, subscriptionId, change.planId),
    );
  }

  private async change(actor: AuthUser, subscriptionId: string, planId: string): Promise<ChangePlanResponse> {
    const subscription = await this.subscriptions.owned(actor, subscriptionId);
    if (subscription.status !== 'active' && subscription.status !== 'trialing') {
      throw new DomainError(ErrorCodes.BillingInvalidTransition, 409, `A ${subscription.status} subscription cannot change plan.`);
    }
    if (subscription.planId === planId) throw new DomainError(ErrorCodes.Conflict, 409, 'The subscription is already on this plan.');
    const [current, next] = await Promise.all([this.plans.get(subscription.planId), this.plans.get(planId)]);
    if (next.currency !== current.currency || next.interval !== current.interval) {
      throw new DomainError(ErrorCodes.BillingCurrencyMismatch, 422, 'Plans can be changed only within the same currency and interval.');
    }
    const now = this.clock.now();
    const proration =
      subscription.status === 'trialing'
        ? NO_PRORATION
        : prorate({ oldPrice: current.price, newPrice: next.price, periodStart: subscription.currentPeriodStart, periodEnd: subscription.currentPeriodEnd, at: now });
    const payment =
      proration.net > 0
        ? await this.charges.charge({
            key: `subscription:${subscription._id}:plan-change:${subscription.version}`,
            userId: subscription.userId,
            type: 'charge',
            netAmount: proration.net,
            currency: next.currency,
            country: subscription.country,
            paymentMethod: subscription.paymentMethod,
            description: `Plan change ${current.name} → ${next.name} (prorated)`,
            purpose: { kind: 'subscription', subscriptionId: subscription._id, stage: 'plan_change' },
            metadata: { subscriptionId: subscription._id, fromPlanId: current._id, toPlanId: next._id },
          })
        : undefined;
    // Not known yet: a 503 reopens the key, and the retry (same subscription version, same charge
    // key) asks the provider again instead of charging anew.
    if (payment && isUnsettled(payment)) {
      throw new DomainError(ErrorCodes.BillingProviderUnavailable, 503, 'The payment provider has not confirmed the charge yet; repeat the request with the same Idempotency-Key.', { retryAfterSeconds: 5, transactionId: payment._id });
    }
    // A plan change is off-session: anything but an immediate success leaves the old plan in place.
    if (payment && payment.status !== 'completed') throw paymentFailure(payment);
    const updated = await this.subscriptions.applyOrConflict(subscription, {
      planId: next._id,
      creditBalance: subscription.creditBalance + Math.max(0, -proration.net),
    });
    return { subscription: toSubscriptionResponse(updated, next, payment), proration };
  }
}
