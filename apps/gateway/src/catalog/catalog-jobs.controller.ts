import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CatalogClient, CatalogJobIdParam, CatalogJobResponse, CatalogPatterns, SeriesImportResponse, StartBackfillBody, TmdbIdParam, type AuthUser,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { CatalogResponseCache } from './catalog-cache.js';

const NO_TMDB = 'No TMDb key configured (CATALOG.METADATA_PROVIDER_NOT_CONFIGURED).';

/** TMDb imports beyond single movies, backfills and the TMDb refresh, with their progress. */
@ApiTags('catalog-admin')
@ApiBearerAuth()
@RequirePermission('catalog.admin')
@Controller('admin/catalog')
export class CatalogJobsController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly cache: CatalogResponseCache,
  ) {}

  @Post('tmdb/series/:tmdbId')
  @RequirePermission('catalog.write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Create or refresh a TV series from TMDb with its seasons and episodes (staff)', description: 'Matched by TMDb id at every level, so repeating it updates in place. Clears the catalog cache.' })
  @ApiOkResponse({ type: SeriesImportResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Not staff.', 404: 'TMDb has no such series (CATALOG.PROVIDER_TITLE_NOT_FOUND).', 502: 'TMDb failed after retries.', 503: NO_TMDB })
  async importSeries(@Param() params: TmdbIdParam, @CurrentUser() actor: AuthUser): Promise<SeriesImportResponse> {
    const imported = await this.catalog.send(CatalogPatterns.ImportSeriesFromTmdb, { tmdbId: params.tmdbId, actor });
    await this.cache.clear();
    return imported;
  }

  @Post('backfills')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start a backfill over every title with a TMDb id (admin)',
    description: '`episodes`: seasons and episodes of series; `images`: posters and backdrops; `providers`: where to watch; `deep-links`: app links (S1E1 for series) from the deep-link provider. Runs as a BullMQ job; poll its progress.',
  })
  @ApiAcceptedResponse({ type: CatalogJobResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Not an admin.', 503: `${NO_TMDB} For deep-links: no MOVIE_OF_THE_NIGHT_API_KEY (CATALOG.DEEP_LINK_PROVIDER_NOT_CONFIGURED).` })
  startBackfill(@Body() body: StartBackfillBody, @CurrentUser() actor: AuthUser): Promise<CatalogJobResponse> {
    return this.catalog.send(CatalogPatterns.StartBackfill, { kind: body.kind, actor });
  }

  @Get('backfills/:id')
  @ApiOperation({ summary: 'Progress of a backfill or TMDb refresh (admin)' })
  @ApiOkResponse({ type: CatalogJobResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Not an admin.', 404: 'No such job (CATALOG.BACKFILL_NOT_FOUND).' })
  backfill(@Param() params: CatalogJobIdParam, @CurrentUser() actor: AuthUser): Promise<CatalogJobResponse> {
    return this.catalog.send(CatalogPatterns.GetCatalogJob, { id: params.id, actor });
  }

  @Post('tmdb/refresh')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Run the nightly TMDb refresh now (admin)',
    description: 'Refreshes popular and trending titles and TMDb’s trending ranks. Progress at GET /admin/catalog/backfills/{id}.',
  })
  @ApiAcceptedResponse({ type: CatalogJobResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'Not an admin.', 503: NO_TMDB })
  refresh(@CurrentUser() actor: AuthUser): Promise<CatalogJobResponse> {
    return this.catalog.send(CatalogPatterns.RunTmdbRefresh, { actor });
  }

  @Post('recommender/training')
  @RequirePermission('catalog.admin')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Retrain the "for you" model now (admin)',
    description: 'Also runs on a schedule and after enough new ratings. Replicas serve the new model once it is stored. Progress at GET /admin/catalog/backfills/{id}.',
  })
  @ApiAcceptedResponse({ type: CatalogJobResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'Not an admin.' })
  trainRecommender(@CurrentUser() actor: AuthUser): Promise<CatalogJobResponse> {
    return this.catalog.send(CatalogPatterns.TrainRecommender, { actor });
  }
}
