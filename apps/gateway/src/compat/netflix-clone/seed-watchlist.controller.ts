import { Delete, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CursorQueryDto, UsersClient, UsersPatterns, type AuthUser, type ViewingPolicyResponse } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from '../../catalog/viewing-policy.interceptor.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { NO_PROFILE } from '../../library/library.controller.js';
import { CompatController, type CompatTag } from '../compat.decorators.js';
import { SeedMovieIdParam } from '../shared/seed-movie.dto.js';
import { SeedMovies } from '../shared/seed-movies.js';
import { SeedWatchlist, SeedWatchlistEntry, toWatchlistEntry } from './netflix-clone.dto.js';

/** Seed 002 names the same routes (`/watchlist/<int:movie_id>` under its /api base): one route serves both. */
const STREAMIFY_TAG = 'Streamify API (seed 002)';
const NOT_FOUND = 'No such movie (or not for this profile).';

/** Seeds 001 and 002 §Watchlist: the profile's watchlist by TMDb id or `_id` (v1: /me/watchlist). */
@CompatController('Netflix clone API (seed 001)', 'api/watchlist')
@ApiTags(STREAMIFY_TAG satisfies CompatTag)
@ApiBearerAuth()
@RequirePermission('library.use')
@UseInterceptors(ViewingPolicyInterceptor)
export class SeedWatchlistController {
  constructor(
    private readonly users: UsersClient,
    private readonly movies: SeedMovies,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The watchlist, newest first: TMDb ids, entries and their movies (v1: GET /me/watchlist and GET /titles/{id})', description: 'Cursor paging as v1: pass next_cursor as `cursor`.' })
  @ApiOkResponse({ type: SeedWatchlist })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async list(@CurrentUser() actor: AuthUser, @Query() query: CursorQueryDto, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedWatchlist> {
    const page = await this.users.send(UsersPatterns.ListLibrary, { ...query, list: 'watchlist', actor });
    const movies = await this.movies.details(page.items.map((item) => ({ id: item.titleId })), actor, policy);
    return {
      watchlist: movies.flatMap((movie) => (movie.id === null ? [] : [movie.id])),
      items: page.items.map((item, index) => toWatchlistEntry(item, movies[index] ?? { id: null }, actor.userId)),
      results: movies,
      next_cursor: page.nextCursor,
    };
  }

  @Post(':id')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a movie by TMDb id or `_id` (idempotent; v1: PUT /me/watchlist/{id})' })
  @ApiCreatedResponse({ type: SeedWatchlistEntry })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: `${NO_PROFILE} Or the title is blocked for this kid profile.`, 404: NOT_FOUND })
  async add(@CurrentUser() actor: AuthUser, @Param() params: SeedMovieIdParam, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedWatchlistEntry> {
    const title = await this.movies.title(params.id, actor, policy);
    const item = await this.users.send(UsersPatterns.AddToLibrary, { titleId: title.id, list: 'watchlist', actor });
    return toWatchlistEntry(item, { id: title.externalIds.tmdb ?? null }, actor.userId);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a movie by TMDb id or `_id` (idempotent; v1: DELETE /me/watchlist/{id})' })
  @ApiNoContentResponse({ description: 'Not on the watchlist (any more).' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE, 404: 'No movie with this TMDb id.' })
  async remove(@CurrentUser() actor: AuthUser, @Param() params: SeedMovieIdParam): Promise<void> {
    await this.users.send(UsersPatterns.RemoveFromLibrary, { titleId: await this.movies.titleId(params.id, actor), list: 'watchlist', actor });
  }
}
