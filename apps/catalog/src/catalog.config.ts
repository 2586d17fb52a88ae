import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { ServiceConfig } from '@onstream/common';

export class CatalogConfig extends ServiceConfig {
  /**
   * MovieLens "ml-latest-small" folder imported on first start when the catalog is empty.
   * Relative paths are resolved from the working directory (the repo root for npm scripts).
   * Empty, or a folder that does not exist, means no seed: the catalog simply starts empty.
   */
  @IsString()
  CATALOG_SEED_DIR = '../shared/datasets/movielens-small';

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
}
