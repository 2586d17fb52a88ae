import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  'ad_impression',
  'ad_first_quartile',
  'ad_midpoint',
  'ad_third_quartile',
  'ad_complete',
  'ad_click',
] as const;
export type PlaybackEventType = (typeof PlaybackEventTypes)[number];

/** Ad events (VAST trackers, see docs/ads.md): each names its break, one of each per break and session counts. */
export const AdEventTypes = ['ad_impression', 'ad_first_quartile', 'ad_midpoint', 'ad_third_quartile', 'ad_complete', 'ad_click'] as const satisfies readonly PlaybackEventType[];
export type AdEventType = (typeof AdEventTypes)[number];

/**
 * One event as a client sends it: the OpenAPI description. The rules live in PLAYBACK_EVENT_SCHEMA
 * below (a JSON Schema the gateway compiles once: events arrive by the ten thousand per second).
 */
export class PlaybackEvent {
  @ApiProperty({ example: 'evt-0001', description: 'Client-generated, unique within the session; duplicates count once.' })
  id!: string;

  @ApiProperty({ example: 'sess-7f3a', description: 'One playback session of one video on one device.' })
  sessionId!: string;

  @ApiProperty({ example: 'vid-42' })
  videoId!: string;

  @ApiProperty({ enum: PlaybackEventTypes })
  type!: PlaybackEventType;

  @ApiProperty({ example: '2026-11-24T02:00:00.000Z', description: 'Client clock; decides the hour bucket.' })
  clientTs!: string;

  @ApiPropertyOptional({ description: 'heartbeat, seek, pause, ended: playhead in seconds.' })
  positionSec?: number;

  @ApiPropertyOptional({ description: 'heartbeat, ended: seconds actually played since the previous heartbeat (watch time).' })
  playedSec?: number;

  @ApiPropertyOptional({ description: 'play (first of a session): milliseconds from view_start to the first frame.' })
  startupMs?: number;

  @ApiPropertyOptional({ description: 'buffer_end: milliseconds the player stalled.' })
  stallMs?: number;

  @ApiPropertyOptional({ description: 'rendition_change (required), heartbeat: current bitrate in kbit/s.' })
  bitrateKbps?: number;

  @ApiPropertyOptional({ example: '1920x1080', description: 'rendition_change: resolution of the new rendition.' })
  resolution?: string;

  @ApiPropertyOptional({ example: 'MEDIA_ERR_DECODE', description: 'error: the player error code.' })
  errorCode?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 1, description: 'like, share, comment: how many (counts forwarded by other services).' })
  count?: number;

  @ApiPropertyOptional({ example: 'midroll-1', description: 'ad_* events (required): the ad break (`breakId` of the VMAP).' })
  adBreakId?: string;
}

// Ids become keys of Mongo sub-documents: no '.', no leading '$' (see DESIGN.md).
const ID = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } as const;
/** Type-specific fields a type cannot go without. */
const REQUIRED_FOR = [['buffer_end', 'stallMs'], ['rendition_change', 'bitrateKbps'], ['error', 'errorCode'], ...AdEventTypes.map((type) => [type, 'adBreakId'] as const)] as const;

/**
 * The rules of one event, as JSON Schema (draft 2020-12 subset that Ajv compiles). Every field is
 * checked when present; a few are required for their type; anything else is refused.
 */
export const PLAYBACK_EVENT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'sessionId', 'videoId', 'type', 'clientTs'],
  properties: {
    id: ID,
    sessionId: ID,
    videoId: ID,
    type: { enum: [...PlaybackEventTypes] },
    // RFC 3339 with a zone; the gateway also refuses impossible dates (month 13) when it reads the clock.
    clientTs: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$' },
    positionSec: { type: 'number', minimum: 0, maximum: 1e6 },
    playedSec: { type: 'number', minimum: 0, maximum: 3600 },
    startupMs: { type: 'integer', minimum: 0, maximum: 600_000 },
    stallMs: { type: 'integer', minimum: 0, maximum: 3_600_000 },
    bitrateKbps: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    resolution: { type: 'string', pattern: '^\\d{2,5}x\\d{2,5}$' },
    errorCode: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,64}$' },
    count: { type: 'integer', minimum: 1, maximum: 1000 },
    adBreakId: { type: 'string', pattern: '^(preroll|postroll|midroll-\\d{1,3})$' },
  },
  allOf: REQUIRED_FOR.map(([type, field]) => ({ if: { type: 'object', required: ['type'], properties: { type: { const: type } } }, then: { required: [field] } })),
} as const;

/** Clearer words than "must match pattern …" for the patterned fields. */
const ID_MESSAGE = 'must be 1-64 characters of A-Z, a-z, 0-9, _ or -';
export const PLAYBACK_EVENT_PATTERN_MESSAGES: Record<string, string> = {
  id: `id ${ID_MESSAGE}`,
  sessionId: `sessionId ${ID_MESSAGE}`,
  videoId: `videoId ${ID_MESSAGE}`,
  clientTs: 'clientTs must be an RFC 3339 timestamp with a zone, like 2026-11-24T02:00:00.000Z',
  resolution: 'resolution must look like 1920x1080',
  errorCode: 'errorCode must be 1-64 printable characters',
  adBreakId: 'adBreakId must be preroll, postroll or midroll-N',
};

/**
 * A batch as a client sends it: the OpenAPI description. The rules live in INGEST_EVENTS_REQUEST_SCHEMA
 * (checked by the gateway with the events': class-transformer's walk of every event of every batch
 * took a sixth of the gateway's time under ingest load).
 */
export class IngestEventsRequest {
  @ApiProperty({ type: [PlaybackEvent], description: 'Up to EVENTS_MAX_BATCH events; each is checked on its own.' })
  events!: object[];
}

/** The batch envelope: an `events` array of objects and nothing else; each event is then checked on its own. */
export const INGEST_EVENTS_REQUEST_SCHEMA = {
  type: 'object',
  required: ['events'],
  additionalProperties: false,
  properties: { events: { type: 'array', items: { type: 'object' } } },
} as const;

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
