import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

const ORIGIN_LIST = /^$|^https?:\/\/[^\s,/]+(,https?:\/\/[^\s,/]+)*$/;
import { BaseConfig } from '@onstream/common';
import type { RateLimitPolicy } from './rate-limit/rate-limit.policy.js';

export class GatewayConfig extends BaseConfig {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  GATEWAY_PORT = 3000;

  /** 127.0.0.1 locally; 0.0.0.0 in containers. */
  @IsString()
  GATEWAY_HOST = '127.0.0.1';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Largest JSON body the gateway reads; uploads use their own route. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /** Largest body of the account routes under /auth (credentials, tokens, e-mails): small by nature. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024)
  AUTH_BODY_LIMIT_BYTES = 16 * 1024;

  /** JSON bodies nested deeper than this are refused with 400 before validation (no DTO needs more). */
  @Type(() => Number)
  @IsInt()
  @Min(4)
  @Max(256)
  JSON_MAX_DEPTH = 32;

  /** Deadline for each service's answer to a readiness probe. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(30_000)
  HEALTH_TIMEOUT_MS = 2000;

  /**
   * How long one command to the gateway's Redis (token denylist, rate limits, page cache) may take. A
   * Redis that holds the connection open without answering would otherwise hold every request in the
   * guards with no deadline; past this the request answers 503 with Retry-After.
   */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(10_000)
  REDIS_COMMAND_TIMEOUT_MS = 1000;

  /** Verifies access tokens (HS256). Required, no default: secrets come only from the environment. */
  @IsString()
  @MinLength(32)
  JWT_SECRET!: string;

  /** Verifies the playback session ids of analytics events (media signs them); empty: derived from JWT_SECRET. */
  @ValidateIf((c: GatewayConfig) => Boolean(c.PLAYBACK_SESSION_SECRET))
  @MinLength(32)
  PLAYBACK_SESSION_SECRET?: string;

  /** Lifetime of an access token; also how long a revoked session stays on the denylist. */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(24 * 3600)
  JWT_ACCESS_TTL_SECONDS = 900;

  /** Browser origins allowed to call the API with credentials, comma-separated; empty: none. */
  @Matches(ORIGIN_LIST, { message: 'must be empty or comma-separated http(s)://host[:port] origins' })
  CORS_ORIGINS = '';

  /**
   * Which proxies to believe for the client IP (X-Forwarded-For): `false`, `true`, or
   * comma-separated addresses/CIDRs. Only trust what really sits in front of the gateway.
   */
  @Matches(/^(false|true|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, { message: 'must be false, true or a list of addresses/CIDRs' })
  TRUST_PROXY = 'false';

  /** Object storage the tus upload endpoint writes to (the same bucket media reads). */
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s):// URL' })
  S3_ENDPOINT = 'http://127.0.0.1:9000';

  /** Host players fetch signed segment URLs from (media's setting); the /play page may connect to it. Empty: S3_ENDPOINT. */
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

  /** S3 multipart part size of resumable uploads (at least 5 MiB, an S3 rule). */
  @Type(() => Number)
  @IsInt()
  @Min(5 * 1024 * 1024)
  @Max(512 * 1024 * 1024)
  UPLOAD_PART_BYTES = 8 * 1024 * 1024;

  /** An upload not finished this long after it started is gone (410); media's sweep removes its objects. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  UPLOAD_EXPIRY_SECONDS = 24 * 3600;

  /** Request header holding the viewer's ISO country, set by the CDN or load balancer; believed only with TRUST_PROXY. */
  @Matches(/^[a-z0-9-]+$/, { message: 'must be a lower-case header name' })
  GEO_COUNTRY_HEADER = 'cf-ipcountry';

  /** Path of a MaxMind-format country database (GeoLite2-Country.mmdb or compatible) used when no trusted header names the country; empty: none. */
  @IsString()
  GEOIP_DATABASE = '';

  /** Origin of the segment URLs players are redirected to (the /play page's CSP allows it). */
  get mediaOrigin(): string {
    return new URL(this.S3_PUBLIC_ENDPOINT || this.S3_ENDPOINT).origin;
  }

  get corsOrigins(): string[] {
    return this.CORS_ORIGINS ? this.CORS_ORIGINS.split(',') : [];
  }

  get trustProxy(): boolean | string[] {
    if (this.TRUST_PROXY === 'true' || this.TRUST_PROXY === 'false') return this.TRUST_PROXY === 'true';
    return this.TRUST_PROXY.split(',');
  }

  /** Lifetime of cached public catalog reads (titles, lists, rows); staff edits clear the cache sooner. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600)
  CATALOG_CACHE_TTL_SECONDS = 24 * 3600;

  /** Cache-Control max-age of public catalog reads: how long browsers and CDNs may keep them before revalidating. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(24 * 3600)
  CATALOG_HTTP_MAX_AGE_SECONDS = 60;

  /** Lifetime of cached search results. 0 turns caching of that kind off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600)
  SEARCH_CACHE_TTL_SECONDS = 6 * 3600;

  /** Lifetime of cached trending feeds: analytics recomputes trending every minute or so. 0 = off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(24 * 3600)
  TRENDING_CACHE_TTL_SECONDS = 60;
  /** Most events one POST /events batch may hold (400 beyond). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  EVENTS_MAX_BATCH = 500;

  /** How far a client timestamp may lie in the future (clock skew) before the event is rejected. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(24 * 3600)
  EVENTS_FUTURE_TOLERANCE_SECONDS = 300;

  /** Oldest client timestamp accepted (late events land in their own past bucket). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 7)
  EVENTS_MAX_AGE_HOURS = 24;

  /** Per-IP request limits, counted in Redis so all replicas share them; false turns them off. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value === 'true' : value))
  @IsBoolean()
  RATE_LIMIT_ENABLED = true;

  /** Length of one rate-limit window; each limit below is requests per IP per window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /** Every route without a named limit below. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  RATE_LIMIT_DEFAULT = 100;

  /** POST /auth/login (on top of the users service’s failed-login counters). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  RATE_LIMIT_LOGIN = 10;

  /** POST /auth/signup. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  RATE_LIMIT_SIGNUP = 5;

  /** POST /auth/password/forgot and /auth/password/reset. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  RATE_LIMIT_PASSWORD_RESET = 5;

  /** Device pairing: creating and redeeming codes. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  RATE_LIMIT_PAIRING = 10;

  /** POST /events: players send beacons often, and many viewers may share one address (NAT). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  RATE_LIMIT_EVENTS = 1200;

  get rateLimits(): Record<RateLimitPolicy, number> {
    return {
      default: this.RATE_LIMIT_DEFAULT,
      login: this.RATE_LIMIT_LOGIN,
      signup: this.RATE_LIMIT_SIGNUP,
      'password-reset': this.RATE_LIMIT_PASSWORD_RESET,
      pairing: this.RATE_LIMIT_PAIRING,
      events: this.RATE_LIMIT_EVENTS,
    };
  }
}
