import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The streaming services an account's household subscribes to (`_id` = user id). Owned by the users app only. */
@Schema({ collection: 'households' })
export class Household {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: [Number], default: [] }) providerIds!: number[];
  @Prop({ type: String, default: null }) country!: string | null;
  @Prop({ required: true }) updatedAt!: Date;
}

export const HouseholdSchema = SchemaFactory.createForClass(Household);
