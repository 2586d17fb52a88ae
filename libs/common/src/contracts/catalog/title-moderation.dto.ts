import { Type } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsMongoId, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ActorRequest, AuthUser } from '../../auth/auth.types.js';
import type { TitleType } from './title-types.js';

/** TMDb numbers movies and series separately: these are the kinds a TMDb id names. */
export const TmdbTitleTypes = ['movie', 'series'] as const;
export type TmdbTitleType = (typeof TmdbTitleTypes)[number];

/**
 * Service-to-service: does this title exist for this caller? Answers 404 when it does not, is
 * above the caller's maturity limit, or is hidden by moderation and the caller is not staff.
 */
export class TitleLookupRequest {
  @IsMongoId() id!: string;
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export class TmdbIdPathParam {
  @ApiProperty({ example: 238, description: 'TMDb id' }) @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) tmdbId!: number;
}

export class TmdbTypeQuery {
  @ApiPropertyOptional({ enum: TmdbTitleTypes, default: 'movie' }) @IsOptional() @IsIn(TmdbTitleTypes) type?: TmdbTitleType;
}

/** The title with this TMDb id, on the same terms as a lookup by id (maturity, moderation). */
export class TmdbLookupRequest extends TmdbIdPathParam {
  @IsIn(TmdbTitleTypes) type!: TmdbTitleType;
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export interface TitleRef {
  id: string;
  type: TitleType;
  hidden: boolean;
}

/** Moderation (staff/admin): hide a title from every list, search and page, or show it again. */
export class SetTitleHiddenRequest extends ActorRequest {
  @IsMongoId() id!: string;
  @IsBoolean() hidden!: boolean;
}
