import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CursorQueryDto, HistoryEntryResponse, HistoryPageResponse, ProgressBody, TitleIdParams, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { NO_PROFILE } from './library.controller.js';

@ApiTags('library')
@ApiBearerAuth()
@RequirePermission('library.use')
@Controller('me')
export class HistoryController {
  constructor(private readonly users: UsersClient) {}

  @Put('history/:titleId')
  @RequirePermission('playback')
  @ApiOperation({ summary: 'Record the resume position in a title', description: 'At 95 % of the duration the title counts as finished and leaves continue-watching.' })
  @ApiOkResponse({ type: HistoryEntryResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: `${NO_PROFILE} Or the title is blocked for this kid profile.` })
  record(@CurrentUser() actor: AuthUser, @Param() params: TitleIdParams, @Body() body: ProgressBody): Promise<HistoryEntryResponse> {
    return this.users.send(UsersPatterns.RecordProgress, { ...body, ...params, actor });
  }

  @Get('history')
  @ApiOperation({ summary: 'Watch history, most recent first (cursor paging)' })
  @ApiOkResponse({ type: HistoryPageResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  history(@CurrentUser() actor: AuthUser, @Query() query: CursorQueryDto): Promise<HistoryPageResponse> {
    return this.users.send(UsersPatterns.ListHistory, { ...query, actor });
  }

  @Get('continue-watching')
  @ApiOperation({ summary: 'Unfinished titles, most recently watched first (cursor paging)' })
  @ApiOkResponse({ type: HistoryPageResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  continueWatching(@CurrentUser() actor: AuthUser, @Query() query: CursorQueryDto): Promise<HistoryPageResponse> {
    return this.users.send(UsersPatterns.ContinueWatching, { ...query, actor });
  }

  @Delete('history/:titleId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove one title from the history (idempotent)' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async remove(@CurrentUser() actor: AuthUser, @Param() params: TitleIdParams): Promise<void> {
    await this.users.send(UsersPatterns.RemoveHistoryEntry, { ...params, actor });
  }

  @Delete('history')
  @HttpCode(204)
  @ApiOperation({ summary: 'Clear the profile’s watch history' })
  @ApiNoContentResponse({ description: 'Cleared.' })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async clear(@CurrentUser() actor: AuthUser): Promise<void> {
    await this.users.send(UsersPatterns.ClearHistory, { actor });
  }
}
