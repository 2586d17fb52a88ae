import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CatalogClient, CatalogPatterns, ReviewItemIdParam, DeepLinkPage, ReviewQueueQuery, DeepLinkResponse, ReviewDecisionBody, type AuthUser,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { CatalogResponseCache } from './catalog-cache.js';

export const DEEP_LINK_REPORT_PROBLEMS = {
  400: 'Invalid fields: the url must be https on a public host or a known streaming app scheme, at most 2048 characters.',
  401: UNAUTHENTICATED,
  403: 'Not a device token (AUTH.SCOPE_FORBIDDEN).',
  404: 'No such title (CATALOG.TITLE_NOT_FOUND).',
  422: 'Not a movie or series, episode numbers on a movie, or an unknown provider (CATALOG.DEEP_LINK_TARGET_INVALID).',
  429: 'This device reported 100 new links today (CATALOG.DEEP_LINK_REPORT_LIMIT), or too many requests.',
} as const;

/** Crowdsourced deep links (seed 003) for staff review; devices report them at POST /launcher/deep-links. */
@ApiTags('catalog-admin')
@ApiBearerAuth()
@RequirePermission('catalog.write')
@Controller('admin/catalog/deep-links')
export class DeepLinksController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly cache: CatalogResponseCache,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Reported deep links by status, oldest first (staff)' })
  @ApiOkResponse({ type: DeepLinkPage })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Not staff.' })
  list(@Query() query: ReviewQueueQuery, @CurrentUser() actor: AuthUser): Promise<DeepLinkPage> {
    return this.catalog.send(CatalogPatterns.ListDeepLinks, { query, actor });
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept or reject a deep link (staff); launchers see the change at once' })
  @ApiOkResponse({ type: DeepLinkResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Not staff.', 404: 'No such deep link (CATALOG.DEEP_LINK_NOT_FOUND).' })
  async review(@Param() { id }: ReviewItemIdParam, @Body() body: ReviewDecisionBody, @CurrentUser() actor: AuthUser): Promise<DeepLinkResponse> {
    const reviewed = await this.catalog.send(CatalogPatterns.ReviewDeepLink, { id, decision: body.decision, actor });
    // The launcher's approved content is a cached read.
    await this.cache.clear();
    return reviewed;
  }
}
