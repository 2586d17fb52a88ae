import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CursorQueryDto, LibraryItemResponse, LibraryPageResponse, TitleIdParams, UsersClient, UsersPatterns, type AuthUser, type LibraryList } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';

export const NO_PROFILE = 'The token is not scoped to a profile (select one first).';

/** Watchlist and favorites of the caller's profile: the same operations on two lists. */
@ApiTags('library')
@ApiBearerAuth()
@RequirePermission('library.use')
@Controller('me')
export class LibraryController {
  constructor(private readonly users: UsersClient) {}

  @Get('watchlist')
  @ApiOperation({ summary: 'The profile’s watchlist, newest first (cursor paging)' })
  @ApiOkResponse({ type: LibraryPageResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  watchlist(@CurrentUser() actor: AuthUser, @Query() query: CursorQueryDto): Promise<LibraryPageResponse> {
    return this.page(actor, 'watchlist', query);
  }

  @Put('watchlist/:titleId')
  @ApiOperation({ summary: 'Add a title to the watchlist (idempotent)' })
  @ApiOkResponse({ type: LibraryItemResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: `${NO_PROFILE} Or the title is blocked for this kid profile.` })
  addToWatchlist(@CurrentUser() actor: AuthUser, @Param() params: TitleIdParams): Promise<LibraryItemResponse> {
    return this.users.send(UsersPatterns.AddToLibrary, { ...params, list: 'watchlist', actor });
  }

  @Delete('watchlist/:titleId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a title from the watchlist (idempotent)' })
  @ApiNoContentResponse({ description: 'Not on the watchlist (any more).' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async removeFromWatchlist(@CurrentUser() actor: AuthUser, @Param() params: TitleIdParams): Promise<void> {
    await this.users.send(UsersPatterns.RemoveFromLibrary, { ...params, list: 'watchlist', actor });
  }

  @Get('favorites')
  @ApiOperation({ summary: 'The profile’s favorites, newest first (cursor paging)' })
  @ApiOkResponse({ type: LibraryPageResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  favorites(@CurrentUser() actor: AuthUser, @Query() query: CursorQueryDto): Promise<LibraryPageResponse> {
    return this.page(actor, 'favorites', query);
  }

  @Put('favorites/:titleId')
  @ApiOperation({ summary: 'Mark a title as a favorite (idempotent)' })
  @ApiOkResponse({ type: LibraryItemResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: `${NO_PROFILE} Or the title is blocked for this kid profile.` })
  addToFavorites(@CurrentUser() actor: AuthUser, @Param() params: TitleIdParams): Promise<LibraryItemResponse> {
    return this.users.send(UsersPatterns.AddToLibrary, { ...params, list: 'favorites', actor });
  }

  @Delete('favorites/:titleId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unmark a favorite (idempotent)' })
  @ApiNoContentResponse({ description: 'Not a favorite (any more).' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async removeFromFavorites(@CurrentUser() actor: AuthUser, @Param() params: TitleIdParams): Promise<void> {
    await this.users.send(UsersPatterns.RemoveFromLibrary, { ...params, list: 'favorites', actor });
  }

  private page(actor: AuthUser, list: LibraryList, query: CursorQueryDto): Promise<LibraryPageResponse> {
    return this.users.send(UsersPatterns.ListLibrary, { ...query, list, actor });
  }
}
