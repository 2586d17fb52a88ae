import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnalyticsClient, AnalyticsPatterns, ReportQuery, ReportResponse, type AuthUser, type ReportScope } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ReportTargetParam } from './report-target.param.js';

@ApiTags('analytics')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Bad range or granularity (ANALYTICS.RANGE_INVALID or validation errors).' })
@ApiForbiddenResponse({ description: 'Not your video, channel or account (ANALYTICS.REPORT_FORBIDDEN).' })
@RequirePermission('reports.read')
@Controller('analytics')
export class AnalyticsReportsController {
  constructor(private readonly analytics: AnalyticsClient) {}

  @Get('videos/:id')
  @ApiOperation({ summary: 'Report of one video: its owner or an admin' })
  @ApiOkResponse({ type: ReportResponse })
  video(@Param() { id }: ReportTargetParam, @Query() query: ReportQuery, @CurrentUser() actor: AuthUser): Promise<ReportResponse> {
    return this.report('video', id, query, actor);
  }

  @Get('creator/:id')
  @ApiOperation({ summary: 'Report of all videos of one creator: the creator or an admin' })
  @ApiOkResponse({ type: ReportResponse })
  creator(@Param() { id }: ReportTargetParam, @Query() query: ReportQuery, @CurrentUser() actor: AuthUser): Promise<ReportResponse> {
    return this.report('creator', id, query, actor);
  }

  @Get('user/:id')
  @ApiOperation({ summary: 'What one signed-in viewer watched: the user themself or an admin' })
  @ApiOkResponse({ type: ReportResponse })
  user(@Param() { id }: ReportTargetParam, @Query() query: ReportQuery, @CurrentUser() actor: AuthUser): Promise<ReportResponse> {
    return this.report('user', id, query, actor);
  }

  private report(scope: ReportScope, id: string, query: ReportQuery, actor: AuthUser): Promise<ReportResponse> {
    return this.analytics.send(AnalyticsPatterns.GetReport, { actor, scope, id, ...query });
  }
}
