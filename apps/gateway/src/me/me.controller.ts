import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChangePasswordBody, DeleteAccountBody, MeResponse, RevokedSessionsResponse, SessionIdParams, SessionListResponse, UpdateMeBody, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';

const NOT_HOLDER = 'A device or kid-profile token may not manage the account.';

@ApiTags('me')
@ApiBearerAuth()
@RequirePermission('account.manage')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersClient) {}

  @Get()
  @RequirePermission('library.use')
  @ApiOperation({ summary: 'The signed-in account with its preferences' })
  @ApiOkResponse({ type: MeResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 404: 'The account was deleted.' })
  get(@CurrentUser() actor: AuthUser): Promise<MeResponse> {
    return this.users.send(UsersPatterns.GetMe, { actor });
  }

  @Patch()
  @ApiOperation({ summary: 'Change the display name and/or some preferences' })
  @ApiOkResponse({ type: MeResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_HOLDER })
  update(@CurrentUser() actor: AuthUser, @Body() body: UpdateMeBody): Promise<MeResponse> {
    return this.users.send(UsersPatterns.UpdateMe, { ...body, actor });
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the account', description: 'Needs the password. Personal data is removed, every session ends, and `users.account.deleted` is published for the other services.' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: `Wrong password. ${NOT_HOLDER}` })
  async delete(@CurrentUser() actor: AuthUser, @Body() body: DeleteAccountBody): Promise<void> {
    await this.users.send(UsersPatterns.DeleteAccount, { ...body, actor });
  }

  @Post('password')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the password', description: 'Every other session ends at once; this one stays.' })
  @ApiOkResponse({ type: RevokedSessionsResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: `Wrong current password. ${NOT_HOLDER}` })
  changePassword(@CurrentUser() actor: AuthUser, @Body() body: ChangePasswordBody): Promise<RevokedSessionsResponse> {
    return this.users.send(UsersPatterns.ChangePassword, { ...body, actor });
  }

  @Get('sessions')
  @ApiOperation({ summary: 'Signed-in devices: name, type, user agent, IP, last seen' })
  @ApiOkResponse({ type: SessionListResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: NOT_HOLDER })
  sessions(@CurrentUser() actor: AuthUser): Promise<SessionListResponse> {
    return this.users.send(UsersPatterns.ListSessions, { actor });
  }

  @Delete('sessions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign out every other device' })
  @ApiOkResponse({ type: RevokedSessionsResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: NOT_HOLDER })
  revokeOthers(@CurrentUser() actor: AuthUser): Promise<RevokedSessionsResponse> {
    return this.users.send(UsersPatterns.RevokeOtherSessions, { actor });
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out one device' })
  @ApiNoContentResponse({ description: 'Its tokens stop working at once.' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_HOLDER, 404: 'No live session of yours has this id.' })
  async revoke(@CurrentUser() actor: AuthUser, @Param() params: SessionIdParams): Promise<void> {
    await this.users.send(UsersPatterns.RevokeSession, { ...params, actor });
  }
}
