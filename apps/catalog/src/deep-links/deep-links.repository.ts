import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DeepLink, DeepLinkReport } from '@onstream/common/schemas/deep-link.schema.js';
import { Types, type Model } from 'mongoose';
import type { DeepLinkSource, DeepLinkStatus } from '@onstream/common';

/** A link to the title itself stores -1 as its season and episode. */
export const WHOLE_TITLE = -1;
const DUPLICATE_KEY = 11000;

export interface StoredDeepLink {
  _id: Types.ObjectId;
  titleId: string;
  seasonNumber: number;
  episodeNumber: number;
  providerId: number;
  url: string;
  status: DeepLinkStatus;
  source: DeepLinkSource;
  reports: number;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

export type DeepLinkKey = Pick<StoredDeepLink, 'titleId' | 'seasonNumber' | 'episodeNumber' | 'providerId' | 'url'>;

@Injectable()
export class DeepLinksRepository {
  constructor(
    @InjectModel(DeepLink.name) private readonly links: Model<DeepLink>,
    @InjectModel(DeepLinkReport.name) private readonly reports: Model<DeepLinkReport>,
  ) {}

  /** The link with this key, created pending when new (an upsert on the unique key: two racing reports make one). */
  async findOrCreate(key: DeepLinkKey, source: DeepLinkSource): Promise<StoredDeepLink> {
    const filter = { ...key };
    const insert = { status: 'pending', source, reports: 0, reviewedBy: null, reviewedAt: null };
    try {
      return await this.links.findOneAndUpdate(filter, { $setOnInsert: insert }, { upsert: true, returnDocument: 'after' }).lean<StoredDeepLink>().orFail().exec();
    } catch (error) {
      // The racing upsert lost on the unique index: the other one created it.
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      return this.links.findOne(filter).lean<StoredDeepLink>().orFail().exec();
    }
  }

  /** Counts one device's report once: insert-first on `<linkId>:<deviceId>`, then one `$inc`. False on a repeat. */
  async countReport(linkId: Types.ObjectId, deviceId: string): Promise<boolean> {
    try {
      await this.reports.create({ _id: `${linkId.toHexString()}:${deviceId}`, linkId, deviceId });
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
    await this.links.updateOne({ _id: linkId }, { $inc: { reports: 1 } }).exec();
    return true;
  }

  reportsSince(deviceId: string, since: Date): Promise<number> {
    return this.reports.countDocuments({ deviceId, createdAt: { $gte: since } }).exec();
  }

  /** Oldest first, after the cursor's id. */
  page(status: DeepLinkStatus, afterId: string | null, limit: number): Promise<StoredDeepLink[]> {
    const filter = { status, ...(afterId && { _id: { $gt: new Types.ObjectId(afterId) } }) };
    return this.links.find(filter).sort({ _id: 1 }).limit(limit).lean<StoredDeepLink[]>().exec();
  }

  review(id: string, status: DeepLinkStatus, reviewedBy: string, at: Date): Promise<StoredDeepLink | null> {
    return this.links.findOneAndUpdate({ _id: new Types.ObjectId(id) }, { $set: { status, reviewedBy, reviewedAt: at } }, { returnDocument: 'after' }).lean<StoredDeepLink>().exec();
  }

  /** Accepted links of these titles, most reported first (bounded: a title has a handful of providers). */
  accepted(titleIds: string[]): Promise<StoredDeepLink[]> {
    if (titleIds.length === 0) return Promise.resolve([]);
    return this.links.find({ titleId: { $in: titleIds }, status: 'accepted' }).sort({ reports: -1, reviewedAt: -1, _id: 1 }).limit(titleIds.length * 50).lean<StoredDeepLink[]>().exec();
  }
}
