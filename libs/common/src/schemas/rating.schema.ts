import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

export const RatingKinds = ['stars', 'thumb'] as const;
export type RatingKind = (typeof RatingKinds)[number];

/**
 * One profile's rating of one title. `_id` is `profileId:titleId`, so a profile holds at most one
 * rating per title without relying on update atomicity (FerretDB). Thumbs are stored as 5 (up) or
 * 1 (down) stars so the community average and the recommender read one scale. Owned by catalog.
 */
@Schema({ collection: 'ratings', versionKey: false })
export class Rating {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) profileId!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ required: true }) titleId!: string;
  @Prop({ type: String, required: true, enum: RatingKinds }) kind!: RatingKind;
  @Prop({ required: true, min: 1, max: 5 }) stars!: number;
  @Prop({ required: true }) ratedAt!: Date;
}

export type RatingDocument = HydratedDocument<Rating>;
export const RatingSchema = SchemaFactory.createForClass(Rating);
RatingSchema.index({ profileId: 1, ratedAt: -1 });
RatingSchema.index({ titleId: 1 });
