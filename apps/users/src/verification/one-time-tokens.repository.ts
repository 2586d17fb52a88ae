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

  /** Marks the token used if it is unused and unexpired; one document update, so a token works once. */
  consume(purpose: OneTimeTokenPurpose, tokenHash: string, now: Date): Promise<OneTimeTokenDocument | null> {
    return this.tokens.findOneAndUpdate({ tokenHash, purpose, usedAt: null, expiresAt: { $gt: now } }, { $set: { usedAt: now } }, { returnDocument: 'after' }).exec();
  }

  countIssuedSince(userId: string, purpose: OneTimeTokenPurpose, since: Date): Promise<number> {
    return this.tokens.countDocuments({ userId, purpose, createdAt: { $gt: since } }).exec();
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.tokens.deleteMany({ userId }).exec();
  }
}
