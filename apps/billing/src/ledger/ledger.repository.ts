import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { withOutbox, type HistoryFilter } from '@onstream/common';
import type { Connection, mongo } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors.js';
import { outcomeEvents } from '../events/billing-events.js';
import type { LedgerEntry } from './ledger-entry.js';

export interface DateRange {
  from?: string;
  to?: string;
}

function toCreatedAt(range: DateRange): { createdAt?: { $gte?: Date; $lt?: Date } } {
  if (!range.from && !range.to) return {};
  return { createdAt: { ...(range.from ? { $gte: new Date(range.from) } : {}), ...(range.to ? { $lt: new Date(range.to) } : {}) } };
}

export type EntryOutcome = Pick<LedgerEntry, 'status'> & Partial<Pick<LedgerEntry, 'providerPaymentId' | 'requiresAction' | 'failureCode' | 'providerEventAt' | 'note'>>;

@Injectable()
export class LedgerRepository implements OnModuleInit {
  private readonly entries;

  constructor(@InjectConnection() connection: Connection) {
    this.entries = connection.collection<LedgerEntry>('ledger');
  }

  async onModuleInit(): Promise<void> {
    await this.entries.createIndex({ key: 1 }, { unique: true });
    await this.entries.createIndex({ userId: 1, createdAt: -1, _id: -1 });
    await this.entries.createIndex({ providerPaymentId: 1 });
    await this.entries.createIndex({ refundOf: 1 });
    await this.entries.createIndex({ unfinishedSince: 1 }, { sparse: true });
    await this.entries.createIndex({ type: 1, 'metadata.creatorId': 1 });
  }

  /** Inserts the entry; when its key exists returns the entry already stored under it. */
  async insertOnce(entry: LedgerEntry): Promise<{ entry: LedgerEntry; inserted: boolean }> {
    try {
      await this.entries.insertOne(entry);
      return { entry, inserted: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const existing = await this.entries.findOne({ key: entry.key });
    if (!existing) throw new Error(`ledger key ${entry.key} is taken but not readable`);
    return { entry: existing, inserted: false };
  }

  findById(id: string): Promise<LedgerEntry | null> {
    return this.entries.findOne({ _id: id });
  }

  findByProviderPaymentId(providerPaymentId: string): Promise<LedgerEntry | null> {
    return this.entries.findOne({ providerPaymentId });
  }

  /**
   * Records what the provider answered to our own charge call (only while still pending), with the
   * outcome's events in the same write (the outbox).
   */
  recordOutcome(entry: LedgerEntry, outcome: EntryOutcome): Promise<LedgerEntry | null> {
    return this.entries.findOneAndUpdate({ _id: entry._id, status: 'pending' }, withOutbox<LedgerEntry>({ $set: outcome }, outcomeEvents({ ...entry, ...outcome })), { returnDocument: 'after' });
  }

  /** Applies a provider event unless a newer one already set the status (any delivery order). */
  applyProviderEvent(entry: LedgerEntry, outcome: EntryOutcome & { providerEventAt: Date }): Promise<LedgerEntry | null> {
    return this.entries.findOneAndUpdate(
      { _id: entry._id, status: { $in: ['pending', 'failed', 'completed'] }, $or: [{ providerEventAt: { $exists: false } }, { providerEventAt: { $lt: outcome.providerEventAt } }] },
      withOutbox<LedgerEntry>({ $set: outcome }, entry.status === outcome.status ? [] : outcomeEvents({ ...entry, ...outcome })),
      { returnDocument: 'after' },
    );
  }

  /** Charges whose outcome is still unknown (no provider answer recorded) since before `cutoff`. */
  unsettledSince(cutoff: Date, limit: number, after?: Pick<LedgerEntry, 'createdAt' | '_id'>): Promise<LedgerEntry[]> {
    const page = after ? { $or: [{ createdAt: { $gt: after.createdAt } }, { createdAt: after.createdAt, _id: { $gt: after._id } }] } : {};
    return this.entries
      .find({ status: 'pending', type: { $in: ['charge', 'ppv'] }, providerPaymentId: { $exists: false }, createdAt: { $lt: cutoff }, ...page })
      .sort({ createdAt: 1, _id: 1 })
      .limit(limit)
      .toArray();
  }

  /** Completed PPV sales attributed to a creator, in a created-at range. */
  creatorSales(creatorId: string, range: DateRange): Promise<LedgerEntry[]> {
    return this.entries.find({ type: 'ppv', status: 'completed', 'purpose.creatorId': creatorId, ...toCreatedAt(range) }).toArray();
  }

  /** A creator's ad impressions in the range (ad_revenue entries). */
  creatorAdImpressions(creatorId: string, range: DateRange): Promise<LedgerEntry[]> {
    return this.entries.find({ type: 'ad_revenue', status: 'completed', 'purpose.creatorId': creatorId, ...toCreatedAt(range) }).toArray();
  }

  /** Creators with completed PPV sales, per month (YYYY-MM) of the range: who shares that month's subscription pool. */
  async sellersByMonth(range: DateRange): Promise<Map<string, Set<string>>> {
    const months = new Map<string, Set<string>>();
    const sales = this.entries.find({ type: 'ppv', status: 'completed', ...toCreatedAt(range) }, { projection: { 'purpose.creatorId': 1, createdAt: 1 } });
    for await (const sale of sales) {
      const creatorId = sale.purpose.kind === 'ppv' ? sale.purpose.creatorId : undefined;
      if (!creatorId) continue;
      const month = sale.createdAt.toISOString().slice(0, 7);
      months.set(month, (months.get(month) ?? new Set<string>()).add(creatorId));
    }
    return months;
  }

  /** Refunds whose attempt has not finished (outcome recorded, purchase followed) since before `cutoff`. */
  unfinishedRefundsSince(cutoff: Date, limit: number, after?: Pick<LedgerEntry, 'unfinishedSince' | '_id'>): Promise<LedgerEntry[]> {
    const page = after ? { $or: [{ unfinishedSince: { $gt: after.unfinishedSince } }, { unfinishedSince: after.unfinishedSince, _id: { $gt: after._id } }] } : {};
    return this.entries
      .find({ type: 'refund', unfinishedSince: { $lt: cutoff }, ...page })
      .sort({ unfinishedSince: 1, _id: 1 })
      .limit(limit)
      .toArray();
  }

  /** The refund's effects are applied; a repeat (or a stale write bringing the mark back) only re-runs idempotent steps. */
  async markRefundFinished(refundId: string): Promise<void> {
    await this.entries.updateOne({ _id: refundId, status: { $ne: 'pending' } }, { $unset: { unfinishedSince: '' } });
  }

  /** Whether completed refunds cover the whole charge: the ledger's word on whether a purchase may still grant. */
  async refundedInFull(chargeId: string): Promise<boolean> {
    const refunds = await this.completedRefundsOf([chargeId]);
    if (refunds.length === 0) return false;
    const charge = await this.findById(chargeId);
    return charge !== null && refunds.reduce((sum, refund) => sum + refund.amount, 0) >= charge.amount;
  }

  /** Completed refunds of the given charges. */
  completedRefundsOf(chargeIds: string[]): Promise<LedgerEntry[]> {
    return chargeIds.length === 0 ? Promise.resolve([]) : this.entries.find({ refundOf: { $in: chargeIds }, status: 'completed' }).toArray();
  }

  /** Completed subscription charges in a range, streamed (never all in memory). */
  subscriptionCharges(range: DateRange): AsyncIterable<Pick<LedgerEntry, 'netAmount' | 'currency' | 'createdAt'>> {
    return this.entries.find({ type: 'charge', status: 'completed', ...toCreatedAt(range) }, { projection: { netAmount: 1, currency: 1, createdAt: 1 } });
  }

  /** Completed charges, PPV sales and refunds of all time, streamed: the platform's revenue. */
  completedMoney(): AsyncIterable<Pick<LedgerEntry, 'type' | 'netAmount' | 'currency'>> {
    return this.entries.find({ type: { $in: ['charge', 'ppv', 'refund'] }, status: 'completed' }, { projection: { type: 1, netAmount: 1, currency: 1 } });
  }

  /** Every payout to a creator (any status), newest first. */
  payoutsTo(creatorId: string): Promise<LedgerEntry[]> {
    return this.entries.find({ type: 'payout', 'metadata.creatorId': creatorId }).sort({ createdAt: -1, _id: -1 }).toArray();
  }

  refundsOf(chargeId: string): Promise<LedgerEntry[]> {
    return this.entries.find({ refundOf: chargeId }).sort({ createdAt: 1 }).toArray();
  }

  async page(filter: HistoryFilter & { userId: string }, skip: number, limit: number): Promise<{ items: LedgerEntry[]; total: number }> {
    const query = this.toQuery(filter);
    const [items, total] = await Promise.all([this.entries.find(query).sort({ createdAt: -1, _id: -1 }).skip(skip).limit(limit).toArray(), this.entries.countDocuments(query)]);
    return { items, total };
  }

  /** One sorted cursor over a whole history (one query, however many rows), read in batches. */
  exportCursor(filter: HistoryFilter & { userId: string }): AsyncIterable<LedgerEntry> {
    return this.entries.find(this.toQuery(filter)).sort({ createdAt: -1, _id: -1 }).batchSize(500);
  }

  private toQuery(filter: HistoryFilter & { userId: string }): mongo.Filter<LedgerEntry> {
    const createdAt: { $gte?: Date; $lt?: Date } = {};
    if (filter.from) createdAt.$gte = new Date(filter.from);
    if (filter.to) createdAt.$lt = new Date(filter.to);
    return {
      userId: filter.userId,
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.from || filter.to ? { createdAt } : {}),
    };
  }
}
