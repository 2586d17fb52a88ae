import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Username } from '@onstream/common/schemas/username.schema.js';
import type { Model } from 'mongoose';

const DUPLICATE_KEY = 11000;

/** Who holds which username: one document per username, keyed by it (single-document atomic claims). */
@Injectable()
export class UsernamesRepository {
  constructor(@InjectModel(Username.name) private readonly usernames: Model<Username>) {}

  /** Claims the username for the account; false when another account holds it. */
  async claim(username: string, userId: string): Promise<boolean> {
    try {
      await this.usernames.create({ _id: username, userId });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  /** Gives the username back, only if this account holds it. */
  async release(username: string, userId: string): Promise<void> {
    await this.usernames.deleteOne({ _id: username, userId }).exec();
  }

  async holder(username: string): Promise<string | null> {
    return (await this.usernames.findById(username).lean().exec())?.userId ?? null;
  }
}
