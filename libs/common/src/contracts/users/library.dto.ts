import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ActorRequest, MaturityLevels, type MaturityLevel } from '../../auth/auth.types.js';
import { CursorQueryDto } from '../../pagination/pagination.dto.js';
import { ProfileIdParams } from './profile.dto.js';

export const LibraryLists = ['watchlist', 'favorites'] as const;
export type LibraryList = (typeof LibraryLists)[number];

/** Titles are the catalog's; here their ids are opaque strings. */
export class TitleIdParams {
  @ApiProperty({ example: 'tt0133093' })
  @Matches(/^[A-Za-z0-9:_-]{1,64}$/, { message: 'titleId must be 1-64 characters of A-Z, a-z, 0-9, :, _ or -' })
  titleId!: string;
}

export class LibraryListParams {
  @ApiProperty({ enum: LibraryLists })
  @IsIn(LibraryLists)
  list!: LibraryList;
}

export class LibraryEntryRequest extends IntersectionType(IntersectionType(TitleIdParams, LibraryListParams), ActorRequest) {}
export class LibraryPageRequest extends IntersectionType(IntersectionType(CursorQueryDto, LibraryListParams), ActorRequest) {}
export class ProfilePageRequest extends IntersectionType(CursorQueryDto, ActorRequest) {}
export class TitleRequest extends IntersectionType(TitleIdParams, ActorRequest) {}

export class LibraryItemResponse {
  @ApiProperty() titleId!: string;
  @ApiProperty({ type: String, format: 'date-time' }) addedAt!: string;
}

export class LibraryPageResponse {
  @ApiProperty({ type: [LibraryItemResponse] }) items!: LibraryItemResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ProgressBody {
  @ApiProperty({ example: 1312, description: 'Seconds into the title.' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400)
  positionSeconds!: number;

  @ApiProperty({ example: 5400 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  durationSeconds!: number;
}

export class RecordProgressRequest extends IntersectionType(IntersectionType(ProgressBody, TitleIdParams), ActorRequest) {}

export class HistoryEntryResponse {
  @ApiProperty() titleId!: string;
  @ApiProperty() positionSeconds!: number;
  @ApiProperty() durationSeconds!: number;
  @ApiProperty({ description: 'Watched to (nearly) the end; such titles leave continue-watching.' }) finished!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) watchedAt!: string;
}

export class HistoryPageResponse {
  @ApiProperty({ type: [HistoryEntryResponse] }) items!: HistoryEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export const TitleRules = ['allow', 'deny'] as const;
/** Rules one kid profile may hold (more are refused); reads take a margin above it for races. */
export const MAX_TITLE_RULES = 1000;
export const MAX_TITLE_RULES_READ = 1100;
export const MAX_DENIED_TAGS = 50;
export type TitleRule = (typeof TitleRules)[number];

export class TitleRuleBody {
  @ApiProperty({ enum: TitleRules })
  @IsIn(TitleRules)
  rule!: TitleRule;
}

export class ProfileTitleParams extends IntersectionType(ProfileIdParams, TitleIdParams) {}

export class SetTitleRuleRequest extends IntersectionType(IntersectionType(IntersectionType(TitleRuleBody, TitleIdParams), ProfileIdParams), ActorRequest) {}
export class TitleRuleRequest extends IntersectionType(IntersectionType(TitleIdParams, ProfileIdParams), ActorRequest) {}
export class ProfileRulesRequest extends IntersectionType(ProfileIdParams, ActorRequest) {}

export class TitleRuleResponse {
  @ApiProperty() titleId!: string;
  @ApiProperty({ enum: TitleRules }) rule!: TitleRule;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class TitleRuleListResponse {
  @ApiProperty({ type: [TitleRuleResponse] }) items!: TitleRuleResponse[];
}

/** open: everything within the maturity limit minus denials; allow-list: only titles a parent allowed. */
export const ParentalModes = ['open', 'allow-list'] as const;
export type ParentalMode = (typeof ParentalModes)[number];

/**
 * What a profile may see, for services that filter titles (catalog, media) on behalf of a caller:
 * the maturity limit, the parent's per-title rules and denied content tags (kid profiles only have
 * rules), and a version that changes whenever any of it changes (a hash of the content: gateway
 * cache keys carry it). Validated because the gateway forwards it to the catalog with a read.
 */
export class ViewingPolicyResponse {
  @ApiProperty({ type: String, nullable: true, description: 'null: the caller is not on a profile.' })
  @IsOptional() @IsString() @Length(1, 64) profileId!: string | null;
  @ApiProperty() @IsBoolean() kid!: boolean;
  @ApiProperty({ enum: MaturityLevels }) @IsIn(MaturityLevels) maturityLevel!: MaturityLevel;
  @ApiProperty({ enum: ParentalModes }) @IsIn(ParentalModes) mode!: ParentalMode;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(MAX_TITLE_RULES_READ) @IsString({ each: true }) @MaxLength(64, { each: true }) allowedTitleIds!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(MAX_TITLE_RULES_READ) @IsString({ each: true }) @MaxLength(64, { each: true }) deniedTitleIds!: string[];
  @ApiProperty({ type: [String], description: 'Content tag slugs a parent denied' }) @IsArray() @ArrayMaxSize(MAX_DENIED_TAGS) @IsString({ each: true }) @MaxLength(40, { each: true }) deniedTags!: string[];
  @ApiProperty({ description: 'Changes whenever the policy changes' }) @IsString() @Length(1, 64) version!: string;
}
