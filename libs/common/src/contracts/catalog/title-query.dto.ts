import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsMongoId, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { AuthUser } from '../../auth/auth.types.js';
import { PageQueryDto, MAX_PAGE_SIZE } from '../../pagination/pagination.dto.js';
import { MaxBytes } from '../../validation/max-bytes.js';
import { SortOrders, TitleSorts, TitleTypes, type SortOrder, type TitleSort, type TitleType } from './title-types.js';

/** `a,b` in a query string (or an array, once parsed) becomes a trimmed list. */
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter((part) => part.length > 0) : value;

const MIN_YEAR = 1870;
const MAX_YEAR = 2100;

/** Filters shared by the title list and search. */
export class TitleFilterQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: TitleTypes, description: 'Default: movies, series and creator videos' })
  @IsOptional() @IsIn(TitleTypes) type?: TitleType;

  @ApiPropertyOptional({ description: 'Genre name(s), comma-separated; a title matches any of them', example: 'Drama,Crime' })
  @IsOptional() @Transform(toList) @ArrayMaxSize(10) @IsString({ each: true }) @Length(1, 50, { each: true }) genre?: string[];

  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR }) @IsOptional() @Type(() => Number) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) yearFrom?: number;
  @ApiPropertyOptional({ minimum: MIN_YEAR, maximum: MAX_YEAR }) @IsOptional() @Type(() => Number) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) yearTo?: number;
}

export class ListTitlesQuery extends TitleFilterQuery {
  @ApiPropertyOptional({ description: 'ISO 639-1 language (original or spoken)', example: 'en' }) @IsOptional() @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code' }) language?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 10, description: 'Lowest vote average (0–10)' }) @IsOptional() @Type(() => Number) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(10) ratingMin?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 10 }) @IsOptional() @Type(() => Number) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(10) ratingMax?: number;
  @ApiPropertyOptional({ description: '`COUNTRY:CERT` or just `CERT` (US)', example: 'US:PG-13' })
  @IsOptional() @Matches(/^([A-Z]{2}:)?[\p{L}\p{N} +\-/]{1,16}$/u, { message: 'certification must look like US:PG-13' }) certification?: string;
  @ApiPropertyOptional({ enum: TitleSorts, default: 'popularity' }) @IsOptional() @IsIn(TitleSorts) sort: TitleSort = 'popularity';
  @ApiPropertyOptional({ enum: SortOrders, description: 'Default: desc, except asc for title' }) @IsOptional() @IsIn(SortOrders) order?: SortOrder;
}

/** Reads are public; a token, when sent, narrows them (kid profiles, maturity limits). */
export class ViewerRequest {
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export class ListTitlesRequest extends ListTitlesQuery {
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export class GetTitleRequest extends ViewerRequest {
  @IsMongoId() id!: string;
}

export class PersonIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) @IsMongoId({ message: 'id must be a person id' }) id!: string;
}

export class GetPersonRequest extends ViewerRequest {
  @IsMongoId() id!: string;
}

export class FeedQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) limit: number = 20;
  @ApiPropertyOptional({ enum: TitleTypes }) @IsOptional() @IsIn(TitleTypes) type?: TitleType;
}

export const TrendingWindows = ['day', 'week'] as const;
export type TrendingWindow = (typeof TrendingWindows)[number];

export const Feeds = ['popular', 'trending', 'new', 'featured'] as const;
export type Feed = (typeof Feeds)[number];

export class TrendingQuery extends FeedQuery {
  @ApiPropertyOptional({ enum: TrendingWindows, default: 'week' }) @IsOptional() @IsIn(TrendingWindows) window: TrendingWindow = 'week';
  @ApiPropertyOptional({ description: 'Only titles of this genre (name)', example: 'Drama' }) @IsOptional() @IsString() @Length(1, 50) genre?: string;
}

export class FeedRequest extends TrendingQuery {
  @IsIn(Feeds) feed!: Feed;
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export class GenreSlugParam {
  @ApiProperty({ example: 'science-fiction' }) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'genre must be a slug like science-fiction' }) @MaxLength(50) slug!: string;
}

export class GenreTitlesRequest extends ListTitlesRequest {
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/) @MaxLength(50) slug!: string;
}

export class CategoriesQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 30, default: 10, description: 'Number of genre rows' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(30) rows: number = 10;
  @ApiPropertyOptional({ minimum: 1, maximum: 30, default: 12, description: 'Titles per row' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(30) perRow: number = 12;
}

export class CategoriesRequest extends CategoriesQuery {
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export class SearchQuery extends TitleFilterQuery {
  @ApiProperty({ description: 'What the viewer typed; typos and unfinished words are fine', example: 'godfathr', maxLength: 200 })
  @IsString() @MinLength(1) @MaxLength(200) @MaxBytes(600) @Matches(/\S/, { message: 'q must not be blank' }) q!: string;
}

export class SearchRequest extends SearchQuery {
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export class FacetCount {
  @ApiProperty() value!: string;
  @ApiProperty() count!: number;
}

export class SearchFacets {
  @ApiProperty({ type: [FacetCount] }) genres!: FacetCount[];
  @ApiProperty({ type: [FacetCount], description: 'Release years, newest first' }) years!: FacetCount[];
  @ApiProperty({ type: [FacetCount] }) types!: FacetCount[];
}

