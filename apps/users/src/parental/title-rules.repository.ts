import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { MAX_TITLE_RULES_READ, type TitleRule } from '@onstream/common';
import { TitleRuleRecord, type TitleRuleDocument } from '@onstream/common/schemas/title-rule.schema.js';
import type { Model } from 'mongoose';
import { upsertWithRetry } from '../infrastructure/upsert-race.js';

/** Parents' allow/deny rules per kid profile and title. */
@Injectable()
export class TitleRulesRepository {
  constructor(@InjectModel(TitleRuleRecord.name) private readonly rules: Model<TitleRuleRecord>) {}

  set(rule: { profileId: string; userId: string; titleId: string; rule: TitleRule; now: Date }): Promise<TitleRuleDocument> {
    const { profileId, titleId, now, ...rest } = rule;
    return upsertWithRetry(() => this.rules.findOneAndUpdate({ profileId, titleId }, { $set: { ...rest, updatedAt: now }, $setOnInsert: { profileId, titleId } }, { upsert: true, returnDocument: 'after' }).orFail().exec());
  }

  async remove(profileId: string, titleId: string): Promise<void> {
    await this.rules.deleteOne({ profileId, titleId }).exec();
  }

  listOfProfile(profileId: string): Promise<TitleRuleDocument[]> {
    return this.rules.find({ profileId }).sort({ updatedAt: -1, _id: -1 }).limit(MAX_TITLE_RULES_READ).exec();
  }

  countOfProfile(profileId: string): Promise<number> {
    return this.rules.countDocuments({ profileId }).exec();
  }

  async ruleFor(profileId: string, titleId: string): Promise<TitleRule | null> {
    return (await this.rules.findOne({ profileId, titleId }).exec())?.rule ?? null;
  }

  async deleteAllOfProfile(profileId: string): Promise<void> {
    await this.rules.deleteMany({ profileId }).exec();
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.rules.deleteMany({ userId }).exec();
  }
}
