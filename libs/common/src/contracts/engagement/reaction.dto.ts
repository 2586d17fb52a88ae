import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsMongoId, IsOptional, ValidateNested } from 'class-validator';
import { ActorRequest, AuthUser } from '../../auth/auth.types.js';
import { EngagementTarget, EngagementTargetTypes, type EngagementTargetType } from './engagement-target.dto.js';

export const ReactionValues = ['like', 'dislike'] as const;
export type ReactionValue = (typeof ReactionValues)[number];

/** Most targets in one counts request (a page of titles). */
export const MAX_COUNTS_BATCH = 100;

export class ReactionInput {
  @ApiProperty({ enum: ReactionValues })
  @IsIn(ReactionValues)
  value!: ReactionValue;
}

export class SetReactionRequest extends ActorRequest {
  @ValidateNested() @Type(() => EngagementTarget) target!: EngagementTarget;
  @IsIn(ReactionValues) value!: ReactionValue;
}

export class ClearReactionRequest extends ActorRequest {
  @ValidateNested() @Type(() => EngagementTarget) target!: EngagementTarget;
}

export class GetReactionsRequest {
  @ValidateNested() @Type(() => EngagementTarget) target!: EngagementTarget;
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export class ReactionCountsRequest {
  @IsIn(EngagementTargetTypes) targetType!: EngagementTargetType;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_COUNTS_BATCH)
  @IsMongoId({ each: true })
  targetIds!: string[];
}

export class ReactionCounts {
  @ApiProperty() likes!: number;
  @ApiProperty() dislikes!: number;
}

export class ReactionsResponse extends ReactionCounts {
  @ApiProperty({ enum: EngagementTargetTypes }) targetType!: EngagementTargetType;
  @ApiProperty() targetId!: string;
  @ApiProperty({ description: 'Comments and replies that are not deleted or hidden.' }) comments!: number;
  @ApiPropertyOptional({ enum: ReactionValues, nullable: true, description: 'The caller’s own reaction (profile, else account); absent when anonymous.' })
  mine?: ReactionValue | null;
}

export class ReactionCountsResponse {
  @ApiProperty({ description: 'Counts per target id; ids never reacted to have zeros.' })
  counts!: Record<string, ReactionCounts>;
}
