import { Injectable } from '@nestjs/common';
import { outboxFields, type OutboxEvent } from '@onstream/common';
import { ClaimsRepository } from '../claims/claims.repository.js';
import { BillingClock } from '../clock/billing-clock.js';
import { EntitlementCache } from '../entitlements/entitlement-cache.js';
import { BillingEventsOf } from '../events/billing-events.js';
import { BillingOutbox } from '../events/billing-outbox.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import { assertTransition, grantsAccess, isFinal } from './subscription-state.js';
import { SubscriptionsRepository, type SubscriptionChanges, type SubscriptionDocument } from './subscriptions.repository.js';

export function subscriptionClaimKey(userId: string): string {
  return `subscription:${userId}`;
}

/** The events a subscription's new state carries: the change, and access granted or revoked. */
function changeEvents(next: SubscriptionDocument, hadAccess: boolean): OutboxEvent[] {
  const { _id: subscriptionId, userId, planId, status, version } = next;
  const events = [BillingEventsOf.subscriptionChanged({ subscriptionId, userId, planId, status }, version)];
  const hasAccess = grantsAccess(status);
  const fact = { userId, source: 'subscription' as const, subscriptionId };
  if (hasAccess && !hadAccess) events.push(BillingEventsOf.entitlementGranted(fact, `${subscriptionId}:${version}`));
  if (!hasAccess && hadAccess) events.push(BillingEventsOf.entitlementRevoked(fact, `${subscriptionId}:${version}`));
  return events;
}

/**
 * Every subscription write goes through here: checks the state machine, writes with optimistic
 * concurrency and its events in the same document (the outbox), frees the one-live-subscription
 * claim when it ends and drops cached entitlements. Returns null when another writer got there first.
 */
@Injectable()
export class SubscriptionLifecycle {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly claims: ClaimsRepository,
    private readonly cache: EntitlementCache,
    private readonly outbox: BillingOutbox,
    private readonly clock: BillingClock,
  ) {}

  /** Inserts a new subscription with its first events; an earlier attempt's document wins. */
  async create(subscription: SubscriptionDocument): Promise<SubscriptionDocument> {
    const stored = await this.subscriptions.insertOnce({ ...subscription, ...outboxFields(changeEvents(subscription, false)) });
    await this.afterWrite(stored);
    return stored;
  }

  async apply(current: SubscriptionDocument, changes: SubscriptionChanges): Promise<SubscriptionDocument | null> {
    if (changes.status && changes.status !== current.status) assertTransition(current.status, changes.status);
    const next = { ...current, ...changes, version: current.version + 1 };
    const updated = await this.subscriptions.update(current, changes, changeEvents(next, grantsAccess(current.status)));
    if (updated) await this.afterWrite(updated);
    return updated;
  }

  /**
   * Moves an `incomplete` subscription on once its first payment is settled (now, by webhook or by
   * reconciliation): active when paid, expired when not. Anything else is left as it is.
   */
  async followInitialPayment(subscription: SubscriptionDocument, payment: LedgerEntry): Promise<SubscriptionDocument> {
    const changes: SubscriptionChanges | undefined =
      payment.status === 'completed' ? { status: 'active' } : payment.status === 'failed' ? { status: 'expired', endedAt: this.clock.now() } : undefined;
    let current: SubscriptionDocument | null = subscription;
    for (let attempt = 0; changes && current?.status === 'incomplete' && attempt < 5; attempt += 1) {
      const updated = await this.apply(current, changes);
      if (updated) return updated;
      current = await this.subscriptions.findById(subscription._id);
    }
    return current ?? subscription;
  }

  /** A claim left behind by a crash here is released by the next claimant: its holder is final. */
  private async afterWrite(subscription: SubscriptionDocument): Promise<void> {
    this.cache.forgetUser(subscription.userId);
    this.outbox.kick();
    if (isFinal(subscription.status)) await this.claims.release(subscriptionClaimKey(subscription.userId), subscription._id);
  }
}
