import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Genre } from '@onstream/common/schemas/genre.schema.js';
import type { Model } from 'mongoose';

export interface StoredGenre {
  slug: string;
  name: string;
  titleCount: number;
}

@Injectable()
export class GenresRepository {
  constructor(@InjectModel(Genre.name) private readonly genres: Model<Genre>) {}

  /** Sets the count of every genre given and zeroes the rest; creates genres it has not seen. */
  async replaceCounts(counts: Array<StoredGenre>): Promise<void> {
    if (counts.length > 0) {
      await this.genres.bulkWrite(
        counts.map((genre) => ({
          updateOne: { filter: { slug: genre.slug }, update: { $set: { name: genre.name, titleCount: genre.titleCount } }, upsert: true },
        })),
        { ordered: false },
      );
    }
    await this.genres.updateMany({ slug: { $nin: counts.map((genre) => genre.slug) } }, { $set: { titleCount: 0 } }).exec();
  }

  async listNonEmpty(): Promise<StoredGenre[]> {
    return this.genres.find({ titleCount: { $gt: 0 } }, { _id: 0, slug: 1, name: 1, titleCount: 1 }).sort({ titleCount: -1, slug: 1 }).lean<StoredGenre[]>().exec();
  }

  async findBySlug(slug: string): Promise<StoredGenre | null> {
    return this.genres.findOne({ slug }, { _id: 0, slug: 1, name: 1, titleCount: 1 }).lean<StoredGenre>().exec();
  }
}
