import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { withOutbox, type OutboxEvent, type PlanQuality, type PpvOption, type PurchaseStatus } from '@onstream/common';
import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../mongo-errors.js';

export interface PpvOfferDocument {
  _id: string; // the video id
  creatorId: string;
  currency: string;
  purchasePrice?: number;
  rentalPrice?: number;
  maxQuality: PlanQuality;
  updatedAt: Date;
}

export interface PurchaseDocument {
  _id: string;
  userId: string;
  videoId: string;
  creatorId: string;
  option: PpvOption;
  status: PurchaseStatus;
  maxQuality: PlanQuality;
  /** Rentals: the window starts when the payment completes. */
  expiresAt?: Date;
  transactionId?: string;
  createdAt: Date;
  /** Events of its changes not yet published (the transactional outbox). */
  outbox?: OutboxEvent[];
  outboxAt?: Date;
}

@Injectable()
export class PpvRepository implements OnModuleInit {
  private readonly offers;
  private readonly purchases;

  constructor(@InjectConnection() connection: Connection) {
    this.offers = connection.collection<PpvOfferDocument>('ppv_offers');
    this.purchases = connection.collection<PurchaseDocument>('ppv_purchases');
  }

  async onModuleInit(): Promise<void> {
    await this.purchases.createIndex({ userId: 1, videoId: 1, createdAt: -1 });
  }

  async putOffer(offer: PpvOfferDocument): Promise<PpvOfferDocument> {
    const { _id, ...fields } = offer;
    // An option left out must be absent, not null: absent means "not offered".
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Omit<PpvOfferDocument, '_id'>;
    await this.offers.replaceOne({ _id }, defined, { upsert: true });
    return offer;
  }

  findOffer(videoId: string): Promise<PpvOfferDocument | null> {
    return this.offers.findOne({ _id: videoId });
  }

  /** Inserts the purchase; when its id exists (a retried intent) returns the stored one. */
  async insertPurchaseOnce(purchase: PurchaseDocument): Promise<PurchaseDocument> {
    try {
      await this.purchases.insertOne(purchase);
      return purchase;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const stored = await this.findPurchase(purchase._id);
    if (!stored) throw new Error(`purchase ${purchase._id} is taken but not readable`);
    return stored;
  }

  findPurchase(id: string): Promise<PurchaseDocument | null> {
    return this.purchases.findOne({ _id: id });
  }

  /** The newest purchase of this video by this user that is paid (or being paid). */
  findHeld(userId: string, videoId: string): Promise<PurchaseDocument | null> {
    return this.purchases.find({ userId, videoId, status: { $in: ['active', 'pending'] } }).sort({ createdAt: -1 }).limit(1).next();
  }

  /** Purchases still waiting for their payment since before `cutoff`. */
  pendingSince(cutoff: Date, limit: number): Promise<PurchaseDocument[]> {
    return this.purchases.find({ status: 'pending', createdAt: { $lt: cutoff } }).sort({ createdAt: 1, _id: 1 }).limit(limit).toArray();
  }

  /** Moves a purchase on from the status the caller saw, with its events; null when it had already moved. */
  transition(id: string, from: PurchaseStatus[], changes: Partial<Pick<PurchaseDocument, 'status' | 'expiresAt' | 'transactionId'>>, events: OutboxEvent[] = []): Promise<PurchaseDocument | null> {
    return this.purchases.findOneAndUpdate({ _id: id, status: { $in: from } }, withOutbox<PurchaseDocument>({ $set: changes }, events), { returnDocument: 'after' });
  }
}
