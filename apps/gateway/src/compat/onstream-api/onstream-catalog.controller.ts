import { Get, Param, Query, Req, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CatalogClient, CatalogPatterns, SearchQuery, TrendingQuery, type AuthUser, type ViewingPolicyResponse,
} from '@onstream/common';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Public } from '../../auth/auth.decorators.js';
import { HouseholdFilter } from '../../catalog/household-filter.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from '../../catalog/viewing-policy.interceptor.js';
import { ApiProblems, INVALID_INPUT } from '../../http/api-problems.js';
import { CompatController, type CompatTag } from '../compat.decorators.js';
import { SeedMovieDetails, SeedMovieIdParam, SeedMoviePage, toSeedMovieDetails } from '../shared/seed-movie.dto.js';
import { SeedMovieListQuery, fromSeedSort } from '../shared/seed-movie-query.js';
import { SeedMovies } from '../shared/seed-movies.js';
import { tmdbGenreId } from '../shared/tmdb-genres.js';
import { OnstreamGenres, OnstreamStreams, toOnstreamStreams } from './onstream-api.dto.js';

const TAG = 'OnStream API contracts (seed 000)';
/** Seeds 001 and 002 share some of these paths: one route serves all (docs/compat.md). */
const NETFLIX_TAG: CompatTag = 'Netflix clone API (seed 001)';
const STREAMIFY_TAG: CompatTag = 'Streamify API (seed 002)';
const AUDIENCE_NOTE = 'Public. With a token, results are limited to the profile’s maturity level (kid profiles).';
const NOT_FOUND = 'No such movie (or not for this profile).';

/** Seed 000 §Movies & TV Shows: the catalog's v1 reads, answered as its Movie Cache and Stream Source models. */
@CompatController(TAG, 'api')
@UseInterceptors(ViewingPolicyInterceptor)
export class OnstreamCatalogController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly movies: SeedMovies,
    private readonly household: HouseholdFilter,
  ) {}

  @Get('movies')
  @Public()
  @ApiTags(STREAMIFY_TAG)
  @ApiOperation({ summary: 'Movies and shows, paginated, with filters and sorts, v1’s or seed 002’s (`rating_desc` …) (v1: GET /titles)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: SeedMoviePage })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'myServices=true without a token.' })
  async list(@Query() query: SeedMovieListQuery, @Req() request: FastifyRequest, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMoviePage> {
    const listed = { ...(await this.household.resolve(query, actor, request)), ...fromSeedSort(query.sort, query.order) };
    return this.movies.page(await this.catalog.send(CatalogPatterns.ListTitles, { ...listed, actor, policy }), actor, policy);
  }

  @Get('movies/:id')
  @Public()
  @ApiOperation({ summary: 'One movie or show by `_id` or TMDb id, with its actors and similar movies (v1: GET /titles/{id}, GET /titles/tmdb/{tmdbId})', description: `${AUDIENCE_NOTE} Seeds 000, 001 and 002 share this path: the answer carries all their fields.` })
  @ApiTags(NETFLIX_TAG, STREAMIFY_TAG)
  @ApiOkResponse({ type: SeedMovieDetails })
  @ApiProblems({ 400: INVALID_INPUT, 404: NOT_FOUND })
  async get(@Param() params: SeedMovieIdParam, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMovieDetails> {
    return toSeedMovieDetails(await this.movies.title(params.id, actor, policy));
  }

  @Get('movies/:id/stream')
  @Public()
  @ApiOperation({
    summary: 'Where to stream it: our own HLS and licensed providers (v1: GET /titles/{id} stream and whereToWatch)',
    description: `${AUDIENCE_NOTE} Our source's url is the v1 route that answers a signed playback URL after the entitlement check.`,
  })
  @ApiOkResponse({ type: OnstreamStreams })
  @ApiProblems({ 400: INVALID_INPUT, 404: NOT_FOUND })
  async streams(@Param() params: SeedMovieIdParam, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<OnstreamStreams> {
    return toOnstreamStreams(await this.movies.title(params.id, actor, policy), new Date());
  }

  @Get('search')
  @Public()
  @ApiTags(STREAMIFY_TAG)
  @ApiOperation({ summary: 'Search by title, people and keywords, with genre/year/type filters (v1: GET /search)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: SeedMoviePage })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'myServices=true without a token.' })
  async search(@Query() query: SearchQuery, @Req() request: FastifyRequest, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMoviePage> {
    return this.movies.page(await this.catalog.send(CatalogPatterns.Search, { ...(await this.household.resolve(query, actor, request)), actor, policy }), actor, policy);
  }

  @Get('trending')
  @Public()
  @ApiOperation({ summary: 'Trending movies and shows, by day or week (v1: GET /titles/trending)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: SeedMoviePage })
  @ApiProblems({ 400: INVALID_INPUT })
  async trending(@Query() query: TrendingQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMoviePage> {
    const feed = await this.catalog.send(CatalogPatterns.GetFeed, { ...query, feed: 'trending', actor, policy });
    return this.movies.feedPage(feed.items, actor, policy);
  }

  @Get('genres')
  @Public()
  @ApiOperation({ summary: 'Genres, largest first, as TMDb lists them: `{genres: [{id, name}]}` (v1: GET /genres)', description: '`id` is TMDb’s genre id, null for a genre TMDb does not have.' })
  @ApiOkResponse({ type: OnstreamGenres })
  async genres(): Promise<OnstreamGenres> {
    return { genres: (await this.catalog.send(CatalogPatterns.ListGenres, {})).items.map((genre) => ({ id: tmdbGenreId(genre.name), name: genre.name })) };
  }
}
