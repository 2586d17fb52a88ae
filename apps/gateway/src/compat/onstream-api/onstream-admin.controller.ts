import { Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { AdminStatsResponse, AnalyticsClient, AnalyticsPatterns, ListUsersQuery, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { CatalogResponseCache } from '../../catalog/catalog-cache.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { CompatController } from '../compat.decorators.js';
import { OnstreamCacheCleared } from './onstream-api.dto.js';

const TAG = 'OnStream API contracts (seed 000)';

export class OnstreamAdminUser {
  @ApiProperty() _id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() email!: string;
  @ApiProperty() is_admin!: boolean;
  @ApiProperty() is_disabled!: boolean;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class OnstreamAdminUsers {
  @ApiProperty({ type: [OnstreamAdminUser] }) users!: OnstreamAdminUser[];
  @ApiProperty() page!: number;
  @ApiProperty() total_pages!: number;
  @ApiProperty() total_results!: number;
}

/** Seed 000 §Admin Features: the v1 admin routes of the same purpose. */
@CompatController(TAG, 'api/admin')
@ApiBearerAuth()
export class OnstreamAdminController {
  constructor(
    private readonly users: UsersClient,
    private readonly analytics: AnalyticsClient,
    private readonly cache: CatalogResponseCache,
  ) {}

  @Get('stats')
  @RequirePermission('admin.stats')
  @ApiOperation({ summary: 'Platform statistics (v1: GET /admin/stats)' })
  @ApiOkResponse({ type: AdminStatsResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'Admins only.' })
  stats(@CurrentUser() actor: AuthUser): Promise<AdminStatsResponse> {
    return this.analytics.send(AnalyticsPatterns.GetAdminStats, { actor });
  }

  @Get('users')
  @RequirePermission('users.admin')
  @ApiOperation({ summary: 'All users, newest first; filter by e-mail prefix and role (v1: GET /admin/users)' })
  @ApiOkResponse({ type: OnstreamAdminUsers })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Admins only.' })
  async list(@CurrentUser() actor: AuthUser, @Query() query: ListUsersQuery): Promise<OnstreamAdminUsers> {
    const page = await this.users.send(UsersPatterns.AdminListUsers, { ...query, actor });
    return {
      users: page.items.map((user) => ({ _id: user.id, username: user.displayName, email: user.email, is_admin: user.role === 'admin', is_disabled: user.disabled, created_at: user.createdAt })),
      page: page.meta.page,
      total_pages: page.meta.totalPages,
      total_results: page.meta.total,
    };
  }

  @Post('cache/clear')
  @RequirePermission('catalog.write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Clear the gateway’s cache of catalog reads (v1: DELETE /admin/catalog/cache)' })
  @ApiOkResponse({ type: OnstreamCacheCleared })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'Not staff.' })
  async clearCache(): Promise<OnstreamCacheCleared> {
    await this.cache.clear();
    return { cleared: true };
  }
}
