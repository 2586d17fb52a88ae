import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Settings every OnStream process needs. Each app extends it with its own. */
export class BaseConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @Matches(/^nats:\/\/[^\s,]+(,nats:\/\/[^\s,]+)*$/, { message: 'must be one or more nats:// URLs separated by commas' })
  NATS_URL = 'nats://127.0.0.1:4222';

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  NATS_REQUEST_TIMEOUT_MS = 5000;

  /** Deadlines of single patterns, `pattern=ms,pattern=ms`; they win over the contracts' own and the default. */
  @Matches(/^$|^[a-z0-9.-]+=\d{3,6}(,[a-z0-9.-]+=\d{3,6})*$/, { message: 'must be empty or pattern=milliseconds pairs separated by commas' })
  NATS_PATTERN_TIMEOUTS = '';

  /** Extra tries of an idempotent read that got no answer (timeout, no responder); writes are never retried. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3)
  NATS_READ_RETRIES = 1;

  /** OTLP/HTTP collector base URL (traces go to `<url>/v1/traces`); empty: tracing off. */
  @IsOptional()
  @Matches(/^$|^https?:\/\/\S+$/, { message: 'must be empty or an http(s):// URL' })
  OTEL_EXPORTER_OTLP_ENDPOINT = '';

  /** Share of new traces recorded when tracing is on (a caller's own sampling decision is followed). */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  OTEL_TRACES_SAMPLE_RATIO = 1;

  /** Where the processes of one deployment differ (e.g. e2e tests): prefixes Mongo db names. */
  @IsOptional()
  @Matches(/^[a-z0-9_]*$/, { message: 'may hold only a-z, 0-9 and _' })
  MONGO_DB_PREFIX = '';

  /** BullMQ key prefix: deployments sharing a Redis but not a database (parallel e2e runs) keep their jobs apart. */
  get queuePrefix(): string {
    return this.MONGO_DB_PREFIX ? `bull-${this.MONGO_DB_PREFIX}` : 'bull';
  }

  /**
   * At SIGTERM a service stops taking messages, then waits this long for in-flight handlers
   * before closing its NATS connection (answers after the callers' deadline are useless anyway).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60_000)
  SHUTDOWN_GRACE_MS = 3000;

  /**
   * Request/reply handlers a service runs at once; past it a message is refused with 503 + Retry-After
   * (health checks, pings and JetStream consumers never are). Generous: it only cuts a real burst.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  MAX_IN_FLIGHT = 1000;

  /** Port of this process's Prometheus `/metrics` endpoint; 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT = 0;

  /** Address the metrics endpoint binds: keep it off the public network. */
  @IsString()
  METRICS_HOST = '127.0.0.1';

  get tracing(): { endpoint?: string; sampleRatio: number } {
    return { endpoint: this.OTEL_EXPORTER_OTLP_ENDPOINT || undefined, sampleRatio: this.OTEL_TRACES_SAMPLE_RATIO };
  }

  get natsServers(): string[] {
    return this.NATS_URL.split(',');
  }
}

/** Settings of a service that owns a Mongo database. */
export class ServiceConfig extends BaseConfig {
  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'must be a mongodb:// URL' })
  MONGO_URL = 'mongodb://127.0.0.1:27017';

  @IsString()
  @IsOptional()
  SERVICE_INSTANCE?: string;
}
