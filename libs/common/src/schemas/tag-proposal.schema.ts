import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ReviewStatuses } from '../contracts/catalog/review.dto.js';

/**
 * A content tag proposed for a title by a wiki import (the page's category matched the tag); staff
 * accept (the tag goes on the title) or reject it. One per (title, tag). Owned by the catalog app.
 */
@Schema({ collection: 'tag_proposals', timestamps: true })
export class TagProposal {
  @Prop({ required: true }) titleId!: string;
  @Prop({ required: true }) slug!: string;
  @Prop({ required: true }) wikiPage!: string;
  @Prop({ required: true }) category!: string;
  @Prop({ required: true, enum: ReviewStatuses }) status!: string;
  @Prop({ type: String, default: null }) reviewedBy!: string | null;
  @Prop({ type: Date, default: null }) reviewedAt!: Date | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const TagProposalSchema = SchemaFactory.createForClass(TagProposal);
TagProposalSchema.index({ titleId: 1, slug: 1 }, { unique: true });
TagProposalSchema.index({ status: 1, _id: 1 });
