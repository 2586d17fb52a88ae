import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

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

  /** Where the processes of one deployment differ (e.g. e2e tests): prefixes Mongo db names. */
  @IsOptional()
  @Matches(/^[a-z0-9_]*$/, { message: 'may hold only a-z, 0-9 and _' })
  MONGO_DB_PREFIX = '';

  /**
   * At SIGTERM a service stops taking messages, then waits this long for in-flight handlers
   * before closing its NATS connection (answers after the callers' deadline are useless anyway).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60_000)
  SHUTDOWN_GRACE_MS = 3000;

  /** Port of this process's Prometheus `/metrics` endpoint; 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT = 0;

  /** Address the metrics endpoint binds: keep it off the public network. */
  @IsString()
  METRICS_HOST = '127.0.0.1';

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
