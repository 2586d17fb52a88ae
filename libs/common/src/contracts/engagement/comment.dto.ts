import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsMongoId, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ActorRequest, AuthUser } from '../../auth/auth.types.js';
import { CursorQueryDto } from '../../pagination/pagination.dto.js';
import { EngagementTarget, EngagementTargetTypes, type EngagementTargetType } from './engagement-target.dto.js';

/**
 * Coarse guard on the raw text in UTF-16 units, checked before any work; the service then applies
 * the configured limit in characters (COMMENT_MAX_CHARS) to the cleaned text.
 */
export const COMMENT_RAW_MAX_UNITS = 20_000;

export const CommentSorts = ['newest', 'top'] as const;
export type CommentSort = (typeof CommentSorts)[number];

export class CommentText {
  @ApiProperty({ description: 'Plain text, stored as given (control, zero-width and bidi-override characters removed) and only ever returned as JSON.', example: 'Great shot of the bay!' })
  @IsString()
  @MaxLength(COMMENT_RAW_MAX_UNITS)
  text!: string;
}

/** POST /comments body. */
export class NewComment extends IntersectionType(EngagementTarget, CommentText) {
  @ApiPropertyOptional({ description: 'Reply to this comment (a reply to a reply attaches to its parent: one level deep).' })
  @IsOptional()
  @IsMongoId({ message: 'parentId must be a comment id' })
  parentId?: string;
}

export class CommentListQuery extends IntersectionType(EngagementTarget, CursorQueryDto) {
  @ApiPropertyOptional({ enum: CommentSorts, default: 'newest' })
  @IsOptional()
  @IsIn(CommentSorts)
  sort: CommentSort = 'newest';
}

export class CommentIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' })
  @IsMongoId({ message: 'id must be a comment id' })
  id!: string;
}

export class CommentSettingsInput {
  @ApiProperty({ description: 'false: nobody may comment (existing comments stay readable).' })
  @IsBoolean()
  commentsEnabled!: boolean;
}

export class CreateCommentRequest extends ActorRequest {
  @ValidateNested() @Type(() => NewComment) comment!: NewComment;
}

export class ListCommentsRequest extends CommentListQuery {
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export class ListRepliesRequest extends CursorQueryDto {
  @IsMongoId() commentId!: string;
  @IsOptional() @ValidateNested() @Type(() => AuthUser) actor?: AuthUser;
}

export class CommentActionRequest extends ActorRequest {
  @IsMongoId() commentId!: string;
}

export class EditCommentRequest extends CommentActionRequest {
  @ValidateNested() @Type(() => CommentText) changes!: CommentText;
}

export class CommentSettingsRequest extends ActorRequest {
  @IsIn(EngagementTargetTypes) targetType!: EngagementTargetType;
  @IsMongoId() targetId!: string;
}

export class SetCommentSettingsRequest extends CommentSettingsRequest {
  @ValidateNested() @Type(() => CommentSettingsInput) settings!: CommentSettingsInput;
}

export class CommentResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: EngagementTargetTypes }) targetType!: EngagementTargetType;
  @ApiProperty() targetId!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Set on replies.' }) parentId!: string | null;
  @ApiProperty() authorUserId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) authorProfileId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null once deleted (the comment stays as a placeholder while it has replies).' }) text!: string | null;
  @ApiProperty() deleted!: boolean;
  @ApiProperty() replyCount!: number;
  @ApiProperty() likeCount!: number;
  @ApiProperty({ description: 'Whether the caller (profile, else account) likes it.' }) likedByMe!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) editedAt!: string | null;
}

export class CommentPage {
  @ApiProperty({ type: [CommentResponse] }) items!: CommentResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ description: 'Comments and replies on the target that are not deleted or hidden.' }) commentCount!: number;
}

export class CommentLikeResponse {
  @ApiProperty() commentId!: string;
  @ApiProperty() liked!: boolean;
  @ApiProperty() likeCount!: number;
}

export class CommentSettingsResponse {
  @ApiProperty({ enum: EngagementTargetTypes }) targetType!: EngagementTargetType;
  @ApiProperty() targetId!: string;
  @ApiProperty() commentsEnabled!: boolean;
}
