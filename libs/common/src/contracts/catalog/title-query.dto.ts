import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsMongoId, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { AuthUser } from '../../auth/auth.types.js';
import { ViewingPolicyResponse } from '../users/library.dto.js';
import { PageQueryDto, MAX_PAGE_SIZE } from '../../pagination/pagination.dto.js';
import { MaxBytes } from '../../validation/max-bytes.js';
import { SortOrders, TitleSorts, TitleTypes, type SortOrder, type TitleSort, type TitleType } from './title-types.js';

/** `a,b` in a query string (or an array, once parsed) becomes a trimmed list. */
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter((part) => part.length > 0) : value;

export const COUNTRY = /^[A-Z]{2}$/;
export const COUNTRY_MESSAGE = 'country must be an ISO 3166-1 alpha-2 code like DE';
export const MAX_PROVIDER_ID = 1_000_000;
/** `?country=de` is accepted as DE. */
export const upperCountry = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
/** `8,337` → [8, 337]; anything else stays a string so validation names it. */
const toProviderIds = ({ value }: { value: unknown }) => {
  const text = Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.join(',') : value;
  return typeof text === 'string' ? text.split(',').map((part) => (/^\d{1,7}$/.test(part.trim()) ? Number(part.trim()) : part)) : text;
};

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

  @ApiPropertyOptional({ description: 'TMDb provider ids, comma-separated: only titles included in one of these subscriptions in `country`', example: '8,337' })
  @IsOptional() @Transform(toProviderIds) @IsArray() @ArrayMaxSize(50) @IsInt({ each: true, message: 'providers must be provider ids like 8,337' }) @Min(1, { each: true }) @Max(MAX_PROVIDER_ID, { each: true })
  providers?: number[];

  @ApiPropertyOptional({ example: 'DE', description: 'Country of the provider filter; default: the household’s, else the viewer’s geo country' })
  @IsOptional() @Transform(upperCountry) @Matches(COUNTRY, { message: COUNTRY_MESSAGE }) country?: string;

  @ApiPropertyOptional({ description: 'Only titles on your household’s streaming services (needs a token; resolved by the gateway)' })
  @IsOptional() @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean({ message: 'myServices must be true or false' })
  myServices?: boolean;
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

/**
 * Reads are public; a token, when sent, narrows them (kid profiles, maturity limits). For kid
 * profiles and paired devices the gateway also sends the viewing policy it read from users (the
 * one its cache key names); without one the catalog asks users itself.
 */
export class ViewerRequest {
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
  @IsOptional() @ValidateNested() @Type(() => ViewingPolicyResponse) policy?: ViewingPolicyResponse;
}

export class ListTitlesRequest extends ListTitlesQuery {
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
  @IsOptional() @ValidateNested() @Type(() => ViewingPolicyResponse) policy?: ViewingPolicyResponse;
}

export class GetTitleRequest extends ViewerRequest {
  @IsMongoId() id!: string;
  /** Country of the where-to-watch offers. */
  @IsOptional() @Matches(COUNTRY) country?: string;
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
  @IsOptional() @ValidateNested() @Type(() => ViewingPolicyResponse) policy?: ViewingPolicyResponse;
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
  @IsOptional() @ValidateNested() @Type(() => ViewingPolicyResponse) policy?: ViewingPolicyResponse;
}

export class SearchQuery extends TitleFilterQuery {
  @ApiProperty({ description: 'What the viewer typed; typos and unfinished words are fine', example: 'godfathr', maxLength: 200 })
  @IsString() @MinLength(1) @MaxLength(200) @MaxBytes(600) @Matches(/\S/, { message: 'q must not be blank' }) q!: string;
}

export class SearchRequest extends SearchQuery {
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
  @IsOptional() @ValidateNested() @Type(() => ViewingPolicyResponse) policy?: ViewingPolicyResponse;
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


/** The Axolotly launcher: what a paired device may show, page by page. */
export class ApprovedContentQuery extends PageQueryDto {}

export class ApprovedContentRequest extends ApprovedContentQuery {
  @ValidateNested() @Type(() => AuthUser) actor!: AuthUser;
  @IsOptional() @ValidateNested() @Type(() => ViewingPolicyResponse) policy?: ViewingPolicyResponse;
}
