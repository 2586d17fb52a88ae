import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Rating, type RatingKind } from '@onstream/common/schemas/rating.schema.js';
import type { Model } from 'mongoose';

export interface StoredRating {
  _id: string;
  profileId: string;
  userId: string;
  titleId: string;
  kind: RatingKind;
  stars: number;
  ratedAt: Date;
}

const ratingKey = (profileId: string, titleId: string) => `${profileId}:${titleId}`;

/** Ratings of titles by profiles; one document per profile and title. */
@Injectable()
export class RatingsRepository {
  constructor(@InjectModel(Rating.name) private readonly ratings: Model<Rating>) {}

  /** Sets the profile's rating of the title; returns the one it replaced, if any. */
  async put(rating: Omit<StoredRating, '_id'>): Promise<StoredRating | null> {
    return this.ratings
      .findOneAndUpdate({ _id: ratingKey(rating.profileId, rating.titleId) }, { $set: rating }, { upsert: true, returnDocument: 'before' })
      .lean<StoredRating>()
      .exec();
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

  /** The profile's newest ratings (its taste for recommendations). */
  async ofProfile(profileId: string, limit: number): Promise<StoredRating[]> {
    return this.ratings.find({ profileId }).sort({ ratedAt: -1 }).limit(limit).lean<StoredRating[]>().exec();
  }

  /** Other profiles that rated any of these titles: the candidate neighbours of a profile. */
  async ratersOf(titleIds: string[], exceptProfileId: string, limit: number): Promise<string[]> {
    if (titleIds.length === 0) return [];
    const rows = await this.ratings
      .find({ titleId: { $in: titleIds }, profileId: { $ne: exceptProfileId } }, { profileId: 1 })
      .limit(limit)
      .lean<Array<{ profileId: string }>>()
      .exec();
    return [...new Set(rows.map((row) => row.profileId))];
  }

  async ofProfiles(profileIds: string[], limit: number): Promise<StoredRating[]> {
    if (profileIds.length === 0) return [];
    return this.ratings.find({ profileId: { $in: profileIds } }).limit(limit).lean<StoredRating[]>().exec();
  }
}
