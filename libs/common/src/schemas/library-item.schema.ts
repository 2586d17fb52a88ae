import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type HydratedDocument } from 'mongoose';
import type { OutboxEvent } from '../outbox/outbox.js';
import { LibraryLists, type LibraryList } from '../contracts/users/library.dto.js';

/** A title on a profile's watchlist or favorites. Owned and registered by the users app only. */
@Schema({ collection: 'library_items' })
export class LibraryItem {
  @Prop({ required: true }) profileId!: string;
  @Prop({ required: true }) userId!: string;
  @Prop({ type: String, required: true, enum: LibraryLists }) list!: LibraryList;
  @Prop({ required: true }) titleId!: string;
  @Prop({ required: true }) addedAt!: Date;
  /** Removed from favorites at (a tombstone, kept until its event is published: the event is stored with the change, ADR 0018); a watchlist entry is deleted. */
  @Prop() removedAt?: Date;
  /** The newest event of this entry, for users' outbox relay (a newer one supersedes it: consumers keep the newest per title). */
  @Prop({ type: [MongooseSchema.Types.Mixed], default: undefined }) outbox?: OutboxEvent[];
  /** When its event was stored (the relay's index). */
  @Prop() outboxAt?: Date;
  @Prop() outboxSlot?: number;
}

export type LibraryItemDocument = HydratedDocument<LibraryItem>;
export const LibraryItemSchema = SchemaFactory.createForClass(LibraryItem);
LibraryItemSchema.index({ profileId: 1, list: 1, titleId: 1 }, { unique: true });
/** Serves a list's newest-first page (ties by id) from the index alone on MongoDB, without a sort in memory. */
LibraryItemSchema.index({ profileId: 1, list: 1, addedAt: -1, _id: -1 });
/** Who has a title on a list (e.g. watchers of a series, for new-episode notifications). */
LibraryItemSchema.index({ titleId: 1, list: 1 });
/** Tombstones, for the purge once their events are published. */
LibraryItemSchema.index({ removedAt: 1 }, { sparse: true });
