import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { LibraryLists, type LibraryList } from '../contracts/users/library.dto.js';

/** A title on a profile's watchlist or favorites. Owned and registered by the users app only. */
@Schema({ collection: 'library_items' })
export class LibraryItem {
  @Prop({ required: true }) profileId!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ type: String, required: true, enum: LibraryLists }) list!: LibraryList;
  @Prop({ required: true }) titleId!: string;
  @Prop({ required: true }) addedAt!: Date;
}

export type LibraryItemDocument = HydratedDocument<LibraryItem>;
export const LibraryItemSchema = SchemaFactory.createForClass(LibraryItem);
LibraryItemSchema.index({ profileId: 1, list: 1, titleId: 1 }, { unique: true });
/** Serves a list's newest-first page (ties by id) from the index alone on MongoDB, without a sort in memory. */
LibraryItemSchema.index({ profileId: 1, list: 1, addedAt: -1, _id: -1 });
/** Who has a title on a list (e.g. watchers of a series, for new-episode notifications). */
LibraryItemSchema.index({ titleId: 1, list: 1 });
