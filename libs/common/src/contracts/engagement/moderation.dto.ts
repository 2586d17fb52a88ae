import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsMongoId, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ActorRequest } from '../../auth/auth.types.js';
import { CursorQueryDto } from '../../pagination/pagination.dto.js';

export const ReportTargetTypes = ['title', 'video', 'comment'] as const;
export type ReportTargetType = (typeof ReportTargetTypes)[number];
export const ReportReasons = ['spam', 'harassment', 'hate', 'violence', 'sexual', 'misinformation', 'copyright', 'self_harm', 'other'] as const;
export type ReportReason = (typeof ReportReasons)[number];
export const ReportStatuses = ['open', 'resolved'] as const;
export type ReportStatus = (typeof ReportStatuses)[number];
export const ReportActions = ['hide', 'remove', 'dismiss'] as const;
export type ReportAction = (typeof ReportActions)[number];

export class NewReport {
  @ApiProperty({ enum: ReportTargetTypes }) @IsIn(ReportTargetTypes) targetType!: ReportTargetType;
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) @IsMongoId({ message: 'targetId must be a title, video or comment id' }) targetId!: string;
  @ApiProperty({ enum: ReportReasons }) @IsIn(ReportReasons) reason!: ReportReason;
  @ApiPropertyOptional({ maxLength: 1000, description: 'Optional details for the moderators (plain text, cleaned like comments).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  details?: string;
}

export class ReportQueueQuery extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ReportStatuses, default: 'open' }) @IsOptional() @IsIn(ReportStatuses) status: ReportStatus = 'open';
  @ApiPropertyOptional({ enum: ReportTargetTypes }) @IsOptional() @IsIn(ReportTargetTypes) targetType?: ReportTargetType;
}

export class Resolution {
  @ApiProperty({ enum: ReportActions, description: 'hide: out of every list at once (reversible by staff in the owning service); remove: hidden for good (a comment loses its text); dismiss: no action.' })
  @IsIn(ReportActions)
  action!: ReportAction;

  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ReportIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) @IsMongoId({ message: 'id must be a report id' }) id!: string;
}

export class AuditQuery extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ReportTargetTypes }) @IsOptional() @IsIn(ReportTargetTypes) targetType?: ReportTargetType;
  @ApiPropertyOptional() @IsOptional() @IsMongoId() targetId?: string;
}

export class CreateReportRequest extends ActorRequest {
  @ValidateNested() @Type(() => NewReport) report!: NewReport;
}

export class ListReportsRequest extends ActorRequest {
  @ValidateNested() @Type(() => ReportQueueQuery) query!: ReportQueueQuery;
}

export class ResolveReportRequest extends ActorRequest {
  @IsMongoId() reportId!: string;
  @ValidateNested() @Type(() => Resolution) resolution!: Resolution;
}

export class ListAuditRequest extends ActorRequest {
  @ValidateNested() @Type(() => AuditQuery) query!: AuditQuery;
}

export class ContentReportResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ReportTargetTypes }) targetType!: ReportTargetType;
  @ApiProperty() targetId!: string;
  @ApiProperty({ enum: ReportReasons }) reason!: ReportReason;
  @ApiPropertyOptional({ type: String, nullable: true }) details!: string | null;
  @ApiProperty() reporterUserId!: string;
  @ApiProperty({ enum: ReportStatuses }) status!: ReportStatus;
  @ApiPropertyOptional({ enum: ReportActions, nullable: true }) action!: ReportAction | null;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) resolvedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) resolvedAt!: string | null;
}

export class ContentReportPage {
  @ApiProperty({ type: [ContentReportResponse] }) items!: ContentReportResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export const AuditActions = ['report.created', 'report.resolved', 'comment.deleted', 'comment.hidden', 'comment.removed', 'title.hidden', 'video.hidden', 'comments.disabled', 'comments.enabled'] as const;
export type AuditAction = (typeof AuditActions)[number];

export class AuditEntryResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() actorUserId!: string;
  @ApiProperty() actorRole!: string;
  @ApiProperty({ enum: AuditActions }) action!: AuditAction;
  @ApiProperty({ enum: ReportTargetTypes }) targetType!: ReportTargetType;
  @ApiProperty() targetId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reportId!: string | null;
  @ApiPropertyOptional({ enum: ReportActions, nullable: true, description: 'report.resolved: what the moderator decided.' }) outcome!: ReportAction | null;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEntryResponse] }) items!: AuditEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
