import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type HydratedDocument } from 'mongoose';
import type { OutboxEvent } from '../outbox/outbox.js';

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
  /** Removed at (a tombstone): kept until the removal's event is published, so the event is stored with the change (ADR 0018). */
  @Prop() removedAt?: Date;
  /** The newest event of this entry, for users' outbox relay (a newer one supersedes it: consumers keep the newest per title). */
  @Prop({ type: [MongooseSchema.Types.Mixed], default: undefined }) outbox?: OutboxEvent[];
  /** When its event was stored (the relay's index). */
  @Prop() outboxAt?: Date;
  @Prop() outboxSlot?: number;
}

export type WatchProgressDocument = HydratedDocument<WatchProgress>;
export const WatchProgressSchema = SchemaFactory.createForClass(WatchProgress);
WatchProgressSchema.index({ profileId: 1, titleId: 1 }, { unique: true });
WatchProgressSchema.index({ profileId: 1, watchedAt: -1 });
/** Tombstones, for the purge once their events are published. */
WatchProgressSchema.index({ removedAt: 1 }, { sparse: true });
