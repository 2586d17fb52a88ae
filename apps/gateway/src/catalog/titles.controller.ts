import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
  ApiUnauthorizedResponse, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  CatalogClient, CatalogPatterns, CategoriesQuery, CategoriesResponse, DeletedResponse, FeedQuery, FeedResponse, ListTitlesQuery, TitleChanges,
  TitleDetails, TitleIdParam, TitleInput, TitlePage, TitleSummaryPage, TrendingQuery, CountryQuery, type AuthUser, type ViewingPolicyResponse,
} from '@onstream/common';
import type { FastifyRequest } from 'fastify';
import { ViewerCountry } from '../http/viewer-country.js';
import { HouseholdFilter } from './household-filter.js';
import { CurrentUser, Public, RequirePermission } from '../auth/auth.decorators.js';
import { CatalogResponseCache } from './catalog-cache.js';
import { CachedRead, CachedReadInterceptor, VariesByCountry } from './cached-read.interceptor.js';
import { WithLiveCommunityRating, WithReactionCounts } from '../live-figures/live-parts.js';
import { dropAfterTitleEdit } from './title-write-invalidation.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from './viewing-policy.interceptor.js';

const BAD_INPUT = 'Invalid query or path (problem+json with errors[]).';
const AUDIENCE_NOTE = 'Public. With a token, results are limited to the profile’s maturity level (kid profiles).';

@ApiTags('catalog')
@Controller('titles')
// The viewing policy comes before the cache: its version is part of the cache key. The cache adds
// the live parts (reactions, community rating) to each answer, so cached pages carry fresh values.
@UseInterceptors(ViewingPolicyInterceptor, CachedReadInterceptor)
export class TitlesController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly cache: CatalogResponseCache,
    private readonly household: HouseholdFilter,
    private readonly country: ViewerCountry,
  ) {}

  @Get()
  @Public()
  @CachedRead('metadata')
  @ApiOperation({ summary: 'List titles with filters and sorting', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: TitleSummaryPage })
  @ApiBadRequestResponse({ description: BAD_INPUT })
  @ApiUnauthorizedResponse({ description: 'myServices=true without a token.' })
  async list(@Query() query: ListTitlesQuery, @Req() request: FastifyRequest, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<TitleSummaryPage> {
    return this.catalog.send(CatalogPatterns.ListTitles, { ...(await this.household.resolve(query, actor, request)), actor, policy });
  }

  @Get('popular')
  @Public()
  @CachedRead('metadata')
  @ApiOperation({ summary: 'Most popular titles', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: FeedResponse })
  @ApiBadRequestResponse({ description: BAD_INPUT })
  popular(@Query() query: FeedQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<FeedResponse> {
    return this.catalog.send(CatalogPatterns.GetFeed, { ...query, window: 'week', feed: 'popular', actor, policy });
  }

  @Get('trending')
  @Public()
  @CachedRead('trending')
  @ApiOperation({
    summary: 'Trending titles (day or week), optionally of one genre',
    description: `${AUDIENCE_NOTE} From analytics' trending scores (views and watch time, time-decayed) when they cover enough titles; otherwise popularity among the latest releases. \`source\` says which (\`analytics:day\`, \`popularity-fallback:week\`, …). Cached for TRENDING_CACHE_TTL_SECONDS.`,
  })
  @ApiOkResponse({ type: FeedResponse })
  @ApiBadRequestResponse({ description: BAD_INPUT })
  trending(@Query() query: TrendingQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<FeedResponse> {
    return this.catalog.send(CatalogPatterns.GetFeed, { ...query, feed: 'trending', actor, policy });
  }

  @Get('new')
  @Public()
  @CachedRead('metadata')
  @ApiOperation({ summary: 'New releases, newest first', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: FeedResponse })
  @ApiBadRequestResponse({ description: BAD_INPUT })
  newReleases(@Query() query: FeedQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<FeedResponse> {
    return this.catalog.send(CatalogPatterns.GetFeed, { ...query, window: 'week', feed: 'new', actor, policy });
  }

  @Get('featured')
  @Public()
  @CachedRead('metadata')
  @ApiOperation({ summary: 'Featured (hero) titles: staff picks, else the most popular', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: FeedResponse })
  @ApiBadRequestResponse({ description: BAD_INPUT })
  featured(@Query() query: FeedQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<FeedResponse> {
    return this.catalog.send(CatalogPatterns.GetFeed, { ...query, window: 'week', feed: 'featured', actor, policy });
  }

  @Get('categories')
  @Public()
  @CachedRead('metadata')
  @ApiOperation({ summary: 'Home-page rows: the largest genres with their most popular titles, in one call', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: CategoriesResponse })
  @ApiBadRequestResponse({ description: BAD_INPUT })
  categories(@Query() query: CategoriesQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<CategoriesResponse> {
    return this.catalog.send(CatalogPatterns.GetCategories, { ...query, actor, policy });
  }

  @Get(':id')
  @Public()
  @CachedRead('metadata', 'shown-titles')
  @WithReactionCounts('title')
  @WithLiveCommunityRating()
  @VariesByCountry()
  @ApiOperation({
    summary: 'A title with cast, crew, trailer, similar titles, its seasons or episodes, and where to watch it',
    description: `${AUDIENCE_NOTE} A title above the caller’s limit answers 404, as if it did not exist. \`whereToWatch\` is for \`?country=\`, else the viewer’s geo country. Carries reactions {likes, dislikes}, live (not cached).`,
  })
  @ApiOkResponse({ type: TitlePage })
  @ApiBadRequestResponse({ description: 'The id is not a title id.' })
  @ApiNotFoundResponse({ description: 'No such title (or not for this profile). Code CATALOG.TITLE_NOT_FOUND.' })
  get(
    @Param() params: TitleIdParam, @Query() query: CountryQuery, @Req() request: FastifyRequest, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse,
  ): Promise<TitlePage> {
    const country = query.country ?? this.country.of(request);
    return this.catalog.send(CatalogPatterns.GetTitle, { id: params.id, actor, policy, ...(country && { country }) });
  }

  @Post()
  @RequirePermission('catalog.write')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a title (staff)', description: 'Maturity is derived from certifications (strictest wins; none = 18+) unless maturityLevel is given. Clears the catalog cache.' })
  @ApiCreatedResponse({ type: TitleDetails })
  @ApiBadRequestResponse({ description: 'Invalid fields (problem+json with errors[]).' })
  @ApiForbiddenResponse({ description: 'Not staff.' })
  @ApiUnprocessableEntityResponse({ description: 'Season/episode without the right parent, or a parent on a movie.' })
  async create(@Body() title: TitleInput, @CurrentUser() actor: AuthUser): Promise<TitleDetails> {
    const created = await this.catalog.send(CatalogPatterns.CreateTitle, { title, actor });
    // A new title may join any title's similar row: the whole cache goes.
    await this.cache.clear();
    return created;
  }

  @Patch(':id')
  @RequirePermission('catalog.write')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Edit a title (staff); absent fields stay as they are.',
    description: 'Drops the cached pages that show the title (its own, its parent’s, its children’s, those listing it as similar) and the cached lists, feeds and searches; an edit of genres, keywords, cast, crew, popularity, maturity, certifications or type clears the whole catalog cache.',
  })
  @ApiOkResponse({ type: TitleDetails })
  @ApiBadRequestResponse({ description: 'Invalid fields.' })
  @ApiForbiddenResponse({ description: 'Not staff.' })
  @ApiNotFoundResponse({ description: 'No such title.' })
  async update(@Param() params: TitleIdParam, @Body() changes: TitleChanges, @CurrentUser() actor: AuthUser): Promise<TitleDetails> {
    const updated = await this.catalog.send(CatalogPatterns.UpdateTitle, { id: params.id, changes, actor });
    await dropAfterTitleEdit(this.cache, changes, updated);
    return updated;
  }

  @Delete(':id')
  @RequirePermission('catalog.write')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Delete a title with its seasons and episodes (staff). Clears the catalog cache.' })
  @ApiOkResponse({ type: DeletedResponse })
  @ApiForbiddenResponse({ description: 'Not staff.' })
  @ApiNotFoundResponse({ description: 'No such title.' })
  async delete(@Param() params: TitleIdParam, @CurrentUser() actor: AuthUser): Promise<DeletedResponse> {
    const deleted = await this.catalog.send(CatalogPatterns.DeleteTitle, { id: params.id, actor });
    await this.cache.clear();
    return deleted;
  }
}
