import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsNumber, IsOptional, IsPositive, IsUrl, Matches, Max, Min, ValidateIf } from 'class-validator';

/** Longest mid-roll interval a creator may set (minutes): one break every 12 hours. */
export const AD_FREQUENCY_MAX_MINUTES = 720;
export const AD_CUE_POINTS_MAX = 50;

/**
 * Where an `ad_supported` video's ads go (seed 004 `adConfig`). Mid-rolls come every `frequency`
 * minutes, or at `cuePoints` (seconds) when given; every break lands on a segment boundary.
 */
export class AdConfig {
  @ApiProperty({ description: 'An ad break before the video starts.', example: true })
  @IsDefined()
  @IsBoolean()
  preRoll!: boolean;

  @ApiProperty({ description: 'Ad breaks during the video (every `frequency` minutes, or at `cuePoints`).', example: true })
  @IsDefined()
  @IsBoolean()
  midRoll!: boolean;

  @ApiProperty({ description: 'An ad break after the video ends.', example: false })
  @IsDefined()
  @IsBoolean()
  postRoll!: boolean;

  @ApiPropertyOptional({ description: 'Minutes between mid-rolls; required for mid-rolls without cue points. More than 0.', example: 5, minimum: 0, exclusiveMinimum: true, maximum: AD_FREQUENCY_MAX_MINUTES })
  @ValidateIf((c: AdConfig) => (c.midRoll === true && c.cuePoints === undefined) || c.frequency !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'frequency must be a number of minutes' })
  @IsPositive({ message: 'frequency must be more than 0 minutes' })
  @Max(AD_FREQUENCY_MAX_MINUTES)
  frequency?: number;

  @ApiPropertyOptional({ type: [Number], description: 'Mid-roll positions in seconds from the start (each within the video; snapped to a segment boundary). Wins over `frequency`.', example: [30, 95.5], maxItems: AD_CUE_POINTS_MAX })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AD_CUE_POINTS_MAX)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true, message: 'each cue point must be a number of seconds' })
  @Min(0, { each: true, message: 'cue points must be 0 seconds or more' })
  cuePoints?: number[];
}

export const AdBreakKinds = ['preroll', 'midroll', 'postroll'] as const;
export type AdBreakKind = (typeof AdBreakKinds)[number];

export class AdBreakInfo {
  @ApiProperty({ example: 'midroll-2', description: 'Stable within the video: the VMAP breakId and the DATERANGE ID.' }) id!: string;
  @ApiProperty({ enum: AdBreakKinds }) kind!: AdBreakKind;
  @ApiProperty({ description: 'Media time of the break in seconds (a segment boundary; the end of the video for a post-roll).', example: 300 }) offsetSeconds!: number;
  @ApiProperty({ description: 'VMAP timeOffset: `start`, `end` or HH:MM:SS.mmm.', example: '00:05:00.000' }) timeOffset!: string;
}

export class StreamAds {
  @ApiProperty({ description: 'VMAP 1.0 document of this playback (relative to the API host; fetched with the access token like the playlists).', example: '/api/v1/playback/665f.../tok/ads.vmap' })
  vmap!: string;
  @ApiProperty({ type: [AdBreakInfo] }) breaks!: AdBreakInfo[];
}

export const AdTrackingEvents = ['impression', 'firstQuartile', 'midpoint', 'thirdQuartile', 'complete', 'click'] as const;
export type AdTrackingEvent = (typeof AdTrackingEvents)[number];

/** Query of the built-in VAST server (`GET /ads/vast`): the AdTagURI a VMAP break carries. */
export class VastQuery {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) @Matches(/^[a-f0-9]{24}$/, { message: 'videoId must be a video id' }) videoId!: string;
  @ApiProperty({ description: 'The playbackSessionId of the stream response.' }) @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'sessionId must be a playback session id' }) sessionId!: string;
  @ApiProperty({ example: 'midroll-1' }) @Matches(/^(preroll|postroll|midroll-\d{1,3})$/, { message: 'breakId must be preroll, postroll or midroll-N' }) breakId!: string;
}

export class VastRequest extends VastQuery {
  /** `https://host` the player reached the API at (the tracking URLs start with it). */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }) apiBase!: string;
}

/** A VAST tracking pixel (`GET /ads/track`): becomes an `ad_*` analytics event of the playback session. */
export class AdTrackingQuery extends VastQuery {
  @ApiProperty({ enum: AdTrackingEvents }) @IsIn(AdTrackingEvents) event!: AdTrackingEvent;
}

export class XmlDocumentResponse {
  body!: string;
}
