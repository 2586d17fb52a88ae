import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ContentTag } from '@onstream/common/schemas/content-tag.schema.js';
import type { Model } from 'mongoose';

export interface StoredTag {
  slug: string;
  name: string;
  description: string;
  updatedAt: Date;
}

const FIELDS = { _id: 0, slug: 1, name: 1, description: 1, updatedAt: 1 } as const;
const DUPLICATE_KEY = 11000;

@Injectable()
export class ContentTagsRepository {
  constructor(@InjectModel(ContentTag.name) private readonly tags: Model<ContentTag>) {}

  list(): Promise<StoredTag[]> {
    return this.tags.find({}, FIELDS).sort({ slug: 1 }).limit(1000).lean<StoredTag[]>().exec();
  }

  findBySlug(slug: string): Promise<StoredTag | null> {
    return this.tags.findOne({ slug }, FIELDS).lean<StoredTag>().exec();
  }

  /** Insert-first on the unique slug: null when the slug is taken. */
  async create(tag: { slug: string; name: string; description: string }): Promise<StoredTag | null> {
    try {
      const created = await this.tags.create(tag);
      return { slug: created.slug, name: created.name, description: created.description, updatedAt: created.updatedAt };
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return null;
      throw error;
    }
  }

  /** (FerretDB takes no projection on findAndModify, so the fields are picked here.) */
  async update(slug: string, changes: { name?: string; description?: string }): Promise<StoredTag | null> {
    const updated = await this.tags.findOneAndUpdate({ slug }, { $set: changes }, { returnDocument: 'after' }).lean<ContentTag>().exec();
    return updated && { slug: updated.slug, name: updated.name, description: updated.description, updatedAt: updated.updatedAt };
  }

  async delete(slug: string): Promise<boolean> {
    return (await this.tags.deleteOne({ slug }).exec()).deletedCount === 1;
  }
}
