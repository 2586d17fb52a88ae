import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsIn, IsInt, IsISO8601, IsMongoId, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { ActorRequest, MaturityLevels, type MaturityLevel } from '../../auth/auth.types.js';
import { TitleTypes, type TitleType } from './title-types.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** TMDb image file paths look like `/kqjL17yufvn9OVLyXYpvtyrFfak.jpg`. */
const IMAGE_PATH = /^\/[A-Za-z0-9_-]{1,64}\.(jpg|jpeg|png|webp|svg)$/;
const NO_CONTROL_CHARS = /^[^\p{Cc}\p{Cf}]*$/u;

export class CertificationInput {
  @ApiProperty({ example: 'US' }) @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' }) country!: string;
  @ApiProperty({ example: 'PG-13' }) @IsString() @Length(1, 16) @Matches(/^[\p{L}\p{N} +\-/]+$/u) certification!: string;
}

export class CastInput {
  @ApiProperty({ example: 'Marlon Brando' }) @Transform(trim) @IsString() @Length(1, 200) @Matches(NO_CONTROL_CHARS) name!: string;
  @ApiPropertyOptional({ example: 'Don Vito Corleone' }) @IsOptional() @IsString() @MaxLength(200) character?: string;
  @ApiPropertyOptional({ description: 'Billing order; defaults to the position in the list' }) @IsOptional() @IsInt() @Min(0) @Max(10_000) order?: number;
  @ApiPropertyOptional({ description: 'TMDb person id' }) @IsOptional() @IsInt() @Min(1) tmdbId?: number;
  @ApiPropertyOptional({ example: '/3FfWqz0a.jpg' }) @IsOptional() @Matches(IMAGE_PATH) profilePath?: string;
}

export class CrewInput {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) @Matches(NO_CONTROL_CHARS) name!: string;
  @ApiProperty({ example: 'Director' }) @IsString() @Length(1, 100) job!: string;
  @ApiProperty({ example: 'Directing' }) @IsString() @Length(1, 100) department!: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) tmdbId?: number;
}

export class ExternalIdsInput {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) tmdb?: number;
  @ApiPropertyOptional({ example: 'tt0068646' }) @IsOptional() @Matches(/^tt\d{5,10}$/) imdb?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) movieLens?: number;
}

/** A title as staff write it. Maturity comes from the certifications unless set explicitly. */
export class TitleInput {
  @ApiProperty({ enum: TitleTypes }) @IsIn(TitleTypes) type!: TitleType;
  @ApiProperty({ example: 'The Godfather' }) @Transform(trim) @IsString() @Length(1, 300) @Matches(NO_CONTROL_CHARS) title!: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 300) originalTitle?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) overview?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) tagline?: string;
  @ApiPropertyOptional({ example: '1972-03-14', format: 'date' }) @IsOptional() @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) releaseDate?: string;
  @ApiPropertyOptional({ example: 175 }) @IsOptional() @IsInt() @Min(0) @Max(100_000) runtimeMinutes?: number;
  @ApiPropertyOptional({ type: [String], example: ['Crime', 'Drama'] }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 50, { each: true }) genres?: string[];
  @ApiPropertyOptional({ example: 'en' }) @IsOptional() @Matches(/^[a-z]{2}$/) originalLanguage?: string;
  @ApiPropertyOptional({ type: [String], example: ['en'] }) @IsOptional() @ArrayMaxSize(50) @Matches(/^[a-z]{2}$/, { each: true }) languages?: string[];
  @ApiPropertyOptional({ type: [String], example: ['US'] }) @IsOptional() @ArrayMaxSize(100) @Matches(/^[A-Z]{2}$/, { each: true }) countries?: string[];
  @ApiPropertyOptional({ example: '/3bhkrj58Vtu7enYsRolD1fZdja1.jpg' }) @IsOptional() @Matches(IMAGE_PATH) posterPath?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(IMAGE_PATH) backdropPath?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 10 }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(10) voteAverage?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) voteCount?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) popularity?: number;
  @ApiPropertyOptional({ type: [CertificationInput] }) @IsOptional() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CertificationInput) certifications?: CertificationInput[];
  @ApiPropertyOptional({ enum: MaturityLevels, description: 'Overrides the level derived from certifications' }) @IsOptional() @IsIn(MaturityLevels) maturityLevel?: MaturityLevel;
  @ApiPropertyOptional({ type: [CastInput] }) @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CastInput) cast?: CastInput[];
  @ApiPropertyOptional({ type: [CrewInput] }) @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CrewInput) crew?: CrewInput[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 80, { each: true }) keywords?: string[];
  @ApiPropertyOptional({ example: 'sY1S34973zA', description: 'YouTube video id of the trailer' }) @IsOptional() @Matches(/^[A-Za-z0-9_-]{11}$/) trailerYouTubeKey?: string;
  @ApiPropertyOptional({ type: ExternalIdsInput }) @IsOptional() @ValidateNested() @Type(() => ExternalIdsInput) externalIds?: ExternalIdsInput;
  @ApiPropertyOptional({ description: 'Shown in the featured (hero) feed' }) @IsOptional() @IsBoolean() featured?: boolean;
  @ApiPropertyOptional({ description: 'Series of a season, season of an episode' }) @IsOptional() @IsMongoId() parentId?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(1000) seasonNumber?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100_000) episodeNumber?: number;
  @ApiPropertyOptional({ example: '665f1c2e9b1e8a0012345678', description: 'Media video this title streams (POST /videos). Link it before uploading the file: the title becomes playable when the video is ready. Media still checks the video’s own visibility, geo rules and entitlement on every stream.' })
  @IsOptional() @IsMongoId() mediaVideoId?: string;
}

/** Fields to change; absent fields stay as they are. */
export class TitleChanges extends PartialType(TitleInput) {}

export class TitleIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) @IsMongoId({ message: 'id must be a title id' }) id!: string;
}

export class CreateTitleRequest extends ActorRequest {
  @ValidateNested() @Type(() => TitleInput) title!: TitleInput;
}

export class UpdateTitleRequest extends ActorRequest {
  @IsMongoId() id!: string;
  @ValidateNested() @Type(() => TitleChanges) changes!: TitleChanges;
}

export class DeleteTitleRequest extends ActorRequest {
  @IsMongoId() id!: string;
}

export class TmdbIdParam {
  @ApiProperty({ example: 238 }) @Type(() => Number) @IsInt() @Min(1) @Max(100_000_000) tmdbId!: number;
}

export class ImportFromProviderRequest extends ActorRequest {
  @IsInt() @Min(1) @Max(100_000_000) tmdbId!: number;
}
