import { Injectable } from '@nestjs/common';
import { ClaimsRepository } from '../claims/claims.repository.js';
import { EntitlementCache } from '../entitlements/entitlement-cache.js';
import { BillingEventsPublisher } from '../events/billing-events.publisher.js';
import { assertTransition, grantsAccess, isFinal } from './subscription-state.js';
import { SubscriptionsRepository, type SubscriptionChanges, type SubscriptionDocument } from './subscriptions.repository.js';

export function subscriptionClaimKey(userId: string): string {
  return `subscription:${userId}`;
}

/**
 * Every subscription update goes through here: checks the state machine, writes with optimistic
 * concurrency, frees the one-live-subscription claim when it ends, drops cached entitlements and
 * publishes the change. Returns null when another writer got there first.
 */
@Injectable()
export class SubscriptionLifecycle {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly claims: ClaimsRepository,
    private readonly cache: EntitlementCache,
    private readonly events: BillingEventsPublisher,
  ) {}

  async apply(current: SubscriptionDocument, changes: SubscriptionChanges): Promise<SubscriptionDocument | null> {
    if (changes.status && changes.status !== current.status) assertTransition(current.status, changes.status);
    const updated = await this.subscriptions.update(current, changes);
    if (!updated) return null;
    await this.announce(updated, grantsAccess(current.status));
    return updated;
  }

  async announce(subscription: SubscriptionDocument, hadAccess: boolean): Promise<void> {
    if (isFinal(subscription.status)) await this.claims.release(subscriptionClaimKey(subscription.userId), subscription._id);
    this.cache.forgetUser(subscription.userId);
    const { _id: subscriptionId, userId, planId, status, version } = subscription;
    await this.events.subscriptionChanged({ subscriptionId, userId, planId, status }, version);
    const hasAccess = grantsAccess(status);
    const fact = { userId, source: 'subscription' as const, subscriptionId };
    if (hasAccess && !hadAccess) await this.events.entitlementGranted(fact, `${subscriptionId}:${version}`);
    if (!hasAccess && hadAccess) await this.events.entitlementRevoked(fact, `${subscriptionId}:${version}`);
  }
}
