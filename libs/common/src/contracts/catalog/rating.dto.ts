import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsMongoId, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { PageMeta, PageQueryDto } from '../../pagination/pagination.dto.js';

export const Thumbs = ['up', 'down'] as const;
export type Thumb = (typeof Thumbs)[number];

/** Either stars or a thumb, never both (the service answers 400 otherwise). */
export class RatingBody {
  @ApiPropertyOptional({ minimum: 1, maximum: 5, example: 4, description: '1–5 stars; or send `thumb` instead' })
  @IsOptional() @IsInt() @Min(1) @Max(5) stars?: number;

  @ApiPropertyOptional({ enum: Thumbs, description: 'Thumbs up or down; counts as 5 or 1 star in averages' })
  @IsOptional() @IsIn(Thumbs) thumb?: Thumb;
}

export class RateTitleRequest extends ActorRequest {
  @IsMongoId() titleId!: string;
  @IsDefined() @ValidateNested() @Type(() => RatingBody) body!: RatingBody;
}

export class TitleRatingRequest extends ActorRequest {
  @IsMongoId() titleId!: string;
}

export class ListRatingsRequest extends IntersectionType(PageQueryDto, ActorRequest) {}

export class RatingResponse {
  @ApiProperty() titleId!: string;
  @ApiProperty({ description: 'Stars given; a thumb counts as 5 (up) or 1 (down)' }) stars!: number;
  @ApiProperty({ type: String, enum: Thumbs, nullable: true, description: 'Set when the rating was a thumb' }) thumb!: Thumb | null;
  @ApiProperty({ type: String, format: 'date-time' }) ratedAt!: string;
}

export class RatingPageResponse {
  @ApiProperty({ type: [RatingResponse] }) items!: RatingResponse[];
  @ApiProperty({ type: PageMeta }) meta!: PageMeta;
}

export class RatingRemovedResponse {
  @ApiProperty() titleId!: string;
  @ApiProperty({ description: 'false when there was no rating to remove' }) removed!: boolean;
}

export class CommunityRatingDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Mean stars (1–5) of our viewers; null before the first rating' }) average!: number | null;
  @ApiProperty() count!: number;
}

export class RecommendationsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit: number = 20;
}

export class RecommendationsRequest extends IntersectionType(RecommendationsQuery, ActorRequest) {}

export class BecauseYouWatchedQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 3, description: 'Rows: one per title the profile liked most recently' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(5) rows: number = 3;
  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 10, description: 'Titles per row' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(20) limit: number = 10;
}

export class BecauseYouWatchedRequest extends IntersectionType(BecauseYouWatchedQuery, ActorRequest) {}
