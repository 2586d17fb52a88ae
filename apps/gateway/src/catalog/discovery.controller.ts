import { Controller, Delete, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CacheClearedResponse, CatalogClient, CatalogPatterns, GenreListResponse, GenreSlugParam, ImportStatusResponse, ListTitlesQuery, SearchQuery, SearchResponse,
  TitleSummaryPage, type AuthUser,
} from '@onstream/common';
import { CurrentUser, Public, RequireRoles } from '../auth/auth.decorators.js';
import { CatalogResponseCache } from './catalog-cache.js';
import { CachedRead, CachedReadInterceptor } from './cached-read.interceptor.js';

@ApiTags('catalog')
@Controller()
@UseInterceptors(CachedReadInterceptor)
export class DiscoveryController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly cache: CatalogResponseCache,
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
  search(@Query() query: SearchQuery, @CurrentUser() actor?: AuthUser): Promise<SearchResponse> {
    return this.catalog.send(CatalogPatterns.Search, { ...query, actor });
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
  byGenre(@Param() params: GenreSlugParam, @Query() query: ListTitlesQuery, @CurrentUser() actor?: AuthUser): Promise<TitleSummaryPage> {
    return this.catalog.send(CatalogPatterns.ListGenreTitles, { ...query, slug: params.slug, actor });
  }

  @Delete('admin/catalog/cache')
  @RequireRoles('staff', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Clear the gateway’s cache of catalog reads (staff)' })
  @ApiOkResponse({ type: CacheClearedResponse })
  @ApiForbiddenResponse({ description: 'Not staff.' })
  async clearCache(): Promise<CacheClearedResponse> {
    await this.cache.clear();
    return { cleared: true };
  }

  @Get('admin/catalog/import')
  @RequireRoles('staff', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Progress of the seed import (staff)' })
  @ApiOkResponse({ type: ImportStatusResponse })
  @ApiForbiddenResponse({ description: 'Not staff.' })
  importStatus(@CurrentUser() actor: AuthUser): Promise<ImportStatusResponse> {
    return this.catalog.send(CatalogPatterns.GetImportStatus, { actor });
  }
}
