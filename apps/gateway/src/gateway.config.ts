import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { BaseConfig } from '@onstream/common';

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

  /** Deadline for each service's answer to a readiness probe. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(30_000)
  HEALTH_TIMEOUT_MS = 2000;

  /** Verifies access tokens (HS256). Required, no default: secrets come only from the environment. */
  @IsString()
  @MinLength(32)
  JWT_SECRET!: string;

  /** Lifetime of an access token; also how long a revoked session stays on the denylist. */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(24 * 3600)
  JWT_ACCESS_TTL_SECONDS = 900;

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
}
