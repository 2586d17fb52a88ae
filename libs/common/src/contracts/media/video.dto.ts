import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsISO8601,
  IsMongoId,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { OptionalNotNull } from '../../validation/validation.js';
import { ActorRequest, MaturityLevels, type MaturityLevel } from '../../auth/auth.types.js';
import { AdConfig } from './ad-config.dto.js';

export const Visibilities = ['public', 'private', 'unlisted', 'scheduled'] as const;
export type Visibility = (typeof Visibilities)[number];
export const MonetizationModels = ['free', 'subscription', 'pay_per_view', 'ad_supported'] as const;
export type MonetizationModel = (typeof MonetizationModels)[number];
export const VideoStatuses = ['awaiting_upload', 'processing', 'ready', 'failed'] as const;
export type VideoStatus = (typeof VideoStatuses)[number];
export const ProcessingStages = ['queued', 'probing', 'transcoding', 'images', 'publishing', 'done'] as const;
export type ProcessingStage = (typeof ProcessingStages)[number];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upperList = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.toUpperCase() : v)) : value);
const COUNTRY = /^[A-Z]{2}$/;

export class Monetization {
  @ApiProperty({ enum: MonetizationModels, example: 'free' })
  @IsIn(MonetizationModels)
  model!: MonetizationModel;

  @ApiPropertyOptional({ description: 'Price in minor units (cents); required for pay_per_view.', example: 499, minimum: 0 })
  @ValidateIf((m: Monetization) => m.model === 'pay_per_view' || m.priceMinor !== undefined)
  @IsInt()
  @Min(1)
  @Max(100_000_00)
  priceMinor?: number;

  @ApiPropertyOptional({ description: 'ISO 4217 currency; required with a price.', example: 'EUR' })
  @ValidateIf((m: Monetization) => m.priceMinor !== undefined || m.currency !== undefined)
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency?: string;

  @ApiPropertyOptional({ type: AdConfig, description: 'ad_supported only: where the ad breaks go (default: a pre-roll only).' })
  @ValidateIf((m: Monetization) => m.adConfig !== undefined)
  @ValidateNested()
  @Type(() => AdConfig)
  adConfig?: AdConfig;
}

export class GeoRules {
  @ApiProperty({ description: 'ISO 3166-1 alpha-2 countries allowed; empty: everywhere.', example: [], type: [String] })
  @IsArray()
  @ArrayMaxSize(250)
  @Transform(upperList)
  @Matches(COUNTRY, { each: true, message: 'each country must be an ISO 3166-1 alpha-2 code' })
  allow: string[] = [];

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 countries denied (wins over allow).', example: ['KP'], type: [String] })
  @IsArray()
  @ArrayMaxSize(250)
  @Transform(upperList)
  @Matches(COUNTRY, { each: true, message: 'each country must be an ISO 3166-1 alpha-2 code' })
  deny: string[] = [];
}

/** The fields a creator sets on a video (HTTP body of POST /videos). */
export class VideoFields {
  @ApiProperty({ example: 'Sunrise over the bay', minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ example: 'travel', maxLength: 60 })
  @IsString()
  @Length(1, 60)
  category!: string;

  @ApiPropertyOptional({ type: [String], example: ['nature', 'timelapse'], maxItems: 30 })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  tags?: string[];

  @ApiProperty({ description: 'BCP 47 language tag', example: 'en' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or pt-BR' })
  language!: string;

  @ApiProperty({ enum: Visibilities, example: 'private' })
  @IsIn(Visibilities)
  visibility!: Visibility;

  @ApiPropertyOptional({ format: 'date-time', description: 'Required when visibility is scheduled.' })
  @ValidateIf((v: VideoFields) => v.visibility === 'scheduled' || v.publishAt !== undefined)
  @IsISO8601({ strict: true })
  publishAt?: string;

  @ApiProperty({ type: Monetization })
  @IsDefined()
  @ValidateNested()
  @Type(() => Monetization)
  monetization!: Monetization;

  @ApiPropertyOptional({ type: GeoRules })
  @OptionalNotNull()
  @ValidateNested()
  @Type(() => GeoRules)
  geo?: GeoRules;

  @ApiPropertyOptional({ description: 'Encrypt the HLS output (AES-128, per-asset key).', default: false })
  @OptionalNotNull()
  @IsBoolean()
  drm?: boolean;

  @ApiPropertyOptional({ enum: MaturityLevels, default: '18+', description: 'Who may watch: kid profiles and paired devices above their limit are refused. Unrated videos count as 18+ until their creator rates them.' })
  @OptionalNotNull()
  @IsIn(MaturityLevels)
  maturityLevel?: MaturityLevel;
}

/** PATCH body: any subset of the fields. */
// skipNullProperties: false — a null is validated (and refused), never stored.
export class VideoChanges extends PartialType(VideoFields, { skipNullProperties: false }) {}

export class CreateVideoRequest extends ActorRequest {
  @ValidateNested()
  @Type(() => VideoFields)
  video!: VideoFields;
}

export class VideoIdRequest extends ActorRequest {
  @IsMongoId()
  id!: string;
}

export class UpdateVideoRequest extends VideoIdRequest {
  @ValidateNested()
  @Type(() => VideoChanges)
  changes!: VideoChanges;
}

export class ListVideosRequest extends ActorRequest {
  @IsInt()
  @Min(1)
  @Max(500)
  page = 1;

  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export class ProcessingState {
  @ApiProperty({ enum: ProcessingStages }) stage!: ProcessingStage;
  @ApiProperty({ minimum: 0, maximum: 100 }) percent!: number;
  @ApiPropertyOptional({ description: 'Why processing failed, for the creator.' }) failureReason?: string;
}

export class RenditionInfo {
  @ApiProperty({ example: '720p' }) name!: string;
  @ApiProperty() width!: number;
  @ApiProperty() height!: number;
  @ApiProperty({ description: 'Average bits per second' }) bandwidth!: number;
}

export class VideoResponse {
  @ApiProperty() id!: string;
  @ApiProperty() ownerId!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty() category!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty() language!: string;
  @ApiProperty({ enum: Visibilities }) visibility!: Visibility;
  @ApiPropertyOptional({ format: 'date-time' }) publishAt?: string;
  @ApiProperty({ type: Monetization }) monetization!: Monetization;
  @ApiProperty({ type: GeoRules }) geo!: GeoRules;
  @ApiProperty() drm!: boolean;
  @ApiProperty({ enum: MaturityLevels }) maturityLevel!: MaturityLevel;
  @ApiProperty({ enum: VideoStatuses }) status!: VideoStatus;
  @ApiPropertyOptional({ type: ProcessingState }) processing?: ProcessingState;
  @ApiPropertyOptional({ description: 'Seconds' }) durationSeconds?: number;
  @ApiProperty({ type: [RenditionInfo] }) renditions!: RenditionInfo[];
  @ApiProperty({ description: 'A custom poster (uploaded with tus, `kind thumbnail`) replaces the generated one.' }) customPoster!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class VideoListResponse {
  @ApiProperty({ type: [VideoResponse] }) items!: VideoResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}
