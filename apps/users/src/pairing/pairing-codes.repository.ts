import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { PairingCode, type PairingCodeDocument } from '@onstream/common/schemas/pairing-code.schema.js';
import type { Model } from 'mongoose';

@Injectable()
export class PairingCodesRepository {
  constructor(@InjectModel(PairingCode.name) private readonly codes: Model<PairingCode>) {}

  async create(code: { codeHash: string; userId: string; profileId: string; expiresAt: Date }): Promise<void> {
    await this.codes.create({ ...code, usedAt: null });
  }

  findUsable(codeHash: string, now: Date): Promise<PairingCodeDocument | null> {
    return this.codes.findOne({ codeHash, usedAt: null, expiresAt: { $gt: now } }).exec();
  }

  /** Marks it used; returns false when it was used already. */
  async markUsed(id: string, now: Date): Promise<boolean> {
    return (await this.codes.updateOne({ _id: id, usedAt: null }, { $set: { usedAt: now } }).exec()).modifiedCount === 1;
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.codes.deleteMany({ userId }).exec();
  }
}
