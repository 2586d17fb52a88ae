import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsMongoId, IsOptional, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { CursorQueryDto } from '../../pagination/pagination.dto.js';

/** The catalog's staff review queues (crowdsourced deep links, wiki tag proposals, ADR 0032). */
export const ReviewStatuses = ['pending', 'accepted', 'rejected'] as const;
export type ReviewStatus = (typeof ReviewStatuses)[number];
export const ReviewDecisions = ['accept', 'reject'] as const;
export type ReviewDecision = (typeof ReviewDecisions)[number];

export class ReviewQueueQuery extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ReviewStatuses, default: 'pending' }) @IsOptional() @IsIn(ReviewStatuses) status: ReviewStatus = 'pending';
}

export class ListReviewQueueRequest extends ActorRequest {
  @ValidateNested() @Type(() => ReviewQueueQuery) query!: ReviewQueueQuery;
}

export class ReviewItemIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) @IsMongoId({ message: 'id must be the id of a listed item' }) id!: string;
}

export class ReviewDecisionBody {
  @ApiProperty({ enum: ReviewDecisions, description: 'accept: it takes effect (a deep link reaches launchers, a tag goes on the title); reject: it never does. A decision may be changed later.' })
  @IsIn(ReviewDecisions)
  decision!: ReviewDecision;
}

export class ReviewDecisionRequest extends ActorRequest {
  @IsMongoId() id!: string;
  @IsIn(ReviewDecisions) decision!: ReviewDecision;
}
