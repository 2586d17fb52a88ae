import { Type } from 'class-transformer';
import { IsBooleanString, IsIn, IsInt, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { createHmac } from 'node:crypto';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServiceConfig } from '@onstream/common';

const X264_PRESETS = ['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow', 'slower', 'veryslow'] as const;

/** One rung of the ABR ladder: `height:videoKbps:audioKbps`. */
export interface LadderRung {
  height: number;
  videoKbps: number;
  audioKbps: number;
}

export interface SourceLimits {
  maxWidth: number;
  maxHeight: number;
  maxPixels: number;
  maxDurationSeconds: number;
  maxFps: number;
  maxStreams: number;
  maxKbps: number;
  maxAudioChannels: number;
}

export class MediaConfig extends ServiceConfig {
  /**
   * VAST ad tag every VMAP break points at (`videoId`, `sessionId` and `breakId` are added to its
   * query); empty: the built-in house-ad server, `GET /api/v1/ads/vast` on the API host.
   */
  @Matches(/^$|^https?:\/\/\S+$/, { message: 'must be empty or an http(s):// URL' })
  AD_VAST_TAG_URL = '';

  /** The house ad's video file (MP4); empty: a clip media generates with ffmpeg and keeps in S3. */
  @Matches(/^$|^https?:\/\/\S+$/, { message: 'must be empty or an http(s):// URL' })
  AD_HOUSE_MEDIA_URL = '';

  /** Length of the house ad, and the PLANNED-DURATION of every ad break in the playlists. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  AD_BREAK_SECONDS = 10;

  /** Where a click on the house ad goes. */
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s):// URL' })
  AD_HOUSE_CLICK_URL = 'https://github.com/onstream';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s):// URL' })
  S3_ENDPOINT = 'http://127.0.0.1:9000';

  /** Host players fetch signed segment URLs from (a CDN or the public S3 name); empty: S3_ENDPOINT. */
  @Matches(/^$|^https?:\/\/\S+$/, { message: 'must be empty or an http(s):// URL' })
  S3_PUBLIC_ENDPOINT = '';

  @IsString()
  S3_REGION = 'us-east-1';

  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be a valid S3 bucket name' })
  S3_BUCKET = 'onstream-media';

  @IsString()
  S3_ACCESS_KEY = 'onstream';

  @IsString()
  S3_SECRET_KEY = 'onstream-secret';

  /** Prefix of every object key this deployment writes (tests isolate runs with it); ends with `/` when set. */
  @Matches(/^$|^[A-Za-z0-9_-]+\/$/, { message: 'must be empty or a word ending with /' })
  S3_KEY_PREFIX = '';

  /** Largest accepted upload. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  UPLOAD_MAX_BYTES = 4 * 1024 ** 3;

  /** File name extensions accepted for uploads (the content is checked by ffprobe as well). */
  @Matches(/^[a-z0-9]+(,[a-z0-9]+)*$/, { message: 'must be comma-separated lower-case extensions' })
  UPLOAD_EXTENSIONS = 'mp4,mov,m4v,mkv,webm,avi,mpg,mpeg,ts';

  /** Largest custom poster image (JPEG, PNG or WebP). */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  THUMBNAIL_MAX_BYTES = 5 * 1024 * 1024;

  /** Run transcode workers in this process (`false` for API-only replicas). */
  @IsBooleanString()
  TRANSCODE_WORKERS = 'true';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(32)
  TRANSCODE_CONCURRENCY = 1;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  TRANSCODE_ATTEMPTS = 3;

  /** First retry delay; doubles on each further attempt. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  TRANSCODE_BACKOFF_MS = 10_000;

  /**
   * How long a worker's claim on a job lasts without renewal; a worker that died loses its jobs
   * to another worker (or itself after a restart) within about this time.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  TRANSCODE_LOCK_MS = 60_000;

  @IsIn(X264_PRESETS)
  TRANSCODE_PRESET: (typeof X264_PRESETS)[number] = 'veryfast';

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(10)
  TRANSCODE_SEGMENT_SECONDS = 4;

  /** ABR ladder, highest first: `height:videoKbps:audioKbps`, comma-separated. Rungs above the source are skipped. */
  @Matches(/^\d{3,4}:\d{2,6}:\d{2,3}(,\d{3,4}:\d{2,6}:\d{2,3})*$/, { message: 'must be height:videoKbps:audioKbps entries, comma-separated' })
  TRANSCODE_LADDER = '1080:5000:192,720:2800:128,480:1400:128,360:800:96,240:400:64';

  @IsString()
  TRANSCODE_WORK_DIR = join(tmpdir(), 'onstream-media');

  /**
   * Limits on a source, checked from its probe before any transcoding (creators are not trusted input).
   * Defaults admit 8K landscape or portrait video of up to four hours.
   */
  @Type(() => Number)
  @IsInt()
  @Min(16)
  SOURCE_MAX_WIDTH = 7680;

  @Type(() => Number)
  @IsInt()
  @Min(16)
  SOURCE_MAX_HEIGHT = 7680;

  /** Largest caption file accepted (bytes, as uploaded); past it 413. NATS carries it, so keep it well under its max_payload. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(768 * 1024)
  CAPTION_MAX_BYTES = 512 * 1024;

  /** Width × height of one frame. */
  @Type(() => Number)
  @IsInt()
  @Min(256)
  SOURCE_MAX_PIXELS = 7680 * 4320;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  SOURCE_MAX_DURATION_SECONDS = 4 * 3600;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  SOURCE_MAX_FPS = 120;

  /** Streams of every kind (video, audio, subtitle, data) in the container. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SOURCE_MAX_STREAMS = 16;

  /** Overall bitrate the container declares, in kbit/s. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SOURCE_MAX_KBPS = 200_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  SOURCE_MAX_AUDIO_CHANNELS = 8;

  /** Wall-clock limit of one ffprobe run (it also runs while an upload completes). */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  PROBE_TIMEOUT_MS = 20_000;

  /** How often the outbox relay looks for unpublished video events (each write also wakes it). */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(600_000)
  MEDIA_OUTBOX_INTERVAL_MS = 1000;

  /**
   * Wall-clock limit of one ffmpeg run: TRANSCODE_TIMEOUT_BASE_SECONDS plus this many seconds per second
   * of source, never more than TRANSCODE_TIMEOUT_MAX_SECONDS. Past it the process is killed and the job fails.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  TRANSCODE_TIMEOUT_PER_SOURCE_SECOND = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  TRANSCODE_TIMEOUT_BASE_SECONDS = 120;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  TRANSCODE_TIMEOUT_MAX_SECONDS = 12 * 3600;

  /** Threads one ffmpeg run may use for decoding, filtering and encoding each. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  TRANSCODE_THREADS = Math.min(16, availableParallelism());

  /** Largest single memory block ffmpeg may allocate (`-max_alloc`): a forged frame size fails instead of eating the host. */
  @Type(() => Number)
  @IsInt()
  @Min(64 * 1024 * 1024)
  TRANSCODE_MAX_ALLOC_BYTES = 512 * 1024 * 1024;

  /** Largest custom poster in pixels: sharp refuses bigger images (decompression bombs) before decoding them. */
  @Type(() => Number)
  @IsInt()
  @Min(160 * 90)
  POSTER_MAX_PIXELS = 50_000_000;

  /** One storyboard tile every this many seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  STORYBOARD_INTERVAL_SECONDS = 5;

  /** Signs playback tokens (HMAC-SHA256); empty: derived from JWT_SECRET. */
  @ValidateIf((c: MediaConfig) => Boolean(c.PLAYBACK_TOKEN_SECRET))
  @MinLength(32)
  PLAYBACK_TOKEN_SECRET?: string;

  @ValidateIf((c: MediaConfig) => Boolean(c.JWT_SECRET))
  @MinLength(32)
  JWT_SECRET?: string;

  /** Signs the playback session ids analytics events must carry; shared with the gateway; empty: derived from JWT_SECRET. */
  @ValidateIf((c: MediaConfig) => Boolean(c.PLAYBACK_SESSION_SECRET))
  @MinLength(32)
  PLAYBACK_SESSION_SECRET?: string;

  /**
   * Lifetime of a playback grant between renewals: the first fetch after it renews the grant if the
   * viewer's session and entitlement still hold, so revoking either stops playback within this time.
   */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(24 * 3600)
  PLAYBACK_TOKEN_TTL_SECONDS = 300;

  /**
   * A viewer whose country is unknown (no trusted header, no GeoIP match) and a video with a deny
   * list: `deny` (default) refuses, failing closed; `allow` lets them play. Allow lists always refuse.
   */
  @IsIn(['deny', 'allow'])
  GEO_UNKNOWN_COUNTRY: 'deny' | 'allow' = 'deny';

  /** A playback grant is renewed for at most this long after its stream start (a long film with long pauses fits). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(72)
  PLAYBACK_MAX_HOURS = 12;

  /** Deadline of the entitlement question to billing at stream start; past it the viewer gets 503 (kept below the gateway's own deadline). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(30_000)
  ENTITLEMENT_TIMEOUT_MS = 2000;

  /** An upload not completed this long after it started is abandoned: its multipart upload is aborted and its tus objects removed. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  UPLOAD_EXPIRY_SECONDS = 24 * 3600;

  /** How often the abandoned-upload sweep runs (a repeatable BullMQ job); 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  UPLOAD_SWEEP_INTERVAL_MS = 3_600_000;

  /** Days a soft-deleted video's objects are kept before the cleanup job removes them. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  DELETED_RETENTION_SECONDS = 7 * 24 * 3600;

  get s3PublicEndpoint(): string {
    return this.S3_PUBLIC_ENDPOINT || this.S3_ENDPOINT;
  }

  get runsWorkers(): boolean {
    return this.TRANSCODE_WORKERS === 'true';
  }

  get uploadExtensions(): string[] {
    return this.UPLOAD_EXTENSIONS.split(',');
  }

  /** The source limits, as the inspector reads them. */
  get sourceLimits(): SourceLimits {
    return {
      maxWidth: this.SOURCE_MAX_WIDTH,
      maxHeight: this.SOURCE_MAX_HEIGHT,
      maxPixels: this.SOURCE_MAX_PIXELS,
      maxDurationSeconds: this.SOURCE_MAX_DURATION_SECONDS,
      maxFps: this.SOURCE_MAX_FPS,
      maxStreams: this.SOURCE_MAX_STREAMS,
      maxKbps: this.SOURCE_MAX_KBPS,
      maxAudioChannels: this.SOURCE_MAX_AUDIO_CHANNELS,
    };
  }

  /** How long one ffmpeg run over a source of this duration may take. */
  transcodeTimeoutMs(durationSeconds: number): number {
    const seconds = this.TRANSCODE_TIMEOUT_BASE_SECONDS + durationSeconds * this.TRANSCODE_TIMEOUT_PER_SOURCE_SECOND;
    return Math.round(Math.min(seconds, this.TRANSCODE_TIMEOUT_MAX_SECONDS) * 1000);
  }

  get ladder(): LadderRung[] {
    return this.TRANSCODE_LADDER.split(',').map((entry) => {
      const [height, videoKbps, audioKbps] = entry.split(':').map(Number);
      return { height, videoKbps, audioKbps };
    });
  }

  /** The playback signing key; a config without either secret fails at start. */
  get playbackSecret(): string {
    if (this.PLAYBACK_TOKEN_SECRET) return this.PLAYBACK_TOKEN_SECRET;
    if (!this.JWT_SECRET) throw new Error('Invalid configuration: PLAYBACK_TOKEN_SECRET (or JWT_SECRET) is required');
    return createHmac('sha256', this.JWT_SECRET).update('onstream-playback-tokens').digest('hex');
  }
}
