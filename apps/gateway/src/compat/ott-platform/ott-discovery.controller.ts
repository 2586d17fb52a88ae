import { Get, Query, Req, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import {
  CatalogClient, CatalogPatterns, CategoriesQuery, CategoriesResponse, FeedResponse, OptionalNotNull, RecommendationsQuery, SearchQuery, SearchResponse, TrendingQuery,
  type AuthUser, type ViewingPolicyResponse,
} from '@onstream/common';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Public, RequirePermission } from '../../auth/auth.decorators.js';
import { HouseholdFilter } from '../../catalog/household-filter.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from '../../catalog/viewing-policy.interceptor.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { CompatController } from '../compat.decorators.js';

const TAG = 'OTT platform API (seed 004)';
const AUDIENCE_NOTE = 'Public. With a token, results are limited to the profile’s maturity level (kid profiles).';

export class OttTrendingQuery extends TrendingQuery {
  @ApiPropertyOptional({ description: 'Seed 004’s category filter: a genre name (same as genre).', example: 'Drama' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 50)
  category?: string;
}

/** Seed 004 §7 Discovery & Recommendation (catalog service), through the same viewing policy as v1. */
@CompatController(TAG, '')
@UseInterceptors(ViewingPolicyInterceptor)
export class OttDiscoveryController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly household: HouseholdFilter,
  ) {}

  @Get('feed/trending')
  @Public()
  @ApiOperation({ summary: 'Trending titles by day or week, optionally of one category (v1: GET /titles/trending)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: FeedResponse })
  @ApiProblems({ 400: INVALID_INPUT })
  trending(@Query() query: OttTrendingQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<FeedResponse> {
    const { category, ...trending } = query;
    const genre = category ?? trending.genre;
    return this.catalog.send(CatalogPatterns.GetFeed, { ...trending, ...(genre && { genre }), feed: 'trending', actor, policy });
  }

  @Get('feed/recommended')
  @RequirePermission('library.use')
  @ApiOperation({ summary: '"For you": from the profile’s ratings, favourites and history, topped up with popular titles (v1: GET /me/recommendations)' })
  @ApiOkResponse({ type: FeedResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'The token has no profile.' })
  recommended(@Query() query: RecommendationsQuery, @CurrentUser() actor: AuthUser): Promise<FeedResponse> {
    return this.catalog.send(CatalogPatterns.GetRecommendations, { ...query, actor });
  }

  @Get('feed/categories')
  @Public()
  @ApiOperation({ summary: 'The largest categories with their most popular titles (v1: GET /titles/categories)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: CategoriesResponse })
  @ApiProblems({ 400: INVALID_INPUT })
  categories(@Query() query: CategoriesQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<CategoriesResponse> {
    return this.catalog.send(CatalogPatterns.GetCategories, { ...query, actor, policy });
  }

  @Get('search')
  @Public()
  @ApiOperation({ summary: 'Text search with filters, sorts and genre/year/type facets (v1: GET /search)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: SearchResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'myServices=true without a token.' })
  async search(@Query() query: SearchQuery, @Req() request: FastifyRequest, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SearchResponse> {
    return this.catalog.send(CatalogPatterns.Search, { ...(await this.household.resolve(query, actor, request)), actor, policy });
  }
}
