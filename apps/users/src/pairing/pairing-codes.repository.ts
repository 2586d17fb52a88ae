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

  /** Marks the code used if unused and unexpired, in one update: a code pairs one device. */
  redeem(codeHash: string, now: Date): Promise<PairingCodeDocument | null> {
    return this.codes.findOneAndUpdate({ codeHash, usedAt: null, expiresAt: { $gt: now } }, { $set: { usedAt: now } }, { returnDocument: 'after' }).exec();
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.codes.deleteMany({ userId }).exec();
  }
}
