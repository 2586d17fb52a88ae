import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuditPage, AuditQuery, ContentReportPage, ContentReportResponse, EngagementClient, EngagementPatterns, NewReport, ReportIdParam, ReportQueueQuery, Resolution,
  type AuthUser,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { CatalogResponseCache } from '../catalog/catalog-cache.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { resolveReport } from './resolve-report.js';

const STAFF_ONLY = 'Only staff and admins moderate.';

/** Content reports by any signed-in user, and the moderation queue, resolutions and audit trail for staff. */
@ApiTags('moderation')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly engagement: EngagementClient,
    private readonly catalogCache: CatalogResponseCache,
  ) {}

  @Post('reports')
  @RequirePermission('engagement.comment')
  @HttpCode(201)
  @ApiOperation({ summary: 'Report a title, video or comment with a reason (one open report per reporter and target)' })
  @ApiCreatedResponse({ type: ContentReportResponse })
  @ApiProblems({
    400: INVALID_INPUT,
    401: UNAUTHENTICATED,
    404: 'No such title, video or comment (or not visible to you). Code ENGAGEMENT.TARGET_NOT_FOUND or ENGAGEMENT.COMMENT_NOT_FOUND.',
    409: 'You already have an open report on it (ENGAGEMENT.REPORT_ALREADY_OPEN), or the comment was deleted.',
  })
  create(@CurrentUser() actor: AuthUser, @Body() report: NewReport): Promise<ContentReportResponse> {
    return this.engagement.send(EngagementPatterns.CreateReport, { actor, report });
  }

  @Get('admin/moderation/reports')
  @RequirePermission('moderation.resolve')
  @ApiOperation({ summary: 'The moderation queue, oldest first: filter by status and target type (cursor paging)' })
  @ApiOkResponse({ type: ContentReportPage })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: STAFF_ONLY })
  queue(@CurrentUser() actor: AuthUser, @Query() query: ReportQueueQuery): Promise<ContentReportPage> {
    return this.engagement.send(EngagementPatterns.ListReports, { actor, query });
  }

  @Post('admin/moderation/reports/:id/resolution')
  @RequirePermission('moderation.resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve a report: hide or remove its target at once, or dismiss it; closes the target’s other open reports too' })
  @ApiOkResponse({ type: ContentReportResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: STAFF_ONLY, 404: 'No such report.', 409: 'Already resolved (ENGAGEMENT.REPORT_ALREADY_RESOLVED).' })
  resolve(@CurrentUser() actor: AuthUser, @Param() { id }: ReportIdParam, @Body() resolution: Resolution): Promise<ContentReportResponse> {
    return resolveReport(this.engagement, this.catalogCache, actor, id, resolution);
  }

  @Get('admin/moderation/audit')
  @RequirePermission('moderation.resolve')
  @ApiOperation({ summary: 'The moderation audit trail, newest first: who did what to which target, when' })
  @ApiOkResponse({ type: AuditPage })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: STAFF_ONLY })
  auditTrail(@CurrentUser() actor: AuthUser, @Query() query: AuditQuery): Promise<AuditPage> {
    return this.engagement.send(EngagementPatterns.ListAudit, { actor, query });
  }
}
