import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { outboxPinned, withOutbox, type OutboxEvent, type SubscriptionStatus } from '@onstream/common';
import type { Connection } from 'mongoose';
import { BillingOutbox } from '../events/billing-outbox.js';
import { isDuplicateKey } from '../mongo-errors.js';

export interface SubscriptionDocument {
  _id: string;
  userId: string;
  planId: string;
  status: SubscriptionStatus;
  currency: string;
  country: string;
  /** Provider token (or sandbox test card) charged on renewal. */
  paymentMethod: string;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  trialEnd?: Date;
  cancelAtPeriodEnd: boolean;
  endedAt?: Date;
  failedAttempts: number;
  nextRetryAt?: Date;
  creditBalance: number;
  /** Period end whose renews-soon notice was published (written outside the versioned updates). */
  renewalNoticeFor?: Date;
  /** Optimistic concurrency: every update names the version it read. */
  version: number;
  createdAt: Date;
  /** Events of its changes not yet published (the transactional outbox). */
  outbox?: OutboxEvent[];
  outboxAt?: Date;
}

export type SubscriptionChanges = Partial<Omit<SubscriptionDocument, '_id' | 'userId' | 'version' | 'createdAt' | 'renewalNoticeFor' | 'outbox' | 'outboxAt'>>;

const LIVE: SubscriptionStatus[] = ['incomplete', 'trialing', 'active', 'past_due'];
/** Stripe's window for finishing a first payment before the subscription expires. */
export const INCOMPLETE_EXPIRY_MS = 23 * 3600_000;

@Injectable()
export class SubscriptionsRepository implements OnModuleInit {
  private readonly subscriptions;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly outbox: BillingOutbox,
  ) {
    this.subscriptions = connection.collection<SubscriptionDocument>('subscriptions');
  }

  async onModuleInit(): Promise<void> {
    await this.subscriptions.createIndex({ userId: 1, createdAt: -1 });
    await this.subscriptions.createIndex({ status: 1, currentPeriodEnd: 1 });
  }

  /** Inserts the subscription; when its id exists (a retried intent) returns the stored one. */
  async insertOnce(subscription: SubscriptionDocument): Promise<SubscriptionDocument> {
    try {
      await this.subscriptions.insertOne(subscription);
      return subscription;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const stored = await this.findById(subscription._id);
    if (!stored) throw new Error(`subscription ${subscription._id} is taken but not readable`);
    return stored;
  }

  /** Subscriptions that currently give access or are being retried (trialing, active, past due). */
  countActive(): Promise<number> {
    return this.subscriptions.countDocuments({ status: { $in: ['trialing', 'active', 'past_due'] } });
  }

  findById(id: string): Promise<SubscriptionDocument | null> {
    return this.subscriptions.findOne({ _id: id });
  }

  findLatestOfUser(userId: string): Promise<SubscriptionDocument | null> {
    return this.subscriptions.find({ userId }).sort({ createdAt: -1, _id: -1 }).limit(1).next();
  }

  findLiveOfUser(userId: string): Promise<SubscriptionDocument | null> {
    return this.subscriptions.find({ userId, status: { $in: LIVE } }).sort({ createdAt: -1 }).limit(1).next();
  }

  /** Subscriptions still waiting for their first payment since before `cutoff`. */
  incompleteSince(cutoff: Date, limit: number): Promise<SubscriptionDocument[]> {
    return this.subscriptions.find({ status: 'incomplete', createdAt: { $lt: cutoff } }).sort({ createdAt: 1, _id: 1 }).limit(limit).toArray();
  }

  /**
   * Applies the changes, with their events, only if nobody updated the subscription since `version` was
   * read. Drops its published events in the same write; that write is also pinned to the events it read,
   * since the renewal notice stores one without a version.
   */
  async update(subscription: SubscriptionDocument, changes: SubscriptionChanges, events: OutboxEvent[]): Promise<SubscriptionDocument | null> {
    const keep = await this.outbox.trim('subscriptions', subscription.outbox);
    const trimming = keep.length < (subscription.outbox?.length ?? 0);
    return this.subscriptions.findOneAndUpdate(
      { _id: subscription._id, version: subscription.version, ...(trimming ? outboxPinned(subscription) : {}) },
      withOutbox<SubscriptionDocument>({ $set: { ...changes, version: subscription.version + 1 } }, events, trimming ? keep : undefined),
      { returnDocument: 'after' },
    );
  }

  /**
   * Subscriptions that renew within (asOf, horizon] and whose current period has had no notice yet.
   * A notice of an earlier period names that period's end, which is not after asOf any more.
   */
  renewingWithoutNotice(asOf: Date, horizon: Date, limit: number): Promise<SubscriptionDocument[]> {
    return this.subscriptions
      .find({
        status: { $in: ['trialing', 'active'] },
        cancelAtPeriodEnd: false,
        currentPeriodEnd: { $gt: asOf, $lte: horizon },
        $or: [{ renewalNoticeFor: { $exists: false } }, { renewalNoticeFor: { $lte: asOf } }],
      })
      .sort({ currentPeriodEnd: 1, _id: 1 })
      .limit(limit)
      .toArray();
  }

  /**
   * Marks the period noticed, with the notice event in the same write. Not versioned on purpose:
   * the notice marker must not make a concurrent renewal lose its update.
   */
  async markRenewalNoticed(id: string, periodEnd: Date, event: OutboxEvent): Promise<void> {
    await this.subscriptions.updateOne({ _id: id }, withOutbox<SubscriptionDocument>({ $set: { renewalNoticeFor: periodEnd } }, [event]));
  }

  /** Subscriptions with something due at `asOf`: a period end, a dunning retry, an unpaid first charge. */
  due(asOf: Date, limit: number, after?: Pick<SubscriptionDocument, 'currentPeriodEnd' | '_id'>): Promise<SubscriptionDocument[]> {
    const page = after ? [{ $or: [{ currentPeriodEnd: { $gt: after.currentPeriodEnd } }, { currentPeriodEnd: after.currentPeriodEnd, _id: { $gt: after._id } }] }] : [];
    return this.subscriptions
      .find({
        $and: [
          {
            $or: [
              { status: { $in: ['trialing', 'active'] }, currentPeriodEnd: { $lte: asOf } },
              { status: 'past_due', nextRetryAt: { $lte: asOf } },
              { status: 'incomplete', createdAt: { $lte: new Date(asOf.getTime() - INCOMPLETE_EXPIRY_MS) } },
            ],
          },
          ...page,
        ],
      })
      .sort({ currentPeriodEnd: 1, _id: 1 })
      .limit(limit)
      .toArray();
  }
}
