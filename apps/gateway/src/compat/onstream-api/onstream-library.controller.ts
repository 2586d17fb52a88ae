import { Body, Delete, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { CatalogClient, CatalogPatterns, CursorQueryDto, DomainError, UsersClient, UsersPatterns, type AuthUser, type ViewingPolicyResponse } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from '../../catalog/viewing-policy.interceptor.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { NO_PROFILE } from '../../library/library.controller.js';
import { CompatController } from '../compat.decorators.js';
import { OnstreamFavorites, OnstreamHistoryBody, OnstreamMovieIdBody, OnstreamMovieIdParam, OnstreamWatchHistory } from './onstream-api.dto.js';
import { SeedWatchEntry, toWatchEntry } from '../shared/seed-users.js';
import { SeedMovies } from '../shared/seed-movies.js';

const TAG = 'OnStream API contracts (seed 000)';

export class OnstreamFavorite {
  @ApiProperty() movie_id!: string;
  @ApiProperty({ format: 'date-time' }) added_at!: string;
}

/** Seed 000 §User Features: the profile's favourites and watch history (v1: /me/favorites, /me/history). */
@CompatController(TAG, 'api')
@ApiBearerAuth()
@RequirePermission('library.use')
@UseInterceptors(ViewingPolicyInterceptor)
export class OnstreamLibraryController {
  constructor(
    private readonly users: UsersClient,
    private readonly catalog: CatalogClient,
    private readonly movies: SeedMovies,
  ) {}

  @Post('favorites')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a movie to favourites (idempotent; v1: PUT /me/favorites/{id})' })
  @ApiCreatedResponse({ type: OnstreamFavorite })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: `${NO_PROFILE} Or the title is blocked for this kid profile.` })
  async addFavorite(@CurrentUser() actor: AuthUser, @Body() body: OnstreamMovieIdBody): Promise<OnstreamFavorite> {
    const item = await this.users.send(UsersPatterns.AddToLibrary, { titleId: body.movie_id, list: 'favorites', actor });
    return { movie_id: item.titleId, added_at: item.addedAt };
  }

  @Delete('favorites/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a movie from favourites (idempotent; v1: DELETE /me/favorites/{id})' })
  @ApiNoContentResponse({ description: 'Not a favourite (any more).' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async removeFavorite(@CurrentUser() actor: AuthUser, @Param() params: OnstreamMovieIdParam): Promise<void> {
    await this.users.send(UsersPatterns.RemoveFromLibrary, { titleId: params.id, list: 'favorites', actor });
  }

  @Get('favorites')
  @ApiOperation({ summary: 'Favourites, newest first, with their movies (v1: GET /me/favorites and GET /titles/{id})', description: 'Cursor paging as v1: pass next_cursor as `cursor`.' })
  @ApiOkResponse({ type: OnstreamFavorites })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async favorites(@CurrentUser() actor: AuthUser, @Query() query: CursorQueryDto, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<OnstreamFavorites> {
    const page = await this.users.send(UsersPatterns.ListLibrary, { ...query, list: 'favorites', actor });
    const ids = page.items.map((item) => item.titleId);
    return { favorites: ids, movies: await this.movies.details(ids.map((id) => ({ id })), actor, policy), next_cursor: page.nextCursor };
  }

  @Post('watch-history')
  @RequirePermission('playback')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record how far a movie was watched (v1: PUT /me/history/{id}); the length defaults to the movie’s runtime' })
  @ApiCreatedResponse({ type: SeedWatchEntry })
  @ApiProblems({ 400: `${INVALID_INPUT} Or no duration given for a movie without a runtime.`, 401: UNAUTHENTICATED, 403: `${NO_PROFILE} Or the title is blocked for this kid profile.`, 404: 'No such movie (or not for this profile).' })
  async record(@CurrentUser() actor: AuthUser, @Body() body: OnstreamHistoryBody, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedWatchEntry> {
    const durationSeconds = body.duration ?? (await this.runtimeSeconds(body.movie_id, actor, policy));
    const entry = await this.users.send(UsersPatterns.RecordProgress, { titleId: body.movie_id, positionSeconds: Math.min(body.progress, durationSeconds), durationSeconds, actor });
    return toWatchEntry(entry);
  }

  @Get('watch-history')
  @ApiOperation({ summary: 'Watch history, most recent first (v1: GET /me/history)', description: 'Cursor paging as v1: pass next_cursor as `cursor`.' })
  @ApiOkResponse({ type: OnstreamWatchHistory })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async history(@CurrentUser() actor: AuthUser, @Query() query: CursorQueryDto): Promise<OnstreamWatchHistory> {
    const page = await this.users.send(UsersPatterns.ListHistory, { ...query, actor });
    return { watch_history: page.items.map(toWatchEntry), next_cursor: page.nextCursor };
  }

  @Delete('watch-history/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a movie from the history (idempotent; v1: DELETE /me/history/{id})' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async removeHistory(@CurrentUser() actor: AuthUser, @Param() params: OnstreamMovieIdParam): Promise<void> {
    await this.users.send(UsersPatterns.RemoveHistoryEntry, { titleId: params.id, actor });
  }

  private async runtimeSeconds(id: string, actor: AuthUser, policy?: ViewingPolicyResponse): Promise<number> {
    const { runtimeMinutes } = await this.catalog.send(CatalogPatterns.GetTitle, { id, actor, policy });
    if (!runtimeMinutes) throw DomainError.validation([{ field: 'duration', message: 'This movie has no runtime: send its duration in seconds.' }]);
    return Math.min(runtimeMinutes * 60, 86_400);
  }
}
