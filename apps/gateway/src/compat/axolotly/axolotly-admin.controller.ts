import { Body, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CatalogClient, CatalogPatterns, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { WIKI_IMPORT_PROBLEMS } from '../../catalog/tag-proposals.controller.js';
import { ApiProblems, UNAUTHENTICATED } from '../../http/api-problems.js';
import { CompatController } from '../compat.decorators.js';
import { SeedMovies } from '../shared/seed-movies.js';
import { AxolotlyBackfillJob, AxolotlyTag, AxolotlyWikiImport, AxolotlyWikiImportBody, toBackfillJob, toTag, toWikiImport } from './axolotly-admin.dto.js';
import { AXOLOTLY_TAG } from './axolotly.controller.js';

const NOT_STAFF = 'Only staff (v1 staff and admins); a kid-profile or device token never.';
const NOT_ADMIN = 'Only admins; a kid-profile or device token never.';
const NO_TMDB = 'No TMDb key configured (CATALOG.METADATA_PROVIDER_NOT_CONFIGURED).';

/** Seed 003 §Admin API beyond reports: content tags, the wiki tag import, the episode and deep-link backfills. */
@CompatController(AXOLOTLY_TAG, 'api/admin')
@ApiBearerAuth()
export class AxolotlyAdminController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly movies: SeedMovies,
  ) {}

  @Get('tags')
  @RequirePermission('catalog.write')
  @ApiOperation({ summary: 'Every content tag (content warnings and themes) with its title count (v1: GET /tags)' })
  @ApiOkResponse({ type: [AxolotlyTag] })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: NOT_STAFF })
  async tags(): Promise<AxolotlyTag[]> {
    return (await this.catalog.send(CatalogPatterns.ListTags, {})).items.map(toTag);
  }

  @Post('scrape-fandom')
  @RequirePermission('catalog.write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Propose content tags for a title from a wiki page’s categories, through the MediaWiki API (v1: POST /admin/catalog/tag-imports)',
    description: 'Not HTML scraping: the configured wiki’s API (`action=query&prop=categories`). Categories matching a content tag become proposals staff accept or reject (v1: /admin/catalog/tag-proposals). `title_id` is the `_id` or a TMDb movie id.',
  })
  @ApiOkResponse({ type: AxolotlyWikiImport })
  @ApiProblems(WIKI_IMPORT_PROBLEMS)
  async scrapeFandom(@Body() body: AxolotlyWikiImportBody, @CurrentUser() actor: AuthUser): Promise<AxolotlyWikiImport> {
    const titleId = await this.movies.titleId(body.title_id, actor);
    return toWikiImport(await this.catalog.send(CatalogPatterns.ImportWikiTags, { import: { titleId, page: body.page }, actor }));
  }

  @Post('backfill-episodes')
  @RequirePermission('catalog.admin')
  @HttpCode(202)
  @ApiOperation({ summary: 'Load seasons and episodes of every series from TMDb, in the background (v1: POST /admin/catalog/backfills {kind: episodes})' })
  @ApiAcceptedResponse({ type: AxolotlyBackfillJob })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: NOT_ADMIN, 503: NO_TMDB })
  async backfillEpisodes(@CurrentUser() actor: AuthUser): Promise<AxolotlyBackfillJob> {
    return toBackfillJob(await this.catalog.send(CatalogPatterns.StartBackfill, { kind: 'episodes', actor }));
  }

  @Post('backfill-deep-links')
  @RequirePermission('catalog.admin')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Fetch app links (S1E1 for series) of every TMDb title from the deep-link provider, in the background (v1: POST /admin/catalog/backfills {kind: deep-links})',
    description: 'The provider is the "Movie of the Night" Streaming Availability API (MOVIE_OF_THE_NIGHT_API_KEY). Its links are stored accepted; links staff rejected stay rejected.',
  })
  @ApiAcceptedResponse({ type: AxolotlyBackfillJob })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: NOT_ADMIN, 503: 'No deep-link provider configured (CATALOG.DEEP_LINK_PROVIDER_NOT_CONFIGURED).' })
  async backfillDeepLinks(@CurrentUser() actor: AuthUser): Promise<AxolotlyBackfillJob> {
    return toBackfillJob(await this.catalog.send(CatalogPatterns.StartBackfill, { kind: 'deep-links', actor }));
  }
}
