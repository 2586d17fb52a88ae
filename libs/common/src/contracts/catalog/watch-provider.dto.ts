import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ActorRequest, AuthUser } from '../../auth/auth.types.js';

import { COUNTRY, COUNTRY_MESSAGE, MAX_PROVIDER_ID, upperCountry } from './title-query.dto.js';

export class WatchOfferDto {
  @ApiProperty({ example: 8, description: 'TMDb provider id' }) providerId!: number;
  @ApiProperty({ example: 'Netflix' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'https://image.tmdb.org/t/p/w92/pbpMk2JmcoNnQwx5JGpXngfoWtp.jpg' }) logoUrl!: string | null;
}

/** Where a title can be watched in one country (TMDb watch/providers, data by JustWatch). */
export class WhereToWatchDto {
  @ApiProperty({ example: 'DE' }) country!: string;
  @ApiProperty({ type: String, nullable: true, description: 'TMDb page listing the offers' }) link!: string | null;
  @ApiProperty({ type: [WatchOfferDto], description: 'Included in a subscription' }) flatrate!: WatchOfferDto[];
  @ApiProperty({ type: [WatchOfferDto] }) rent!: WatchOfferDto[];
  @ApiProperty({ type: [WatchOfferDto] }) buy!: WatchOfferDto[];
}

export class TmdbTrendingRanksDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Rank in TMDb’s trending of the day (1 = top)' }) day!: number | null;
  @ApiProperty({ type: Number, nullable: true }) week!: number | null;
}

export class WatchProviderDto {
  @ApiProperty({ example: 8 }) providerId!: number;
  @ApiProperty({ example: 'Netflix' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) logoUrl!: string | null;
  @ApiProperty({ description: 'TMDb’s display priority; lower first' }) displayPriority!: number;
  @ApiProperty({ type: [String], example: ['DE', 'US'], description: 'Countries where a catalog title is offered on it' }) countries!: string[];
}

export class WatchProviderListResponse {
  @ApiProperty({ type: [WatchProviderDto] }) items!: WatchProviderDto[];
}

export class CountryQuery {
  @ApiPropertyOptional({ example: 'DE', description: 'ISO 3166-1 country; default: the viewer’s country from the geo header' })
  @IsOptional() @Transform(upperCountry) @Matches(COUNTRY, { message: COUNTRY_MESSAGE }) country?: string;
}

export class ListWatchProvidersRequest extends CountryQuery {}

export class CheckWatchProvidersRequest {
  @IsInt({ each: true }) @Min(1, { each: true }) @Max(MAX_PROVIDER_ID, { each: true }) @ArrayMaxSize(100) providerIds!: number[];
}

export class CheckWatchProvidersResponse {
  @ApiProperty({ type: [Number], description: 'Ids that are not known providers' }) unknown!: number[];
}

export const BackfillKinds = ['episodes', 'images', 'providers', 'deep-links'] as const;
export type BackfillKind = (typeof BackfillKinds)[number];
export const CatalogJobKinds = [...BackfillKinds, 'tmdb-refresh', 'recommender-training'] as const;
export type CatalogJobKind = (typeof CatalogJobKinds)[number];
export const CatalogJobStates = ['waiting', 'active', 'completed', 'failed', 'delayed', 'unknown'] as const;
export type CatalogJobState = (typeof CatalogJobStates)[number];

export class StartBackfillBody {
  @ApiProperty({ enum: BackfillKinds, description: 'episodes: seasons and episodes of series; images: posters and backdrops; providers: where to watch; deep-links: app links (S1E1 for series) from the deep-link provider' })
  @IsIn(BackfillKinds) kind!: BackfillKind;
}

export class StartBackfillRequest extends StartBackfillBody {
  @ValidateNested() @Type(() => AuthUser) actor!: AuthUser;
}

export class CatalogJobIdParam {
  @ApiProperty({ example: 'backfill-providers-1732630000000' }) @Matches(/^[a-z-]{1,40}-\d{1,20}$/, { message: 'id must be a catalog job id' }) id!: string;
}

export class GetCatalogJobRequest extends ActorRequest {
  @Matches(/^[a-z-]{1,40}-\d{1,20}$/) id!: string;
}

/** A backfill or TMDb refresh run: its BullMQ state and counts. */
export class CatalogJobResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CatalogJobKinds }) kind!: CatalogJobKind;
  @ApiProperty({ enum: CatalogJobStates }) state!: CatalogJobState;
  @ApiProperty({ description: 'Titles handled so far (including failed ones)' }) processed!: number;
  @ApiProperty({ description: 'Titles to handle; 0 until the job has started' }) total!: number;
  @ApiProperty({ description: 'Titles TMDb failed on' }) failed!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) startedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
}
