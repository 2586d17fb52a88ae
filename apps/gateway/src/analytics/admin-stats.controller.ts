import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminStatsResponse, AnalyticsClient, AnalyticsPatterns, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class AdminStatsController {
  constructor(private readonly analytics: AnalyticsClient) {}

  @Get('stats')
  @RequirePermission('admin.stats')
  @ApiOperation({ summary: 'Platform statistics available so far: event rate, videos and users seen, event stream backlog' })
  @ApiOkResponse({ type: AdminStatsResponse })
  @ApiForbiddenResponse({ description: 'Admins only.' })
  stats(@CurrentUser() actor: AuthUser): Promise<AdminStatsResponse> {
    return this.analytics.send(AnalyticsPatterns.GetAdminStats, { actor });
  }
}
