import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DeepLink, DeepLinkReport } from '@onstream/common/schemas/deep-link.schema.js';
import type { Model, Types } from 'mongoose';
import { lookupEach, type DeepLinkSource } from '@onstream/common';
import { ReviewQueue, type Reviewed } from '../review/review-queue.js';

/** A link to the title itself stores -1 as its season and episode. */
export const WHOLE_TITLE = -1;
const DUPLICATE_KEY = 11000;

export interface StoredDeepLink extends Reviewed {
  titleId: string;
  seasonNumber: number;
  episodeNumber: number;
  providerId: number;
  url: string;
  source: DeepLinkSource;
  reports: number;
  createdAt: Date;
}

export type DeepLinkKey = Pick<StoredDeepLink, 'titleId' | 'seasonNumber' | 'episodeNumber' | 'providerId' | 'url'>;

@Injectable()
export class DeepLinksRepository {
  readonly queue: ReviewQueue<StoredDeepLink, DeepLink>;

  constructor(
    @InjectModel(DeepLink.name) private readonly links: Model<DeepLink>,
    @InjectModel(DeepLinkReport.name) private readonly reports: Model<DeepLinkReport>,
  ) {
    this.queue = new ReviewQueue(links);
  }

  /** The link with this key, created pending when new (two racing reports make one). */
  findOrCreate(key: DeepLinkKey, source: DeepLinkSource): Promise<StoredDeepLink> {
    return this.queue.findOrCreatePending({ ...key }, { source, reports: 0 });
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

  /** Accepted links of these titles, each title's most reported first (bounded: a title has a handful of providers). */
  async accepted(titleIds: string[]): Promise<StoredDeepLink[]> {
    const perTitle = await lookupEach(titleIds, (titleId) =>
      this.links.find({ titleId, status: 'accepted' }).sort({ reports: -1, reviewedAt: -1, _id: 1 }).limit(50).lean<StoredDeepLink[]>().exec(),
    );
    return perTitle.flat();
  }
}
