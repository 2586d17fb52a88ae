import { Body, Controller, Get, HttpCode, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApprovedContentPage, ApprovedContentQuery, CatalogClient, CatalogPatterns, DeepLinkReportBody, DeepLinkReportResponse, type AuthUser, type ViewingPolicyResponse } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { CachedRead, CachedReadInterceptor } from './cached-read.interceptor.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from './viewing-policy.interceptor.js';
import { DEEP_LINK_REPORT_PROBLEMS } from './deep-links.controller.js';

/** The Axolotly launcher API for paired devices (kids' TVs and tablets). */
@ApiTags('launcher')
@ApiBearerAuth()
@RequirePermission('launcher')
@Controller('launcher')
@UseInterceptors(ViewingPolicyInterceptor, CachedReadInterceptor)
export class LauncherController {
  constructor(private readonly catalog: CatalogClient) {}

  @Get('approved-content')
  @CachedRead('metadata')
  @ApiOperation({
    summary: 'Titles the paired device may show, most popular first',
    description: 'Device tokens only (POST /auth/device/pair). Within the profile’s maturity limit, without titles or content tags a parent denied, and in allow-list mode only titles a parent allowed.',
  })
  @ApiOkResponse({ type: ApprovedContentPage })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Not a device token (AUTH.SCOPE_FORBIDDEN).' })
  approvedContent(@Query() query: ApprovedContentQuery, @CurrentUser() actor: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<ApprovedContentPage> {
    return this.catalog.send(CatalogPatterns.ApprovedContent, { ...query, actor, policy });
  }

  @Post('deep-links')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Report a link that opens a title or an episode in a provider’s app',
    description: 'Device tokens only. Goes to staff review (GET /admin/catalog/deep-links). A device’s repeat of a link it reported counts once (`counted: false`).',
  })
  @ApiOkResponse({ type: DeepLinkReportResponse })
  @ApiProblems(DEEP_LINK_REPORT_PROBLEMS)
  reportDeepLink(@Body() link: DeepLinkReportBody, @CurrentUser() actor: AuthUser): Promise<DeepLinkReportResponse> {
    return this.catalog.send(CatalogPatterns.ReportDeepLink, { link, actor });
  }
}
