import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type HydratedDocument } from 'mongoose';
import type { OutboxEvent } from '../outbox/outbox.js';
import { MaturityLevels, type MaturityLevel } from '../auth/auth.types.js';
import { CaptionKinds, type CaptionKind } from '../contracts/media/caption.dto.js';
import {
  MonetizationModels,
  ProcessingStages,
  VideoStatuses,
  Visibilities,
  type MonetizationModel,
  type ProcessingStage,
  type VideoStatus,
  type Visibility,
} from '../contracts/media/video.dto.js';

/** Stored form of an ad_supported video's AdConfig (contracts/media/ad-config.dto.ts). */
export interface StoredAdConfig {
  preRoll: boolean;
  midRoll: boolean;
  postRoll: boolean;
  frequency?: number;
  cuePoints?: number[];
}

export interface VideoRendition {
  name: string;
  width: number;
  height: number;
  bandwidth: number;
}

/** A caption track: its normalised WebVTT lives at `objectKey` (under `assets/<videoId>/captions/`). */
export interface VideoCaption {
  language: string;
  kind: CaptionKind;
  label: string;
  default: boolean;
  forced: boolean;
  objectKey: string;
  cues: number;
  lastCueEndSeconds: number;
  bytes: number;
  updatedAt: Date;
}

/** A caption track dropped because the replacing content ends before its last cue. */
export interface DroppedCaption {
  language: string;
  lastCueEndSeconds: number;
  durationSeconds: number;
  droppedAt: Date;
}

const CaptionSchema = new MongooseSchema<VideoCaption>(
  {
    language: { type: String, required: true },
    kind: { type: String, required: true, enum: CaptionKinds },
    label: { type: String, required: true },
    default: { type: Boolean, default: false },
    forced: { type: Boolean, default: false },
    objectKey: { type: String, required: true },
    cues: { type: Number, required: true },
    lastCueEndSeconds: { type: Number, required: true },
    bytes: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { _id: false },
);

/** A creator's video and the state of its one current asset. Owned and registered by the media app only. */
@Schema({ collection: 'videos', timestamps: true })
export class Video {
  @Prop({ required: true, index: true }) ownerId!: string;
  @Prop({ required: true }) title!: string;
  @Prop() description?: string;
  @Prop({ required: true }) category!: string;
  @Prop({ type: [String], default: [] }) tags!: string[];
  @Prop({ required: true }) language!: string;
  @Prop({ type: String, required: true, enum: Visibilities }) visibility!: Visibility;
  @Prop() publishAt?: Date;
  @Prop({ type: String, required: true, enum: MonetizationModels }) monetizationModel!: MonetizationModel;
  @Prop() priceMinor?: number;
  @Prop() currency?: string;
  /** ad_supported: where its ad breaks go; absent: a pre-roll only. */
  @Prop({ type: MongooseSchema.Types.Mixed }) adConfig?: StoredAdConfig;
  @Prop({ type: [String], default: [] }) geoAllow!: string[];
  @Prop({ type: [String], default: [] }) geoDeny!: string[];
  @Prop({ default: false }) drm!: boolean;
  /** The creator's rating; unrated videos are 18+ (documents stored before ratings read as 18+ too). */
  @Prop({ type: String, enum: MaturityLevels, default: '18+' }) maturityLevel!: MaturityLevel;

  @Prop({ type: String, required: true, enum: VideoStatuses, default: 'awaiting_upload' }) status!: VideoStatus;
  @Prop({ type: String, enum: ProcessingStages }) stage?: ProcessingStage;
  @Prop() percent?: number;
  @Prop() failureReason?: string;
  /** Raw upload object being processed (deleted once the asset is ready or rejected). */
  @Prop() sourceKey?: string;
  /** Asset id: one per accepted upload; its objects live under `<prefix>assets/<videoId>/<assetId>/`. */
  @Prop() assetId?: string;
  @Prop() durationSeconds?: number;
  @Prop({ type: [{ name: String, width: Number, height: Number, bandwidth: Number, _id: false }], default: [] }) renditions!: VideoRendition[];
  /** AES-128 key of a DRM asset, base64; never leaves the service except to a valid playback token. */
  @Prop() aesKey?: string;

  /** A creator's own poster replaces the generated one (`assets/<videoId>/custom/`). */
  @Prop({ default: false }) customPoster!: boolean;

  /** Hidden by moderation (a resolved report): viewers get 404; the owner and staff still see it. */
  @Prop({ default: false }) moderationHidden?: boolean;

  /** Caption tracks, one per language (ADR 0029). */
  @Prop({ type: [CaptionSchema], default: [] }) captions!: VideoCaption[];
  /** Tracks dropped at the last content replacement (their cues ran past the new duration). */
  @Prop({ type: [{ language: String, lastCueEndSeconds: Number, durationSeconds: Number, droppedAt: Date, _id: false }], default: undefined }) droppedCaptions?: DroppedCaption[];
  /** The measured start of the asset's media (first fMP4 sample, 90 kHz) for X-TIMESTAMP-MAP. */
  @Prop({ type: { assetId: String, mpegts: Number, _id: false }, default: undefined }) captionTimeBase?: { assetId: string; mpegts: number };

  /** Soft delete: hidden everywhere at once; its objects are removed by the cleanup job. */
  @Prop() deletedAt?: Date;

  /** Events of its changes, kept for the outbox relay (transactional outbox, ADR 0015). */
  @Prop({ type: [MongooseSchema.Types.Mixed], default: undefined }) outbox?: OutboxEvent[];
  /** When events were last stored in it: the relay's indexed field. */
  @Prop() outboxAt?: Date;
  @Prop() outboxSlot?: number;

  createdAt!: Date;
  updatedAt!: Date;
}

export type VideoDocument = HydratedDocument<Video>;
export const VideoSchema = SchemaFactory.createForClass(Video);
VideoSchema.index({ ownerId: 1, createdAt: -1 });
