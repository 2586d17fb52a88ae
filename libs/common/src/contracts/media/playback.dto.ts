import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsMongoId, IsOptional, IsString, IsUrl, Length, Matches } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { StreamAds as StreamAdsShape } from './ad-config.dto.js';

export class StreamRequest extends ActorRequest {
  @IsMongoId()
  videoId!: string;

  /** ISO 3166-1 alpha-2 of the viewer, from the configured edge header; absent when unknown. */
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

export class StreamResponse {
  @ApiProperty({ description: 'Master playlist URL (relative to the API host) carrying the playback grant of this stream.', example: '/api/v1/playback/665f.../master.m3u8?token=...' })
  manifestUrl!: string;
  @ApiProperty({ format: 'date-time', description: 'When the grant lapses unless the player keeps fetching: a fetch after it renews the grant while the session and entitlement last.' })
  expiresAt!: string;
  @ApiProperty({ description: 'Id of this playback (one per stream start).' })
  playbackId!: string;
  @ApiProperty({ description: 'The `sessionId` this playback’s analytics events must carry (POST /events): events under a session id media did not issue for that video are refused.' })
  playbackSessionId!: string;
  @ApiProperty({ description: 'Whether segments are AES-128 encrypted.' }) encrypted!: boolean;
  @ApiProperty({ description: 'Signed URL of the poster image (JPEG), valid as long as the token.' }) posterUrl!: string;
  @ApiProperty({ description: 'Storyboard WebVTT (relative to the API host) whose cues point at signed sprite URLs with #xywh= tiles.' }) storyboardUrl!: string;
  @ApiProperty({ type: [String], example: ['720p', '480p'], description: 'Renditions this viewer receives, highest first: those above the plan’s maximum quality are left out of the master playlist.' })
  renditions!: string[];
  @ApiPropertyOptional({ type: () => StreamAdsShape, description: 'ad_supported videos: the VMAP of this playback and its breaks (also EXT-X-DATERANGE tags in the media playlists).' })
  ads?: StreamAdsShape;
}

/**
 * A playlist, key, storyboard or segment read with a playback token, by the viewer whose sign-in
 * session (and profile) started the playback: the player sends its access token with each fetch.
 */
export class PlaybackRequest extends ActorRequest {
  @IsMongoId()
  videoId!: string;

  @IsString()
  @Length(10, 1024)
  token!: string;
}

export const PLAYLIST_NAME = /^[a-z0-9]{1,16}$/;

export class PlaylistRequest extends PlaybackRequest {
  /** `master` or a rendition name such as `720p`. */
  @Matches(PLAYLIST_NAME)
  playlist!: string;
}

/** `init.mp4` (`init_N.mp4` for variant N of a ladder) or `seg_00042.m4s`: the files ffmpeg writes into a rendition folder. */
export const SEGMENT_FILE = /^(init(_\d{1,2})?\.mp4|seg_\d{5,7}\.m4s)$/;

export class SegmentRequest extends PlaybackRequest {
  @Matches(PLAYLIST_NAME)
  rendition!: string;

  @Matches(SEGMENT_FILE)
  file!: string;
}

export class SegmentResponse {
  /** A presigned object URL, valid for a few seconds: the gateway redirects the player to it. */
  url!: string;
}

export class PlaylistResponse {
  body!: string;
}

export class KeyResponse {
  /** The 16-byte AES key, base64. */
  keyBase64!: string;
}

/** The VMAP of one playback: the grant says which video and viewer. */
export class VmapRequest extends PlaybackRequest {
  /** `https://host` the player reached the API at (the built-in VAST server's URLs start with it). */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }) apiBase!: string;
}
