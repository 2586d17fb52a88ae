import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

export const RecommenderModelStates = ['building', 'ready'] as const;
export type RecommenderModelState = (typeof RecommenderModelStates)[number];

/**
 * One trained "for you" model (ADR 0018). Written `building`, its item rows next, then flipped to
 * `ready`: replicas only ever load a ready model, so a training run that dies half-way is never served.
 * Owned by catalog.
 */
@Schema({ collection: 'recommender_models', versionKey: false })
export class RecommenderModel {
  /** The version, also the prefix of its item rows' ids. */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true, enum: RecommenderModelStates }) state!: RecommenderModelState;
  @Prop({ required: true }) trainedAt!: Date;
  @Prop({ required: true }) items!: number;
  @Prop({ required: true }) signals!: number;
}

/**
 * One item of a model: its neighbours with their weights, and how many profiles it had signals
 * from. Neighbours are the `position`s of other rows of the same version; both lists are packed
 * little-endian Int32 / Float32 arrays (a fifth of the size of id strings and numbers).
 */
@Schema({ collection: 'recommender_items', versionKey: false })
export class RecommenderItem {
  /** `version:titleId`. */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) version!: string;
  @Prop({ required: true }) position!: number;
  @Prop({ required: true }) titleId!: string;
  @Prop({ required: true }) interactions!: number;
  @Prop({ type: Buffer, required: true }) neighbours!: Buffer;
  @Prop({ type: Buffer, required: true }) weights!: Buffer;
}

export type RecommenderModelDocument = HydratedDocument<RecommenderModel>;
export const RecommenderModelSchema = SchemaFactory.createForClass(RecommenderModel);
RecommenderModelSchema.index({ state: 1, trainedAt: -1 });
export const RecommenderItemSchema = SchemaFactory.createForClass(RecommenderItem);
RecommenderItemSchema.index({ version: 1 });
