import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/** Where a profile is in a title (one row per profile and title). Owned by the users app only. */
@Schema({ collection: 'watch_progress' })
export class WatchProgress {
  @Prop({ required: true }) profileId!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ required: true }) titleId!: string;
  @Prop({ required: true }) positionSeconds!: number;
  @Prop({ required: true }) durationSeconds!: number;
  @Prop({ required: true }) finished!: boolean;
  @Prop({ required: true }) watchedAt!: Date;
}

export type WatchProgressDocument = HydratedDocument<WatchProgress>;
export const WatchProgressSchema = SchemaFactory.createForClass(WatchProgress);
WatchProgressSchema.index({ profileId: 1, titleId: 1 }, { unique: true });
WatchProgressSchema.index({ profileId: 1, watchedAt: -1 });
