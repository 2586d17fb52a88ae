import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListTitlesQuery, SortOrders, TitleSorts, type SortOrder, type TitleSort } from '@onstream/common';

/** Seed 002's sort keys: field and direction in one word. */
export const StreamifySorts = ['rating_asc', 'rating_desc', 'title_asc', 'title_desc', 'year_asc', 'year_desc'] as const;
type StreamifySort = (typeof StreamifySorts)[number];
const SEED_SORTS = [...TitleSorts, ...StreamifySorts] as const;
const FIELDS: Record<string, TitleSort> = { rating: 'rating', title: 'title', year: 'releaseDate' };

/** GET /api/movies (seeds 000 and 002): v1's filters, and `sort` as v1's or seed 002's keys. */
export class SeedMovieListQuery extends OmitType(ListTitlesQuery, ['sort', 'order'] as const) {
  @ApiPropertyOptional({ enum: SEED_SORTS, default: 'popularity', description: 'v1’s sorts, or seed 002’s `rating_asc` … `year_desc` (field and direction in one)' })
  @IsOptional() @IsIn(SEED_SORTS)
  sort?: TitleSort | StreamifySort;

  @ApiPropertyOptional({ enum: SortOrders, description: 'With v1’s sorts only. Default: desc, except asc for title' })
  @IsOptional() @IsIn(SortOrders)
  order?: SortOrder;
}

/** v1's sort and order for a seed sort: `year_desc` → releaseDate desc; v1's keys pass as they are. */
export function fromSeedSort(sort: SeedMovieListQuery['sort'], order: SortOrder | undefined): { sort: TitleSort; order?: SortOrder } {
  const seed = /^(rating|title|year)_(asc|desc)$/.exec(sort ?? '');
  if (seed?.[1] && seed[2]) return { sort: FIELDS[seed[1]] as TitleSort, order: seed[2] as SortOrder };
  return { sort: (sort as TitleSort | undefined) ?? 'popularity', ...(order && { order }) };
}
