import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Household } from '@onstream/common/schemas/household.schema.js';
import type { Model } from 'mongoose';

export interface StoredHousehold {
  providerIds: number[];
  country: string | null;
  updatedAt: Date;
}

/** One household per account (keyed by user id): its streaming services. */
@Injectable()
export class HouseholdsRepository {
  constructor(@InjectModel(Household.name) private readonly households: Model<Household>) {}

  findOfUser(userId: string): Promise<StoredHousehold | null> {
    return this.households.findById(userId, { _id: 0, providerIds: 1, country: 1, updatedAt: 1 }).lean<StoredHousehold>().exec();
  }

  /** Replaces the household's services; the last write wins (a PUT). */
  async replace(userId: string, household: StoredHousehold): Promise<void> {
    await this.households.replaceOne({ _id: userId }, household, { upsert: true }).exec().catch(async (error: unknown) => {
      // Two first writes at once: the loser's insert hits the unique _id; replacing again applies it.
      if ((error as { code?: number }).code !== 11000) throw error;
      await this.households.replaceOne({ _id: userId }, household).exec();
    });
  }

  async deleteOfUser(userId: string): Promise<void> {
    await this.households.deleteOne({ _id: userId }).exec();
  }
}
