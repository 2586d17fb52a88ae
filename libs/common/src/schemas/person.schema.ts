import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/** Someone in a cast or crew. Keyed by TMDb id when known, else by exact name. */
@Schema({ collection: 'people', timestamps: true })
export class Person {
  @Prop({ required: true }) name!: string;
  @Prop({ type: Number, default: null }) tmdbId!: number | null;
  @Prop({ type: String, default: null }) profilePath!: string | null;
}

export type PersonDocument = HydratedDocument<Person>;
export const PersonSchema = SchemaFactory.createForClass(Person);
PersonSchema.index({ name: 1 });
PersonSchema.index({ tmdbId: 1 });
