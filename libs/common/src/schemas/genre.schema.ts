import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/** A genre with the number of browsable titles in it (recounted after imports and edits). */
@Schema({ collection: 'genres', timestamps: true })
export class Genre {
  @Prop({ required: true, unique: true }) slug!: string;
  @Prop({ required: true }) name!: string;
  @Prop({ default: 0 }) titleCount!: number;
}

export type GenreDocument = HydratedDocument<Genre>;
export const GenreSchema = SchemaFactory.createForClass(Genre);
