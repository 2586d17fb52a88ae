import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CatalogClient, CatalogPatterns, ReviewItemIdParam, TagProposalPage, ReviewQueueQuery, TagProposalResponse, ReviewDecisionBody, WikiTagImportBody, WikiTagImportResponse,
  type AuthUser,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { CatalogResponseCache } from './catalog-cache.js';

export const WIKI_IMPORT_PROBLEMS = {
  400: 'Invalid fields: the page must be a wiki page title, not a URL.',
  401: UNAUTHENTICATED,
  403: 'Not staff.',
  404: 'No such title (CATALOG.TITLE_NOT_FOUND) or wiki page (CATALOG.WIKI_PAGE_NOT_FOUND).',
  502: 'The wiki did not answer usefully (CATALOG.TAG_WIKI_FAILED).',
  503: 'No wiki configured (CATALOG.TAG_WIKI_NOT_CONFIGURED).',
} as const;

/** Content tags proposed from the configured wiki's MediaWiki API, for staff to accept or reject. */
@ApiTags('catalog-admin')
@ApiBearerAuth()
@RequirePermission('catalog.write')
@Controller('admin/catalog')
export class TagProposalsController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly cache: CatalogResponseCache,
  ) {}

  @Post('tag-imports')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Propose content tags for a title from a wiki page’s categories (staff)',
    description: 'Asks the wiki configured in TAG_WIKI_API_URL (MediaWiki API, `prop=categories`) for the page’s categories; those matching a content tag by slug or name become pending proposals. Repeating it finds the same proposals.',
  })
  @ApiOkResponse({ type: WikiTagImportResponse })
  @ApiProblems(WIKI_IMPORT_PROBLEMS)
  importFromWiki(@Body() body: WikiTagImportBody, @CurrentUser() actor: AuthUser): Promise<WikiTagImportResponse> {
    return this.catalog.send(CatalogPatterns.ImportWikiTags, { import: body, actor });
  }

  @Get('tag-proposals')
  @ApiOperation({ summary: 'Tag proposals by status, oldest first (staff)' })
  @ApiOkResponse({ type: TagProposalPage })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Not staff.' })
  list(@Query() query: ReviewQueueQuery, @CurrentUser() actor: AuthUser): Promise<TagProposalPage> {
    return this.catalog.send(CatalogPatterns.ListTagProposals, { query, actor });
  }

  @Post('tag-proposals/:id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept (the tag goes on the title) or reject a tag proposal (staff)' })
  @ApiOkResponse({ type: TagProposalResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Not staff.', 404: 'No such proposal (CATALOG.TAG_PROPOSAL_NOT_FOUND), or its tag was deleted (CATALOG.TAG_NOT_FOUND).' })
  async review(@Param() { id }: ReviewItemIdParam, @Body() body: ReviewDecisionBody, @CurrentUser() actor: AuthUser): Promise<TagProposalResponse> {
    const reviewed = await this.catalog.send(CatalogPatterns.ReviewTagProposal, { id, decision: body.decision, actor });
    // A new tag changes what kid profiles that deny it may see.
    if (reviewed.status === 'accepted') await this.cache.clear();
    return reviewed;
  }
}
