import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsISO8601, IsNumber, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import {
  AdConfig, MonetizationModels, OptionalNotNull, PageQueryDto, VideoStatuses,
  type Monetization, type MonetizationModel, type StreamResponse, type ReportMetrics, type VideoChanges, type VideoFields, type VideoResponse, type VideoStatus,
} from '@onstream/common';
import { API_PREFIX } from '../../http/openapi.js';

export const OttVisibilities = ['public', 'private', 'scheduled'] as const;
export type OttVisibility = (typeof OttVisibilities)[number];
/** A language for videos whose client does not say one (seed 004 has no language field): BCP 47 "undetermined". */
const UNDETERMINED_LANGUAGE = 'und';
const COUNTRY = /^[A-Z]{2}$/;
const STREAM_QUALITY = /^(auto|[0-9]{3,4}p)$/;
const upperList = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.toUpperCase() : v)) : value);

export class OttMonetization {
  @ApiProperty({ enum: MonetizationModels, example: 'free' })
  @IsIn(MonetizationModels)
  type!: MonetizationModel;

  @ApiPropertyOptional({ description: 'Price in currency units (4.99), kept to the cent; required for pay_per_view.', example: 4.99, minimum: 0.01, maximum: 100000 })
  @ValidateIf((m: OttMonetization) => m.type === 'pay_per_view' || m.price !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(100_000)
  price?: number;

  @ApiPropertyOptional({ description: 'ISO 4217; required with a price.', example: 'EUR' })
  @ValidateIf((m: OttMonetization) => m.price !== undefined || m.currency !== undefined)
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency?: string;

  @ApiPropertyOptional({ type: AdConfig, description: 'ad_supported only: pre-roll, mid-rolls every `frequency` minutes (or at `cuePoints`, an OnStream extension) and post-roll.' })
  @ValidateIf((m: OttMonetization) => m.adConfig !== undefined)
  @ValidateNested()
  @Type(() => AdConfig)
  adConfig?: AdConfig;
}

/** Seed 004's video schema as a request body. */
export class OttVideoBody {
  @ApiProperty({ example: 'Sunrise over the bay', minLength: 1, maxLength: 200 }) @IsString() @Length(1, 200) title!: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @OptionalNotNull() @IsString() @MaxLength(5000) description?: string;
  @ApiProperty({ example: 'travel', maxLength: 60 }) @IsString() @Length(1, 60) category!: string;

  @ApiPropertyOptional({ type: [String], example: ['nature'], maxItems: 30 })
  @OptionalNotNull() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Length(1, 40, { each: true })
  tags?: string[];

  @ApiProperty({ enum: OttVisibilities }) @IsIn(OttVisibilities) visibility!: OttVisibility;

  @ApiPropertyOptional({ format: 'date-time', description: 'Required when visibility is scheduled.' })
  @ValidateIf((v: OttVideoBody) => v.visibility === 'scheduled' || v.publishAt !== undefined)
  @IsISO8601({ strict: true })
  publishAt?: string;

  @ApiPropertyOptional({ description: 'BCP 47 language tag; "und" (undetermined) when left out.', example: 'en' })
  @OptionalNotNull()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or pt-BR' })
  language?: string;

  @ApiProperty({ type: OttMonetization }) @IsDefined() @ValidateNested() @Type(() => OttMonetization) monetization!: OttMonetization;
  @ApiPropertyOptional({ default: false, description: 'Encrypt the HLS output (AES-128 keys behind the playback token).' }) @OptionalNotNull() @IsBoolean() drmEnabled?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['KP'], description: 'ISO 3166-1 alpha-2 countries where the video may not be played.' })
  @OptionalNotNull() @IsArray() @ArrayMaxSize(250) @Transform(upperList) @Matches(COUNTRY, { each: true, message: 'each country must be an ISO 3166-1 alpha-2 code' })
  geoRestrictions?: string[];
}

/** PUT /videos/:id: the fields given change, the others stay (like v1 PATCH). */
export class OttVideoChanges extends PartialType(OttVideoBody, { skipNullProperties: false }) {}

export class OttVideoListQuery extends PageQueryDto {}

export class OttVideoMonetization {
  @ApiProperty({ enum: MonetizationModels }) type!: MonetizationModel;
  @ApiPropertyOptional() price?: number;
  @ApiPropertyOptional() currency?: string;
  @ApiPropertyOptional({ type: AdConfig }) adConfig?: AdConfig;
}

export class OttVideoStats {
  @ApiProperty() views!: number;
  @ApiProperty() likes!: number;
  @ApiProperty() comments!: number;
  @ApiProperty() shares!: number;
  @ApiProperty({ description: 'Seconds watched.' }) watchTime!: number;
}

export class OttVideo {
  @ApiProperty() _id!: string;
  @ApiProperty() creatorId!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty() category!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ enum: [...OttVisibilities, 'unlisted'] }) visibility!: OttVisibility | 'unlisted';
  @ApiProperty({ type: OttVideoMonetization }) monetization!: OttVideoMonetization;
  @ApiProperty() drmEnabled!: boolean;
  @ApiProperty({ type: [String] }) geoRestrictions!: string[];
  @ApiProperty({ enum: VideoStatuses, description: 'Upload and transcoding state.' }) status!: VideoStatus;
  @ApiPropertyOptional({ description: 'Master HLS playlist path, once transcoded; replace {token} with the drmToken of GET /stream/{videoId}.' }) filePath?: string;
  @ApiPropertyOptional({ description: 'Seconds, once probed.' }) duration?: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { '720p': '/api/v1/playback/665f…/720p.m3u8' }, description: 'Rendition playlist path per quality.' })
  qualities!: Record<string, string>;
  @ApiPropertyOptional({ type: OttVideoStats, description: 'GET /videos/{id} only: figures of the last 365 days from analytics.' }) stats?: OttVideoStats;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class OttVideoList {
  @ApiProperty({ type: [OttVideo] }) items!: OttVideo[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}

const toMinor = (price: number) => Math.round(price * 100);

export function fromOttVideo(body: OttVideoBody): VideoFields {
  const { title, category, visibility, monetization } = body;
  return { ...fromOttChanges(body), title, category, visibility, language: body.language ?? UNDETERMINED_LANGUAGE, monetization: fromOttMonetization(monetization) };
}

function fromOttMonetization({ type, price, currency, adConfig }: OttMonetization): Monetization {
  return { model: type, ...(price !== undefined && { priceMinor: toMinor(price) }), ...(currency && { currency }), ...(adConfig && { adConfig }) };
}

export function fromOttChanges(body: OttVideoChanges): VideoChanges {
  const { monetization, drmEnabled, geoRestrictions, ...same } = body;
  return {
    ...same,
    ...(monetization && { monetization: fromOttMonetization(monetization) }),
    ...(drmEnabled !== undefined && { drm: drmEnabled }),
    ...(geoRestrictions && { geo: { allow: [], deny: geoRestrictions } }),
  };
}

export function toOttVideo(video: VideoResponse, stats?: ReportMetrics): OttVideo {
  // {token}: the drmToken of GET /stream/{videoId}, which names the viewer's playback grant.
  const playlist = (name: string) => `/${API_PREFIX}/playback/${video.id}/{token}/${name === 'master' ? 'master.m3u8' : `${name}/index.m3u8`}`;
  const { model, priceMinor, currency, adConfig } = video.monetization;
  return {
    _id: video.id,
    creatorId: video.ownerId,
    title: video.title,
    ...(video.description !== undefined && { description: video.description }),
    category: video.category,
    tags: video.tags,
    visibility: video.visibility,
    monetization: { type: model, ...(priceMinor !== undefined && { price: priceMinor / 100 }), ...(currency && { currency }), ...(adConfig && { adConfig }) },
    drmEnabled: video.drm,
    geoRestrictions: video.geo.deny,
    status: video.status,
    ...(video.status === 'ready' && { filePath: playlist('master') }),
    ...(video.durationSeconds !== undefined && { duration: video.durationSeconds }),
    qualities: Object.fromEntries(video.renditions.map((rendition) => [rendition.name, playlist(rendition.name)])),
    ...(stats && { stats: { views: stats.views, likes: stats.likes, comments: stats.comments, shares: stats.shares, watchTime: stats.watchTimeSec } }),
    createdAt: video.createdAt,
    updatedAt: video.updatedAt,
  };
}

export class OttStreamQuery {
  @ApiPropertyOptional({ example: '720p', default: 'auto', description: 'auto, or a rendition such as 1080p, 720p, 480p: played when the viewer receives it, else the adaptive master playlist.' })
  @OptionalNotNull()
  @Matches(STREAM_QUALITY, { message: 'quality must be auto or a rendition such as 720p' })
  quality?: string;
}

export class OttStream {
  @ApiProperty() videoId!: string;
  @ApiProperty({ description: 'Playlist to play (relative to the API host), carrying the playback token; the player fetches it and every file below it with the same `Authorization: Bearer` access token.' }) url!: string;
  @ApiProperty({ example: '720p', description: 'What url plays: the asked quality when this viewer receives it, else auto (adaptive).' }) quality!: string;
  @ApiProperty({ type: [String], description: 'Qualities this viewer receives (the plan may cap them), highest first.' }) qualities!: string[];
  @ApiProperty({ description: 'Playback token of this viewer’s session: with its access token, authorises the playlists, segments and, when drmEnabled, the AES-128 keys.' }) drmToken!: string;
  @ApiProperty() drmEnabled!: boolean;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty() posterUrl!: string;
}

export function toOttStream(videoId: string, stream: StreamResponse, asked: string | undefined): OttStream {
  // The manifest URL is /api/v1/playback/{videoId}/{token}/master.m3u8: the token names the viewer's playback grant.
  const base = stream.manifestUrl.replace(/master\.m3u8$/, '');
  const drmToken = base.split('/').filter(Boolean).pop() ?? '';
  const quality = asked && stream.renditions.includes(asked) ? asked : 'auto';
  const url = quality === 'auto' ? stream.manifestUrl : `${base}${quality}/index.m3u8`;
  return { videoId, url, quality, qualities: stream.renditions, drmToken, drmEnabled: stream.encrypted, expiresAt: stream.expiresAt, posterUrl: stream.posterUrl };
}
