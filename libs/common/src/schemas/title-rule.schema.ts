import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { TitleRules, type TitleRule } from '../contracts/users/library.dto.js';

/** A parent's allow/deny decision on one title for one kid profile. Owned by the users app only. */
@Schema({ collection: 'title_rules' })
export class TitleRuleRecord {
  @Prop({ required: true }) profileId!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ required: true }) titleId!: string;
  @Prop({ type: String, required: true, enum: TitleRules }) rule!: TitleRule;
  @Prop({ required: true }) updatedAt!: Date;
}

export type TitleRuleDocument = HydratedDocument<TitleRuleRecord>;
export const TitleRuleSchema = SchemaFactory.createForClass(TitleRuleRecord);
TitleRuleSchema.index({ profileId: 1, titleId: 1 }, { unique: true });
