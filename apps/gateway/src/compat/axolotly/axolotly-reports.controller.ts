import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  EngagementClient, EngagementPatterns, ReportActions, ReportIdParam, ReportQueueQuery, ReportReasons, ReportStatuses, ReportTargetTypes, Resolution,
  type AuthUser, type ContentReportResponse, type ReportAction, type ReportReason, type ReportStatus, type ReportTargetType,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { CatalogResponseCache } from '../../catalog/catalog-cache.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { CompatController } from '../compat.decorators.js';
import { resolveReport } from '../../engagement/resolve-report.js';
import { AXOLOTLY_TAG } from './axolotly.controller.js';

const MODERATORS_ONLY = 'Only moderators (v1 staff and admins) resolve reports.';

export class AxolotlyReportQuery extends OmitType(ReportQueueQuery, ['targetType'] as const) {
  @ApiPropertyOptional({ enum: ReportTargetTypes }) @IsOptional() @IsIn(ReportTargetTypes) target_type?: ReportTargetType;
}

/** A content report as the admin dashboard reads it. */
export class AxolotlyReport {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ReportTargetTypes }) target_type!: ReportTargetType;
  @ApiProperty() target_id!: string;
  @ApiProperty({ enum: ReportReasons }) reason!: ReportReason;
  @ApiProperty({ type: String, nullable: true }) details!: string | null;
  @ApiProperty() reporter_id!: string;
  @ApiProperty({ enum: ReportStatuses }) status!: ReportStatus;
  @ApiProperty({ enum: ReportActions, nullable: true }) action!: ReportAction | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true }) resolved_by!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) resolved_at!: string | null;
}

export class AxolotlyReportPage {
  @ApiProperty({ type: [AxolotlyReport] }) reports!: AxolotlyReport[];
  @ApiProperty({ type: String, nullable: true, description: 'For `?cursor=`; null on the last page' }) next_cursor!: string | null;
}

export function toReport(report: ContentReportResponse): AxolotlyReport {
  return {
    id: report.id, target_type: report.targetType, target_id: report.targetId, reason: report.reason, details: report.details, reporter_id: report.reporterUserId,
    status: report.status, action: report.action, note: report.note, resolved_by: report.resolvedBy, created_at: report.createdAt, resolved_at: report.resolvedAt,
  };
}

/** Seed 003 §Admin API: content reports, v1's moderation queue (the other admin routes: AxolotlyAdminController). */
@CompatController(AXOLOTLY_TAG, 'api/admin/reports')
@ApiBearerAuth()
@RequirePermission('moderation.resolve')
export class AxolotlyReportsController {
  constructor(
    private readonly engagement: EngagementClient,
    private readonly catalogCache: CatalogResponseCache,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Content reports, oldest first, by status and target type (v1: GET /admin/moderation/reports)' })
  @ApiOkResponse({ type: AxolotlyReportPage })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: MODERATORS_ONLY })
  async reports(@Query() { target_type: targetType, ...query }: AxolotlyReportQuery, @CurrentUser() actor: AuthUser): Promise<AxolotlyReportPage> {
    const page = await this.engagement.send(EngagementPatterns.ListReports, { actor, query: { ...query, ...(targetType && { targetType }) } });
    return { reports: page.items.map(toReport), next_cursor: page.nextCursor };
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve a report: hide or remove its target, or dismiss it (v1: POST /admin/moderation/reports/{id}/resolution)' })
  @ApiOkResponse({ type: AxolotlyReport })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: MODERATORS_ONLY, 404: 'No such report.', 409: 'Already resolved (ENGAGEMENT.REPORT_ALREADY_RESOLVED).' })
  async resolve(@Param() { id }: ReportIdParam, @Body() resolution: Resolution, @CurrentUser() actor: AuthUser): Promise<AxolotlyReport> {
    return toReport(await resolveReport(this.engagement, this.catalogCache, actor, id, resolution));
  }
}
