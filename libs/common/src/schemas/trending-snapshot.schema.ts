import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

export interface TrendingScore {
  /** What analytics counted views under: a catalog title id, or a media video id linked to a title. */
  videoId: string;
  score: number;
  views: number;
  watchSec: number;
}

/** The latest trending scores analytics published for one window (`24h` or `7d`). Owned by catalog. */
@Schema({ collection: 'trending_snapshots', versionKey: false })
export class TrendingSnapshot {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) computedAt!: Date;
  @Prop({ type: [{ _id: false, videoId: String, score: Number, views: Number, watchSec: Number }], default: [] }) entries!: TrendingScore[];
}

export type TrendingSnapshotDocument = HydratedDocument<TrendingSnapshot>;
export const TrendingSnapshotSchema = SchemaFactory.createForClass(TrendingSnapshot);
