import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { OneTimeToken, type OneTimeTokenDocument, type OneTimeTokenPurpose } from '@onstream/common/schemas/one-time-token.schema.js';
import type { Model } from 'mongoose';

@Injectable()
export class OneTimeTokensRepository {
  constructor(@InjectModel(OneTimeToken.name) private readonly tokens: Model<OneTimeToken>) {}

  async create(token: { userId: string; purpose: OneTimeTokenPurpose; tokenHash: string; expiresAt: Date }): Promise<void> {
    await this.tokens.create({ ...token, usedAt: null });
  }

  /** The token when it is unused and unexpired. */
  findUsable(purpose: OneTimeTokenPurpose, tokenHash: string, now: Date): Promise<OneTimeTokenDocument | null> {
    return this.tokens.findOne({ tokenHash, purpose, usedAt: null, expiresAt: { $gt: now } }).exec();
  }

  /** Marks it used; returns false when it was used already. */
  async markUsed(id: string, now: Date): Promise<boolean> {
    return (await this.tokens.updateOne({ _id: id, usedAt: null }, { $set: { usedAt: now } }).exec()).modifiedCount === 1;
  }

  countIssuedSince(userId: string, purpose: OneTimeTokenPurpose, since: Date): Promise<number> {
    return this.tokens.countDocuments({ userId, purpose, createdAt: { $gt: since } }).exec();
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.tokens.deleteMany({ userId }).exec();
  }
}
