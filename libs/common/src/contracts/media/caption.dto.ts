import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsMongoId, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { PlaybackRequest } from './playback.dto.js';

/** HLS SUBTITLES kinds: `captions` and `descriptions` carry CHARACTERISTICS for accessibility. */
export const CaptionKinds = ['subtitles', 'captions', 'descriptions'] as const;
export type CaptionKind = (typeof CaptionKinds)[number];

export const CaptionFormats = ['vtt', 'srt'] as const;
export type CaptionFormat = (typeof CaptionFormats)[number];

/** A BCP 47 tag's shape (well-formedness is checked by the service with Intl); kept short for paths. */
export const CAPTION_LANGUAGE = /^[A-Za-z0-9-]{2,35}$/;

/** Caption file names under a playback grant: the language's media playlist or one WebVTT segment. */
export const CAPTION_FILE = /^(index\.m3u8|seg_\d{5,7}\.vtt)$/;

/** What a creator says about a caption track (HTTP query or JSON body). */
export class CaptionSettings {
  @ApiPropertyOptional({ enum: CaptionKinds, default: 'subtitles', description: '`captions` (for the deaf and hard of hearing) and `descriptions` are announced with CHARACTERISTICS in the master playlist.' })
  @IsOptional()
  @IsIn(CaptionKinds)
  kind?: CaptionKind;

  @ApiPropertyOptional({ example: 'English', description: 'The track name players show (default: the language tag).' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @Matches(/^[^"\r\n]+$/, { message: 'label must not contain quotes or line breaks' })
  label?: string;

  @ApiPropertyOptional({ description: 'Selected by default (at most one track: setting it clears the others).' })
  @IsOptional()
  @IsBoolean()
  default?: boolean;

  @ApiPropertyOptional({ description: 'Forced subtitles (shown even when the viewer turned subtitles off).' })
  @IsOptional()
  @IsBoolean()
  forced?: boolean;
}

/** JSON form of an upload: the file's text and its format beside the settings. */
export class CaptionUploadBody extends CaptionSettings {
  @ApiProperty({ enum: CaptionFormats, description: 'Format of `text`.' })
  @IsIn(CaptionFormats)
  format!: CaptionFormat;

  @ApiProperty({ description: 'The WebVTT or SubRip file as text.' })
  @IsString()
  text!: string;
}

export class CaptionRef extends ActorRequest {
  @IsMongoId()
  videoId!: string;

  @Matches(CAPTION_LANGUAGE)
  language!: string;
}

export class PutCaptionRequest extends CaptionRef {
  @IsIn(CaptionFormats)
  format!: CaptionFormat;

  @IsString()
  text!: string;

  @ValidateNested()
  @Type(() => CaptionSettings)
  settings!: CaptionSettings;
}

export class VideoCaptionsRequest extends ActorRequest {
  @IsMongoId()
  videoId!: string;
}

export class CaptionResponse {
  @ApiProperty({ example: 'en-GB', description: 'BCP 47 language tag, canonical case.' }) language!: string;
  @ApiProperty({ enum: CaptionKinds }) kind!: CaptionKind;
  @ApiProperty({ example: 'English' }) label!: string;
  @ApiProperty() default!: boolean;
  @ApiProperty() forced!: boolean;
  @ApiProperty({ description: 'Number of cues after normalisation.' }) cues!: number;
  @ApiProperty({ description: 'End of the last cue, seconds.' }) lastCueEndSeconds!: number;
  @ApiProperty({ description: 'Size of the normalised WebVTT, bytes.' }) bytes!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DroppedCaptionResponse {
  @ApiProperty() language!: string;
  @ApiProperty({ description: 'End of its last cue, seconds: past the new duration.' }) lastCueEndSeconds!: number;
  @ApiProperty({ description: 'Duration of the content that replaced the one the captions were made for.' }) durationSeconds!: number;
  @ApiProperty({ format: 'date-time' }) droppedAt!: string;
}

export class CaptionListResponse {
  @ApiProperty({ type: [CaptionResponse] }) items!: CaptionResponse[];
  @ApiPropertyOptional({ type: [DroppedCaptionResponse], description: 'Captions dropped when the content was replaced by a shorter one (owner and staff only).' })
  dropped?: DroppedCaptionResponse[];
}

export class CaptionFileResponse {
  /** The normalised WebVTT. */
  body!: string;
}

export class CaptionPlaybackRequest extends PlaybackRequest {
  @Matches(CAPTION_LANGUAGE)
  language!: string;

  @Matches(CAPTION_FILE)
  file!: string;
}
