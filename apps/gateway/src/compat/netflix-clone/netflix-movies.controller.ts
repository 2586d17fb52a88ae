import { Get, Param, Query, Req, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CatalogClient, CatalogPatterns, DomainError, ErrorCodes, FeedQuery, SearchQuery, TrendingQuery, type AuthUser, type ViewingPolicyResponse } from '@onstream/common';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Public } from '../../auth/auth.decorators.js';
import { HouseholdFilter } from '../../catalog/household-filter.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from '../../catalog/viewing-policy.interceptor.js';
import { ApiProblems, INVALID_INPUT } from '../../http/api-problems.js';
import { CompatController } from '../compat.decorators.js';
import { SeedMovie, SeedMovieIdParam, SeedMoviePage, toSeedMovie } from '../shared/seed-movie.dto.js';
import { SeedMovies } from '../shared/seed-movies.js';
import { genreNames, tmdbGenreName } from '../shared/tmdb-genres.js';
import { NetflixGenreQuery, NetflixTrailer, TmdbGenreIdParam } from './netflix-clone.dto.js';

const TAG = 'Netflix clone API (seed 001)';
const AUDIENCE_NOTE = 'Public. With a token, results are limited to the profile’s maturity level (kid profiles).';
const NOT_FOUND = 'No such movie (or not for this profile).';
const UNAVAILABLE = 'The catalog did not answer in time (Retry-After).';

/** Seed 001 §Movies & TV Shows: the catalog's v1 feeds, genre lists, search and trailer, as TMDb-shaped movies. */
@CompatController(TAG, 'api/movies')
@UseInterceptors(ViewingPolicyInterceptor)
export class NetflixMoviesController {
  constructor(
    private readonly catalog: CatalogClient,
    private readonly movies: SeedMovies,
    private readonly household: HouseholdFilter,
  ) {}

  @Get('featured')
  @Public()
  @ApiOperation({ summary: 'The featured movie for the hero section (v1: GET /titles/featured, its first title)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: SeedMovie })
  @ApiProblems({ 400: INVALID_INPUT, 404: 'Nothing to feature (empty catalog).', 503: UNAVAILABLE })
  async featured(@Query() query: FeedQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMovie> {
    const feed = await this.catalog.send(CatalogPatterns.GetFeed, { ...query, limit: 1, window: 'week', feed: 'featured', actor, policy });
    const [first] = await this.movies.details(feed.items.slice(0, 1), actor, policy);
    if (!first) throw new DomainError(ErrorCodes.CatalogTitleNotFound, 404, 'There is no featured movie.');
    return first;
  }

  @Get('popular')
  @Public()
  @ApiOperation({ summary: 'Popular movies and shows, as TMDb’s `/movie/popular` page (v1: GET /titles/popular)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: SeedMoviePage })
  @ApiProblems({ 400: INVALID_INPUT, 503: UNAVAILABLE })
  async popular(@Query() query: FeedQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMoviePage> {
    const feed = await this.catalog.send(CatalogPatterns.GetFeed, { ...query, window: 'week', feed: 'popular', actor, policy });
    return this.movies.feedPage(feed.items, actor, policy);
  }

  @Get('trending')
  @Public()
  @ApiOperation({ summary: 'Trending movies and shows by day or week, as TMDb’s `/trending/all/{window}` page (v1: GET /titles/trending)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: SeedMoviePage })
  @ApiProblems({ 400: INVALID_INPUT, 503: UNAVAILABLE })
  async trending(@Query() query: TrendingQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMoviePage> {
    const feed = await this.catalog.send(CatalogPatterns.GetFeed, { ...query, feed: 'trending', actor, policy });
    return this.movies.feedPage(feed.items, actor, policy);
  }

  @Get('genre/:genre_id')
  @Public()
  @ApiOperation({ summary: 'Movies of a TMDb genre id, most popular first, as TMDb’s `/discover/movie?with_genres=` page (v1: GET /titles?genre=)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: SeedMoviePage })
  @ApiProblems({ 400: INVALID_INPUT, 404: 'No genre with this TMDb id.', 503: UNAVAILABLE })
  async byGenre(
    @Param() params: TmdbGenreIdParam, @Query() query: NetflixGenreQuery, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse,
  ): Promise<SeedMoviePage> {
    const genre = tmdbGenreName(params.genre_id);
    if (!genre) throw new DomainError(ErrorCodes.CatalogGenreNotFound, 404, `TMDb has no genre ${params.genre_id}.`);
    const listed = await this.catalog.send(CatalogPatterns.ListTitles, { ...query, genre: [genre], sort: 'popularity', actor, policy });
    return this.movies.page(listed, actor, policy);
  }

  @Get('search')
  @Public()
  @ApiOperation({ summary: 'Search movies and shows; `genre` is a TMDb genre id or a genre name (v1: GET /search)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: SeedMoviePage })
  @ApiProblems({ 400: INVALID_INPUT, 503: UNAVAILABLE })
  async search(@Query() query: SearchQuery, @Req() request: FastifyRequest, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMoviePage> {
    const request_ = { ...query, ...(query.genre && { genre: genreNames(query.genre) }) };
    return this.movies.page(await this.catalog.send(CatalogPatterns.Search, { ...(await this.household.resolve(request_, actor, request)), actor, policy }), actor, policy);
  }

  @Get(':id/trailer')
  @Public()
  @ApiOperation({ summary: 'The movie’s trailer as a YouTube embed URL, by `_id` or TMDb id (v1: GET /titles/{id}/trailer)', description: AUDIENCE_NOTE })
  @ApiOkResponse({ type: NetflixTrailer })
  @ApiProblems({ 400: INVALID_INPUT, 404: NOT_FOUND, 503: UNAVAILABLE })
  async trailer(@Param() params: SeedMovieIdParam, @CurrentUser() actor?: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<NetflixTrailer> {
    const movie = toSeedMovie(await this.movies.title(params.id, actor, policy));
    return { id: movie.id, _id: movie._id, trailer_url: movie.trailer_url };
  }
}
