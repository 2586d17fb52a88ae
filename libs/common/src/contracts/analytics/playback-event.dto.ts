import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsIn, IsInt, IsISO8601, IsNumber, IsObject, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
import type { FieldError } from '../../errors/domain-error.js';

/** What a player or an engagement source reports. `like`/`share`/`comment` may carry a count. */
export const PlaybackEventTypes = [
  'view_start',
  'play',
  'pause',
  'seek',
  'heartbeat',
  'buffer_start',
  'buffer_end',
  'rendition_change',
  'error',
  'ended',
  'like',
  'share',
  'comment',
] as const;
export type PlaybackEventType = (typeof PlaybackEventTypes)[number];

// Ids become keys of Mongo sub-documents: no '.', no leading '$' (see DESIGN.md).
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ID_MESSAGE = 'must be 1-64 characters of A-Z, a-z, 0-9, _ or -';
const has = (...types: PlaybackEventType[]) => (event: PlaybackEvent) => types.includes(event.type);

/** One event as a client sends it. Type-specific fields are checked only for their type. */
export class PlaybackEvent {
  @ApiProperty({ example: 'evt-0001', description: 'Client-generated, unique within the session; duplicates count once.' })
  @Matches(ID, { message: `id ${ID_MESSAGE}` })
  id!: string;

  @ApiProperty({ example: 'sess-7f3a', description: 'One playback session of one video on one device.' })
  @Matches(ID, { message: `sessionId ${ID_MESSAGE}` })
  sessionId!: string;

  @ApiProperty({ example: 'vid-42' })
  @Matches(ID, { message: `videoId ${ID_MESSAGE}` })
  videoId!: string;

  @ApiProperty({ enum: PlaybackEventTypes })
  @IsIn(PlaybackEventTypes)
  type!: PlaybackEventType;

  @ApiProperty({ example: '2026-11-24T02:00:00.000Z', description: 'Client clock; decides the hour bucket.' })
  @IsISO8601({ strict: true })
  clientTs!: string;

  @ApiPropertyOptional({ description: 'heartbeat, seek, pause, ended: playhead in seconds.' })
  @ValidateIf(has('heartbeat', 'seek', 'pause', 'ended'))
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e6)
  positionSec?: number;

  @ApiPropertyOptional({ description: 'heartbeat, ended: seconds actually played since the previous heartbeat (watch time).' })
  @ValidateIf(has('heartbeat', 'ended'))
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(3600)
  playedSec?: number;

  @ApiPropertyOptional({ description: 'play (first of a session): milliseconds from view_start to the first frame.' })
  @ValidateIf(has('play'))
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600_000)
  startupMs?: number;

  @ApiPropertyOptional({ description: 'buffer_end: milliseconds the player stalled.' })
  @ValidateIf(has('buffer_end'))
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  stallMs?: number;

  @ApiPropertyOptional({ description: 'rendition_change (required), heartbeat: current bitrate in kbit/s.' })
  @ValidateIf((event: PlaybackEvent) => event.type === 'rendition_change' || (event.type === 'heartbeat' && event.bitrateKbps !== undefined))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  bitrateKbps?: number;

  @ApiPropertyOptional({ example: '1920x1080', description: 'rendition_change: resolution of the new rendition.' })
  @ValidateIf(has('rendition_change'))
  @IsOptional()
  @Matches(/^\d{2,5}x\d{2,5}$/, { message: 'resolution must look like 1920x1080' })
  resolution?: string;

  @ApiPropertyOptional({ example: 'MEDIA_ERR_DECODE', description: 'error: the player error code.' })
  @ValidateIf(has('error'))
  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'errorCode must be 1-64 printable characters' })
  errorCode?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 1, description: 'like, share, comment: how many (counts forwarded by other services).' })
  @ValidateIf(has('like', 'share', 'comment'))
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  count?: number;
}

export class IngestEventsRequest {
  @ApiProperty({ type: [PlaybackEvent], description: 'Up to EVENTS_MAX_BATCH events; each is checked on its own.' })
  @IsArray()
  @IsObject({ each: true, message: 'each event must be an object' })
  events!: object[];
}

export class EventRejection {
  @ApiProperty({ description: 'Position of the event in the batch.' }) index!: number;
  @ApiPropertyOptional() id?: string;
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } })
  errors!: FieldError[];
}

export class IngestEventsResponse {
  @ApiProperty({ description: 'Derived from the accepted events: re-sending the same batch gives the same id and counts once.' })
  batchId!: string;
  @ApiProperty() accepted!: number;
  @ApiProperty({ type: [EventRejection] }) rejected!: EventRejection[];
}

/** A validated batch as it travels on JetStream (one message per HTTP request). */
export interface PlaybackBatch {
  batchId: string;
  receivedAt: string;
  /** From the verified token; absent for anonymous players. */
  userId?: string;
  events: PlaybackEvent[];
}
