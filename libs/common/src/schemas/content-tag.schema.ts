import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/** A content tag staff put on titles (violence, language, scary scenes…). Owned by the catalog app. */
@Schema({ collection: 'content_tags', timestamps: true })
export class ContentTag {
  @Prop({ required: true, unique: true }) slug!: string;
  @Prop({ required: true }) name!: string;
  @Prop({ default: '' }) description!: string;
  createdAt!: Date;
  updatedAt!: Date;
}

export type ContentTagDocument = HydratedDocument<ContentTag>;
export const ContentTagSchema = SchemaFactory.createForClass(ContentTag);
