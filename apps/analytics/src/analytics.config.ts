import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ANALYTICS_STREAM, ServiceConfig } from '@onstream/common';

const DAY_MS = 24 * 3600_000;
/** How long the ANALYTICS stream keeps a batch: the longest a batch can wait to be (re)delivered. */
const STREAM_MAX_AGE_MS = ANALYTICS_STREAM.maxAgeMs ?? 7 * DAY_MS;

export class AnalyticsConfig extends ServiceConfig {
  /** A session counts as a view once it has played this many seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  VIEW_THRESHOLD_SECONDS = 30;

  /** How often trending scores are computed and published; 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(24 * 3600_000)
  TRENDING_INTERVAL_MS = 60_000;

  /**
   * Most playback batches applied together in one group (one ledger read, one parts insert): the
   * store's cost is per round trip, so larger groups apply more (ADR 0003: 3.5k events/s at 100, 8.7k at 500).
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  AGGREGATION_GROUP_SIZE = 500;

  /**
   * Groups applied at once. Groups that share a session claim one after another (SessionLocks):
   * FerretDB 1.24 was seen to let two concurrent guarded updates of one ledger both succeed, so one
   * writer per session is kept in process (ADR 0003, ADR 0037).
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(32)
  AGGREGATION_CONCURRENCY = 2;

  /**
   * Claims held at most by the session ledgers this process keeps from its own writes (ADR 0038):
   * a continuing session is then planned without a read. 75–150 bytes a claim (500,000: 40–75 MB); 0 turns it off.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  LEDGER_CACHE_CLAIMS = 500_000;

  /**
   * How long a session ledger is kept after its last write (ADR 0040). At least a day longer than the
   * ANALYTICS stream keeps a batch, so any batch that can still be delivered finds its session's ledger
   * and is applied once.
   */
  @Type(() => Number)
  @IsInt()
  @Min(STREAM_MAX_AGE_MS + DAY_MS)
  @Max(3650 * DAY_MS)
  LEDGER_RETENTION_MS = 14 * DAY_MS;

  /** How often ledgers past LEDGER_RETENTION_MS are deleted; 0 turns pruning off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(DAY_MS)
  LEDGER_PRUNE_INTERVAL_MS = 3600_000;

  /** How long a known video owner (videoId → creatorId) is kept in process. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3600_000)
  OWNER_CACHE_TTL_MS = 30_000;

  /** How long "no owner known" is kept: short, media's event naming the owner may be just behind. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60_000)
  OWNER_CACHE_UNKNOWN_TTL_MS = 2000;

  /** Deadline of the revenue figures asked from billing for reports; past it the report is marked partial. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(30_000)
  ANALYTICS_BILLING_TIMEOUT_MS = 2000;
}
