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

  /**
   * Sets the count of every genre given and zeroes the rest; creates genres it has not seen. Writes
   * only what changed and answers whether anything did, so an unchanged recount tells no one.
   */
  async replaceCounts(counts: Array<StoredGenre>): Promise<boolean> {
    const stored = await this.genres.find({}, { _id: 0, slug: 1, name: 1, titleCount: 1 }).lean<StoredGenre[]>().exec();
    const storedBySlug = new Map(stored.map((genre) => [genre.slug, genre]));
    const wanted = new Map(counts.map((genre) => [genre.slug, genre]));
    for (const genre of stored) if (!wanted.has(genre.slug)) wanted.set(genre.slug, { ...genre, titleCount: 0 });
    const changed = [...wanted.values()].filter((genre) => {
      const before = storedBySlug.get(genre.slug);
      return before?.name !== genre.name || before.titleCount !== genre.titleCount;
    });
    if (changed.length === 0) return false;
    await this.genres.bulkWrite(
      changed.map((genre) => ({
        updateOne: { filter: { slug: genre.slug }, update: { $set: { name: genre.name, titleCount: genre.titleCount } }, upsert: true },
      })),
      { ordered: false },
    );
    return true;
  }

  async listNonEmpty(): Promise<StoredGenre[]> {
    return this.genres.find({ titleCount: { $gt: 0 } }, { _id: 0, slug: 1, name: 1, titleCount: 1 }).sort({ titleCount: -1, slug: 1 }).lean<StoredGenre[]>().exec();
  }

  async findBySlug(slug: string): Promise<StoredGenre | null> {
    return this.genres.findOne({ slug }, { _id: 0, slug: 1, name: 1, titleCount: 1 }).lean<StoredGenre>().exec();
  }
}
