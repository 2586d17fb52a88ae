import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * A streaming/rent/buy service known from TMDb's watch/providers data (`_id` = TMDb provider id),
 * with the countries it was seen in. Owned and registered by the catalog app only.
 */
@Schema({ collection: 'watch_providers', timestamps: true })
export class WatchProvider {
  @Prop({ type: Number, required: true }) _id!: number;
  @Prop({ required: true }) name!: string;
  @Prop({ type: String, default: null }) logoPath!: string | null;
  @Prop({ default: 0 }) displayPriority!: number;
  @Prop({ type: [String], default: [] }) countries!: string[];
}

export const WatchProviderSchema = SchemaFactory.createForClass(WatchProvider);
WatchProviderSchema.index({ countries: 1 });
