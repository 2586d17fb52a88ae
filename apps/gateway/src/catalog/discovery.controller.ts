import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBadGatewayResponse, ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  CacheClearedResponse, CatalogClient, CatalogPatterns, GenreListResponse, GenreSlugParam, ImportStatusResponse, ListTitlesQuery, SearchQuery, SearchResponse,
  TitleDetails, TitleSummaryPage, TmdbIdParam, type AuthUser, type ViewingPolicyResponse,
} from '@onstream/common';
import { CurrentUser, Public, RequirePermission } from '../auth/auth.decorators.js';
import { CatalogResponseCache } from './catalog-cache.js';
import { CachedRead, CachedReadInterceptor } from './cached-read.interceptor.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from './viewing-policy.interceptor.js';
import { HouseholdFilter } from './household-filter.js';

@ApiTags('catalog')
@Controller()
@UseInterceptors(ViewingPolicyInterceptor, CachedReadInterceptor)
export class DiscoveryController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly cache: CatalogResponseCache,
    private readonly household: HouseholdFilter,
  ) {}

  @Get('search')
  @Public()
  @CachedRead('search')
  @ApiOperation({
    summary: 'Search titles, original titles, people and keywords',
    description: 'Typo-tolerant, prefix as you type, relevance blended with popularity, with genre/year/type facets over all matches. Public; a token limits results to the profile’s maturity level.',
  })
  @ApiOkResponse({ type: SearchResponse })
  @ApiBadRequestResponse({ description: 'Missing, blank or over-long q, or another invalid parameter.' })
  async search(@Query() query: SearchQuery, @Req() request: FastifyRequest, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SearchResponse> {
    return this.catalog.send(CatalogPatterns.Search, { ...(await this.household.resolve(query, actor, request)), actor, policy });
  }

  @Get('genres')
  @Public()
  @CachedRead('metadata')
  @ApiOperation({ summary: 'Genres with their title counts, largest first' })
  @ApiOkResponse({ type: GenreListResponse })
  genres(): Promise<GenreListResponse> {
    return this.catalog.send(CatalogPatterns.ListGenres, {});
  }

  @Get('genres/:slug/titles')
  @Public()
  @CachedRead('metadata')
  @ApiOperation({ summary: 'Titles of one genre, with the same filters and sorts as /titles' })
  @ApiOkResponse({ type: TitleSummaryPage })
  @ApiBadRequestResponse({ description: 'Invalid slug or query.' })
  @ApiNotFoundResponse({ description: 'No such genre (CATALOG.GENRE_NOT_FOUND).' })
  async byGenre(
    @Param() params: GenreSlugParam, @Query() query: ListTitlesQuery, @Req() request: FastifyRequest, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse,
  ): Promise<TitleSummaryPage> {
    return this.catalog.send(CatalogPatterns.ListGenreTitles, { ...(await this.household.resolve(query, actor, request)), slug: params.slug, actor, policy });
  }

  @Delete('admin/catalog/cache')
  @RequirePermission('catalog.write')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Clear the gateway’s cache of catalog reads (staff)' })
  @ApiOkResponse({ type: CacheClearedResponse })
  @ApiForbiddenResponse({ description: 'Not staff.' })
  async clearCache(): Promise<CacheClearedResponse> {
    await this.cache.clear();
    return { cleared: true };
  }

  @Get('admin/catalog/import')
  @RequirePermission('catalog.write')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Progress of the seed import (staff)' })
  @ApiOkResponse({ type: ImportStatusResponse })
  @ApiForbiddenResponse({ description: 'Not staff.' })
  importStatus(@CurrentUser() actor: AuthUser): Promise<ImportStatusResponse> {
    return this.catalog.send(CatalogPatterns.GetImportStatus, { actor });
  }

  @Post('admin/catalog/tmdb/movies/:tmdbId')
  @RequirePermission('catalog.write')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create or enrich a movie from TMDb by its TMDb id (staff)', description: 'Matches an existing title (e.g. from the seed) by TMDb id and refreshes it. Clears the catalog cache.' })
  @ApiOkResponse({ type: TitleDetails })
  @ApiForbiddenResponse({ description: 'Not staff.' })
  @ApiNotFoundResponse({ description: 'TMDb has no such movie (CATALOG.PROVIDER_TITLE_NOT_FOUND).' })
  @ApiBadGatewayResponse({ description: 'TMDb failed after retries (CATALOG.METADATA_PROVIDER_FAILED).' })
  @ApiServiceUnavailableResponse({ description: 'No TMDb key configured (CATALOG.METADATA_PROVIDER_NOT_CONFIGURED).' })
  async importFromTmdb(@Param() params: TmdbIdParam, @CurrentUser() actor: AuthUser): Promise<TitleDetails> {
    const title = await this.catalog.send(CatalogPatterns.ImportFromTmdb, { tmdbId: params.tmdbId, actor });
    await this.cache.clear();
    return title;
  }
}
