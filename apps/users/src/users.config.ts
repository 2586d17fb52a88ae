import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy } from 'class-validator';
import { ServiceConfig } from '@onstream/common';

/** The demo accounts of a local install (ADR 0022), created when DEMO_ACCOUNTS_PASSWORD is set. */
export const DEMO_VIEWER_EMAIL = 'viewer@onstream.test';
export const DEMO_STUDIO_EMAIL = 'studio@onstream.test';

/** A whole number of seconds within bounds. */
const Seconds = (min: number, max: number) => applyDecorators(Type(() => Number), IsInt(), Min(min), Max(max));

export class UsersConfig extends ServiceConfig {
  /** bcrypt work factor: each +1 doubles the cost of a hash (12 ≈ 250 ms here). */
  @Type(() => Number)
  @IsInt()
  @Min(4)
  @Max(15)
  BCRYPT_COST = 12;

  /** bcrypt runs at once; more wait their turn until the caller's deadline (ADR 0020). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  BCRYPT_CONCURRENCY = 2;

  /** Signs access tokens (HS256) and refresh-token MACs. Required, no default. */
  @IsString()
  @MinLength(32)
  JWT_SECRET!: string;

  @Seconds(60, 24 * 3600)
  JWT_ACCESS_TTL_SECONDS = 900;

  /** A session's refresh tokens stop working this long after its login. */
  @Seconds(3600, 365 * 24 * 3600)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  MAIL_FROM = 'OnStream <no-reply@onstream.local>';

  /** Base of the links in e-mails (the web app's pages that call the API with the token). */
  @Matches(/^https?:\/\/\S+[^/]$/, { message: 'must be an http(s) URL without a trailing slash' })
  PUBLIC_APP_URL = 'http://127.0.0.1:3000';

  @Seconds(300, 7 * 24 * 3600)
  EMAIL_VERIFICATION_TTL_SECONDS = 24 * 3600;

  @Seconds(300, 24 * 3600)
  PASSWORD_RESET_TTL_SECONDS = 3600;

  /** E-mails of one kind (verification or reset) sent to one account per hour. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  MAIL_PER_HOUR_LIMIT = 3;

  /** Failed logins for one e-mail address within the window before further tries are refused. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Failed logins from one IP address within the window before further tries are refused. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_MAX_FAILURES_PER_IP = 50;

  @Seconds(10, 24 * 3600)
  LOGIN_FAILURE_WINDOW_SECONDS = 900;

  /** Devices signed in at once per account without a plan (or while billing does not answer). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  MAX_ACTIVE_SESSIONS = 5;

  /** Deadline of the plan's device limit asked from billing at sign-in; past it MAX_ACTIVE_SESSIONS applies. */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(10_000)
  DEVICE_LIMIT_TIMEOUT_MS = 1000;

  /** Lifetime of a device pairing code. */
  @Seconds(60, 3600)
  PAIRING_CODE_TTL_SECONDS = 600;

  /** Wrong pairing codes from one IP address within 15 minutes before further tries are refused. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  PAIRING_MAX_FAILURES_PER_IP = 10;

  /** Tries per notification e-mail (a refused or unreachable SMTP server is retried). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  NOTIFICATION_MAIL_ATTEMPTS = 8;

  /** Delay before the first retry of a notification e-mail; it doubles on each further try. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3600_000)
  NOTIFICATION_MAIL_BACKOFF_MS = 5000;

  /** Run the notification e-mail worker in this process (`false` for replicas that should only enqueue). */
  @Matches(/^(true|false)$/, { message: 'must be true or false' })
  NOTIFICATION_MAIL_WORKERS = 'true';

  get runsMailWorkers(): boolean {
    return this.NOTIFICATION_MAIL_WORKERS === 'true';
  }

  /** How often the outbox relay publishes library events stored with their change (each write also wakes it; ADR 0018). */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(600_000)
  USERS_OUTBOX_INTERVAL_MS = 1000;

  /** First admin, created at start when no account has this e-mail (both or neither). */
  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10)
  ADMIN_PASSWORD?: string;

  /**
   * Password of the demo viewer and studio accounts (DEMO_VIEWER_EMAIL, DEMO_STUDIO_EMAIL), created
   * at start when set. Their password is printed by `npm run up`, so production refuses it.
   */
  @IsOptional()
  @IsString()
  @MinLength(10)
  @ValidateBy({
    name: 'notInProduction',
    validator: {
      validate: (_value: unknown, args) => (args?.object as UsersConfig).NODE_ENV !== 'production',
      defaultMessage: () => 'must be unset with NODE_ENV=production (demo accounts have a printed password)',
    },
  })
  DEMO_ACCOUNTS_PASSWORD?: string;
}
