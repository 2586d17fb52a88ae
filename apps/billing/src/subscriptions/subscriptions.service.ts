import { Injectable } from '@nestjs/common';
import {
  awaitsProviderAnswer,
  DomainError,
  ErrorCodes,
  type AuthUser,
  type CancelSubscriptionRequest,
  type GetMySubscriptionRequest,
  type SubscribeBody,
  type SubscribeRequest,
  type SubscriptionRequest,
  type SubscriptionResponse,
  type UpdatePaymentMethodRequest,
  ownsOrMay,
} from '@onstream/common';
import { ClaimsRepository } from '../claims/claims.repository.js';
import { addDays, addInterval } from '../clock/billing-period.js';
import { BillingClock } from '../clock/billing-clock.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ChargeService, paymentFailure } from '../ledger/charge.service.js';
import { ledgerIdOf } from '../ledger/ledger-entry.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { PlansService } from '../plans/plans.service.js';
import { cardUpdateChargeKey, renewalChargeKey, RenewalsService } from './renewals.service.js';
import { subscriptionClaimKey, SubscriptionLifecycle } from './subscription-lifecycle.js';
import { toSubscriptionResponse } from './subscription.mapper.js';
import { isFinal } from './subscription-state.js';
import { SubscriptionsRepository, type SubscriptionDocument } from './subscriptions.repository.js';

/** The ledger key of a subscription's first payment. */
export function initialChargeKey(subscriptionId: string): string {
  return `subscription:${subscriptionId}:initial`;
}

/** A claim whose owner never wrote its subscription (a crash mid-request) is taken over after this. */
const ABANDONED_CLAIM_MS = 60_000;

@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly lifecycle: SubscriptionLifecycle,
    private readonly claims: ClaimsRepository,
    private readonly plans: PlansService,
    private readonly charges: ChargeService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: BillingClock,
    private readonly renewals: RenewalsService,
    private readonly ledger: LedgerRepository,
  ) {}

  subscribe({ actor, idempotencyKey, subscribe }: SubscribeRequest): Promise<SubscriptionResponse> {
    return this.idempotency.run(
      { scope: 'subscribe', callerId: actor.userId, key: idempotencyKey, body: subscribe },
      (intentId) => this.start(actor, subscribe, intentId),
      (answer) => !awaitsProviderAnswer(answer.payment),
    );
  }

  /**
   * A past_due subscription whose last renewal waits for the customer (3-D Secure off-session)
   * carries that payment, with `nextAction`: what the client needs to complete it.
   */
  async getMine({ actor }: GetMySubscriptionRequest): Promise<SubscriptionResponse> {
    const subscription = await this.subscriptions.findLatestOfUser(actor.userId);
    if (!subscription) throw DomainError.notFound('A subscription');
    const lastRenewal =
      subscription.status === 'past_due' ? await this.ledger.findById(ledgerIdOf(renewalChargeKey(subscription._id, subscription.currentPeriodEnd, subscription.failedAttempts))) : null;
    const waiting = lastRenewal?.status === 'pending' && lastRenewal.requiresAction ? lastRenewal : undefined;
    return toSubscriptionResponse(subscription, await this.plans.get(subscription.planId), waiting);
  }

  /** A new payment method; on a past_due subscription the outstanding renewal is retried with it at once. */
  updatePaymentMethod({ actor, idempotencyKey, subscriptionId, update }: UpdatePaymentMethodRequest): Promise<SubscriptionResponse> {
    return this.idempotency.run(
      { scope: 'payment-method', callerId: actor.userId, key: idempotencyKey, body: { subscriptionId, ...update } },
      (intentId) => this.replacePaymentMethod(actor, subscriptionId, update.paymentMethod, intentId),
      (answer) => !awaitsProviderAnswer(answer.payment),
    );
  }

  async cancel({ actor, subscriptionId, cancel }: CancelSubscriptionRequest): Promise<SubscriptionResponse> {
    const subscription = await this.owned(actor, subscriptionId);
    const now = this.clock.now();
    if (isFinal(subscription.status)) throw new DomainError(ErrorCodes.BillingInvalidTransition, 409, `The subscription is already ${subscription.status}.`);
    if (subscription.status === 'incomplete') return this.respond(await this.applyOrConflict(subscription, { status: 'expired', endedAt: now }));
    if (cancel.atPeriodEnd) return this.respond(await this.applyOrConflict(subscription, { cancelAtPeriodEnd: true }));
    return this.respond(await this.applyOrConflict(subscription, { status: 'canceled', endedAt: now, cancelAtPeriodEnd: false }));
  }

  async resume({ actor, subscriptionId }: SubscriptionRequest): Promise<SubscriptionResponse> {
    const subscription = await this.owned(actor, subscriptionId);
    if (isFinal(subscription.status) || !subscription.cancelAtPeriodEnd) {
      throw new DomainError(ErrorCodes.BillingInvalidTransition, 409, 'Only a subscription set to cancel at period end can be resumed.');
    }
    return this.respond(await this.applyOrConflict(subscription, { cancelAtPeriodEnd: false }));
  }

  /** Loads a subscription the caller may act on: their own, or any for an admin; else 404. */
  async owned(actor: AuthUser, subscriptionId: string): Promise<SubscriptionDocument> {
    const subscription = await this.subscriptions.findById(subscriptionId);
    // Someone else's subscription is reported as missing: its existence is not the caller's business.
    if (!subscription || !ownsOrMay(actor, subscription.userId, 'billing.admin')) throw DomainError.notFound('The subscription');
    return subscription;
  }

  async applyOrConflict(subscription: SubscriptionDocument, changes: Parameters<SubscriptionLifecycle['apply']>[1]): Promise<SubscriptionDocument> {
    const updated = await this.lifecycle.apply(subscription, changes);
    if (!updated) throw new DomainError(ErrorCodes.Conflict, 409, 'The subscription changed meanwhile; reload and try again.');
    return updated;
  }

  async respond(subscription: SubscriptionDocument): Promise<SubscriptionResponse> {
    return toSubscriptionResponse(subscription, await this.plans.get(subscription.planId));
  }

  /**
   * Saves the method once the provider has set it up (a declined retry keeps it: dunning goes on
   * with it), then retries a past_due renewal. A retry of the intent finds its charge by key.
   */
  private async replacePaymentMethod(actor: AuthUser, subscriptionId: string, paymentMethod: string, intentId: string): Promise<SubscriptionResponse> {
    const subscription = await this.owned(actor, subscriptionId);
    if (isFinal(subscription.status) || subscription.status === 'incomplete') {
      throw new DomainError(ErrorCodes.BillingInvalidTransition, 409, `A ${subscription.status} subscription takes no new payment method.`);
    }
    this.charges.checkPaymentMethod(paymentMethod);
    await this.charges.verifyPaymentMethod(paymentMethod);
    const saved = subscription.paymentMethod === paymentMethod ? subscription : await this.applyOrConflict(subscription, { paymentMethod });
    const payment = (await this.renewals.retryWithNewMethod(saved._id, intentId)) ?? (await this.ledger.findById(ledgerIdOf(cardUpdateChargeKey(saved._id, intentId))));
    if (payment?.status === 'failed') throw paymentFailure(payment);
    const current = (await this.subscriptions.findById(saved._id)) ?? saved;
    return toSubscriptionResponse(current, await this.plans.get(current.planId), payment ?? undefined);
  }

  /**
   * Every step finds what an earlier attempt of the same intent left (the ids derive from the
   * Idempotency-Key), so a retry after a crash or a lost provider answer finishes that attempt.
   */
  private async start(actor: AuthUser, order: SubscribeBody, id: string): Promise<SubscriptionResponse> {
    const plan = await this.plans.get(order.planId);
    this.plans.requireSupportedCurrency(plan.currency);
    this.charges.checkPaymentMethod(order.paymentMethod);
    // A trial needs a method the provider accepts for the charges after it (checked before any claim).
    const fingerprint = plan.trialDays > 0 ? await this.charges.verifyPaymentMethod(order.paymentMethod) : undefined;
    const now = this.clock.now();
    await this.claimSlot(actor.userId, id, now);
    const trial = plan.trialDays > 0 && (await this.claimTrial(actor.userId, fingerprint, id, now));
    const subscription = await this.lifecycle.create({
      _id: id,
      userId: actor.userId,
      planId: plan._id,
      status: trial ? 'trialing' : 'incomplete',
      currency: plan.currency,
      country: order.country.toUpperCase(),
      paymentMethod: order.paymentMethod,
      currentPeriodStart: now,
      currentPeriodEnd: trial ? addDays(now, plan.trialDays) : addInterval(now, plan.interval),
      ...(trial ? { trialEnd: addDays(now, plan.trialDays) } : {}),
      cancelAtPeriodEnd: false,
      failedAttempts: 0,
      creditBalance: 0,
      version: 0,
      createdAt: now,
    });
    if (subscription.trialEnd) return toSubscriptionResponse(subscription, plan);
    const payment = await this.charges.charge({
      key: initialChargeKey(id),
      userId: actor.userId,
      type: 'charge',
      netAmount: plan.price,
      currency: plan.currency,
      country: order.country,
      paymentMethod: order.paymentMethod,
      description: `${plan.name} (${plan.interval})`,
      purpose: { kind: 'subscription', subscriptionId: id, stage: 'initial' },
      metadata: { subscriptionId: id, planId: plan._id },
    });
    const current = await this.lifecycle.followInitialPayment(subscription, payment);
    if (payment.status === 'failed') throw paymentFailure(payment);
    return toSubscriptionResponse(current, plan, payment);
  }

  /**
   * One free trial per user and per card fingerprint, ever: claims that are never released
   * (insert-first, so two concurrent subscribes cannot both win one). A retry of the same intent
   * finds its own claims. A later subscription to a trial plan is charged at once.
   */
  private async claimTrial(userId: string, fingerprint: string | undefined, subscriptionId: string, now: Date): Promise<boolean> {
    const holds = async (key: string) => {
      const claim = await this.claims.claim(key, subscriptionId, now);
      return claim.won || claim.owner === subscriptionId;
    };
    if (!(await holds(`trial:${userId}`))) return false;
    if (!fingerprint || (await holds(`trial-card:${fingerprint}`))) return true;
    // The card already had its trial: this user's trial stays unused.
    await this.claims.release(`trial:${userId}`, subscriptionId);
    return false;
  }

  /** One live subscription per user, even under concurrent requests with different keys. */
  private async claimSlot(userId: string, subscriptionId: string, now: Date): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const claim = await this.claims.claim(subscriptionClaimKey(userId), subscriptionId, now);
      // Held by this very intent: an earlier attempt of the same request.
      if (claim.won || claim.owner === subscriptionId) return;
      const holder = claim.owner ? await this.subscriptions.findById(claim.owner) : null;
      const abandoned = !holder && claim.owner !== '' && now.getTime() - claim.at.getTime() > ABANDONED_CLAIM_MS;
      if ((holder && isFinal(holder.status)) || abandoned) {
        await this.claims.release(subscriptionClaimKey(userId), claim.owner);
        continue;
      }
      if (!claim.owner) continue;
      throw new DomainError(ErrorCodes.BillingAlreadySubscribed, 409, 'You already have a subscription; change its plan instead.', holder ? { subscriptionId: holder._id } : {});
    }
    throw new DomainError(ErrorCodes.Conflict, 409, 'Your subscription is changing right now; try again.');
  }
}
