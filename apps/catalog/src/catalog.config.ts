import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ServiceConfig } from '@onstream/common';

export class CatalogConfig extends ServiceConfig {
  /**
   * Optional MovieLens "ml-latest-small" folder imported on first start when the catalog is empty
   * (non-commercial licence, so never shipped). Relative paths are resolved from the working
   * directory (the repo root for npm scripts). Empty, or a folder without the MovieLens files,
   * means the demo catalog shipped in the repository is the seed.
   */
  @IsString()
  CATALOG_SEED_DIR = '';

  /** Import at most this many films (0 = all); e2e runs use a small subset. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  CATALOG_SEED_LIMIT = 0;

  /** Titles per bulkWrite batch of the seed import; also the resume checkpoint granularity. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(5000)
  CATALOG_IMPORT_BATCH_SIZE = 500;

  /** Start the seed import in the background when the catalog is empty. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value === 'true' : value))
  @IsBoolean()
  CATALOG_SEED_ON_START = true;

  /** Base of image URLs; TMDb's CDN by default. */
  @Matches(/^https?:\/\/\S+[^/]$/, { message: 'must be an http(s) URL without a trailing slash' })
  CATALOG_IMAGE_BASE_URL = 'https://image.tmdb.org/t/p';

  /** TMDb API base; tests point it at a local fake. */
  @Matches(/^https?:\/\/\S+[^/]$/, { message: 'must be an http(s) URL without a trailing slash' })
  TMDB_API_BASE = 'https://api.themoviedb.org/3';

  /** TMDb v3 API key; or set TMDB_ACCESS_TOKEN (v4 read token). Neither = no TMDb, seed only. */
  @IsOptional()
  @IsString()
  TMDB_API_KEY?: string;

  @IsOptional()
  @IsString()
  TMDB_ACCESS_TOKEN?: string;

  /** TMDb requests in flight at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(40)
  TMDB_CONCURRENCY = 4;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  TMDB_TIMEOUT_MS = 5000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  TMDB_RETRIES = 4;

  /** Analytics' trending scores back the trending feed once they cover at least this many titles (per audience and genre). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  CATALOG_TRENDING_MIN_TITLES = 5;

  /** m of the weighted rating behind the rating sort: a title's own average counts fully only well past this many votes. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  CATALOG_RATING_MIN_VOTES = 25;
  /** Redis of the catalog's BullMQ queue (nightly TMDb refresh, admin backfills). */
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** When the TMDb refresh of popular and trending titles runs (cron, UTC); only with a TMDb key. */
  @Matches(/^\S+( \S+){4,5}$/, { message: 'must be a cron pattern with 5 or 6 fields, e.g. 0 3 * * *' })
  TMDB_REFRESH_CRON = '0 3 * * *';

  /** Pages of TMDb's popular movies (20 each) the refresh reads. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  TMDB_POPULAR_PAGES = 1;

  /** Run catalog job workers (refresh, backfills) in this process; `false` for API-only replicas. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value === 'true' : value))
  @IsBoolean()
  CATALOG_JOB_WORKERS = true;

  /** When the "for you" model is retrained from every rating (cron, UTC). */
  @Matches(/^\S+( \S+){4,5}$/, { message: 'must be a cron pattern with 5 or 6 fields, e.g. 0 * * * *' })
  RECOMMENDER_TRAIN_CRON = '0 * * * *';

  /**
   * Staff edits within this window share one genre recount (a read of every title); the counts,
   * and the cached pages that show them, follow an edit this much later at most (issue 23).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60_000)
  GENRE_RECOUNT_DELAY_MS = 2000;

  /** Retrain after about this many new ratings arrived at one replica (besides the schedule). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RECOMMENDER_TRAIN_AFTER_SIGNALS = 1000;

  /**
   * How often each replica re-reads the titles changed and deleted lately (ADR 0041): a broadcast lost to a
   * crash between a write and its publish, or to a replica's NATS reconnect, is caught up within this. 0 = never.
   * 5 minutes because FerretDB 1.24 answers the `updatedAt` range by decoding every title (about 5 s at
   * 100,000 titles); on MongoDB the index serves it and 10 s is cheap.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  CATALOG_INDEX_CATCH_UP_MS = 300_000;

  /** How often each replica checks for a newer trained model. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  RECOMMENDER_MODEL_POLL_MS = 30_000;

  /** How long a profile's ratings, favourites and history stay cached in Redis for "for you" (writes and users' events keep them current; the bound covers a lost cache write or event). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(604_800)
  RECOMMENDER_SIGNAL_CACHE_TTL_SECONDS = 3600;

  /**
   * How long a profile's computed "for you" row stays cached (ADR 0036). Ratings, library changes and
   * the viewer's rules reach it at once; new titles and popularity at most this late. At most an hour:
   * the version counters it is checked against last that long.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  RECOMMENDER_ROW_CACHE_TTL_SECONDS = 600;

  /**
   * MediaWiki API endpoint (`https://<wiki>/api.php`) the tag import asks for a page's categories, e.g.
   * a Fandom wiki's. Empty = the import is off (503). Staff name a page of this wiki, never a URL.
   */
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'must be an http(s) URL without query or fragment, e.g. https://bluey.fandom.com/api.php' })
  TAG_WIKI_API_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  TAG_WIKI_TIMEOUT_MS = 5000;

  /** Key of the "Movie of the Night" Streaming Availability API (seed 003's deep-link provider); none = the deep-link backfill is off (503). */
  @IsOptional()
  @IsString()
  MOVIE_OF_THE_NIGHT_API_KEY?: string;

  /** Its API base; tests point it at a local fake. */
  @Matches(/^https?:\/\/\S+[^/]$/, { message: 'must be an http(s) URL without a trailing slash' })
  MOVIE_OF_THE_NIGHT_API_BASE = 'https://streaming-availability.p.rapidapi.com';

  /** The country whose links the backfill stores (ISO 3166-1 alpha-2). */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @Matches(/^[a-z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 country like us' })
  DEEP_LINK_COUNTRY = 'us';
}
