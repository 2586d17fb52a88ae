import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ReviewStatuses } from '../contracts/catalog/review.dto.js';
import { DeepLinkSources } from '../contracts/catalog/deep-link.dto.js';
import type { Types } from 'mongoose';

/**
 * A crowdsourced deep link (seed 003's EpisodeLink): it opens a title, or one episode of a series,
 * in a streaming provider's app. One document per (title, episode, provider, url); staff review it.
 * Owned and registered by the catalog app only.
 */
@Schema({ collection: 'deep_links', timestamps: true })
export class DeepLink {
  @Prop({ required: true }) titleId!: string;
  /** -1 for a link to the title itself (a unique index treats null and missing alike; a number keeps it plain). */
  @Prop({ required: true }) seasonNumber!: number;
  @Prop({ required: true }) episodeNumber!: number;
  @Prop({ required: true }) providerId!: number;
  @Prop({ required: true }) url!: string;
  @Prop({ required: true, enum: ReviewStatuses }) status!: string;
  @Prop({ required: true, enum: DeepLinkSources }) source!: string;
  @Prop({ default: 0 }) reports!: number;
  @Prop({ type: String, default: null }) reviewedBy!: string | null;
  @Prop({ type: Date, default: null }) reviewedAt!: Date | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const DeepLinkSchema = SchemaFactory.createForClass(DeepLink);
DeepLinkSchema.index({ titleId: 1, seasonNumber: 1, episodeNumber: 1, providerId: 1, url: 1 }, { unique: true });
DeepLinkSchema.index({ status: 1, _id: 1 });
DeepLinkSchema.index({ titleId: 1, status: 1 });

/** One device's report of one link (`_id` = `<linkId>:<deviceId>`): a repeat is a duplicate key, so it counts once. */
@Schema({ collection: 'deep_link_reports', timestamps: { createdAt: true, updatedAt: false } })
export class DeepLinkReport {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: 'ObjectId', required: true }) linkId!: Types.ObjectId;
  @Prop({ required: true }) deviceId!: string;
  createdAt!: Date;
}

export const DeepLinkReportSchema = SchemaFactory.createForClass(DeepLinkReport);
DeepLinkReportSchema.index({ deviceId: 1, createdAt: -1 });
