import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Rating, RatingKind } from '@onstream/common/schemas/rating.schema.js';
import type { Collection, MongoBulkWriteError } from 'mongodb';
import type { Model } from 'mongoose';
import { GroupCommitInserts } from './group-commit-inserts.js';

export interface StoredRating {
  _id: string;
  profileId: string;
  userId: string;
  titleId: string;
  kind: RatingKind;
  stars: number;
  ratedAt: Date;
}

const DUPLICATE_KEY = 11000;

/** Documents per grouped insert: FerretDB 1.24 inserts a group holding a taken key row by row, so a clash costs the group's size. */
const MAX_INSERT_GROUP = 16;

const ratingKey = (profileId: string, titleId: string) => `${profileId}:${titleId}`;

/** Ratings of titles by profiles; one document per profile and title. */
@Injectable()
export class RatingsRepository {
  // The model's name (Rating.name) as a literal: a type-only import keeps the decorated schema out of
  // code that loads this class without decorator metadata (the recommender bench under tsx).
  private readonly inserts: GroupCommitInserts<StoredRating>;

  constructor(@InjectModel('Rating') private readonly ratings: Model<Rating>) {
    this.inserts = new GroupCommitInserts((documents) => this.insertUnordered(documents), MAX_INSERT_GROUP);
  }

  /**
   * Sets the profile's rating of the title. Insert first (a first rating is an indexed insert, no
   * read), grouped with the ratings arriving meanwhile (ADR 0039); a rating already there is updated
   * unless it is newer (two writes of one title arriving out of order keep the newest). A retried
   * write lands once.
   */
  async put(rating: Omit<StoredRating, '_id'>): Promise<void> {
    const _id = ratingKey(rating.profileId, rating.titleId);
    if ((await this.inserts.insert({ _id, ...rating })) === 'inserted') return;
    const { kind, stars, ratedAt } = rating;
    await this.ratings.updateOne({ _id, ratedAt: { $lte: ratedAt } }, { $set: { kind, stars, ratedAt } }).exec();
  }

  /** One unordered insert through the driver (no Mongoose documents); the indexes whose key was taken. */
  private async insertUnordered(documents: StoredRating[]): Promise<ReadonlySet<number>> {
    try {
      // String keys (profile:title), which the driver's default typing of _id (ObjectId) does not know.
      await (this.ratings.collection as unknown as Collection<StoredRating>).insertMany(documents, { ordered: false });
      return new Set();
    } catch (error) {
      const writeErrors = (error as Partial<MongoBulkWriteError>).writeErrors;
      if (!writeErrors) throw error;
      const refused = Array.isArray(writeErrors) ? writeErrors : [writeErrors];
      if (refused.some((refusal) => refusal.code !== DUPLICATE_KEY)) throw error;
      return new Set(refused.map((refusal) => refusal.index));
    }
  }

  /** Removes the profile's rating of the title; returns it, or null when there was none. */
  async remove(profileId: string, titleId: string): Promise<StoredRating | null> {
    return this.ratings.findOneAndDelete({ _id: ratingKey(profileId, titleId) }).lean<StoredRating>().exec();
  }

  /** Our viewers' verdict on a title, counted from the ratings themselves (FerretDB loses concurrent $inc). */
  async communityOf(titleId: string): Promise<{ average: number | null; count: number }> {
    // One accumulator per $group: FerretDB 1.24 answers 0 for every accumulator after the first.
    const [count, [row]] = await Promise.all([
      this.ratings.countDocuments({ titleId }).exec(),
      this.ratings.aggregate<{ sum: number }>([{ $match: { titleId } }, { $group: { _id: null, sum: { $sum: '$stars' } } }]).exec(),
    ]);
    return { average: count > 0 ? Math.round(((row?.sum ?? 0) / count) * 100) / 100 : null, count };
  }

  async page(profileId: string, skip: number, limit: number): Promise<{ items: StoredRating[]; total: number }> {
    const [items, total] = await Promise.all([
      this.ratings.find({ profileId }).sort({ ratedAt: -1, _id: -1 }).skip(skip).limit(limit).lean<StoredRating[]>().exec(),
      this.ratings.countDocuments({ profileId }).exec(),
    ]);
    return { items, total };
  }

  /** Every rating of the profile (its signals for recommendations, and what never to recommend to it). */
  async ofProfile(profileId: string): Promise<Array<Pick<StoredRating, 'titleId' | 'stars' | 'ratedAt'>>> {
    return this.ratings.find({ profileId }, { _id: 0, titleId: 1, stars: 1, ratedAt: 1 }).lean<Array<Pick<StoredRating, 'titleId' | 'stars' | 'ratedAt'>>>().exec();
  }

  /** Every rating, streamed: what the recommender trains on. */
  everySignal(): AsyncIterable<RatingSignal> {
    return this.ratings.find({}, { _id: 0, profileId: 1, titleId: 1, stars: 1 }).lean<RatingSignal[]>().cursor({ batchSize: 5000 });
  }
}

export type RatingSignal = Pick<StoredRating, 'profileId' | 'titleId' | 'stars'>;
