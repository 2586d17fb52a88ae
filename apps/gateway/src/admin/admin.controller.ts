import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminUserResponse, ChangeRoleBody, ListUsersQuery, UserIdParams, UsersClient, UsersPageResponse, UsersPatterns, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';

const NOT_ADMIN = 'The caller is not an admin.';

@ApiTags('admin')
@ApiBearerAuth()
@RequirePermission('users.admin')
@Controller('admin/users')
export class AdminController {
  constructor(private readonly users: UsersClient) {}

  @Get()
  @ApiOperation({ summary: 'List users, newest first; filter by e-mail prefix and role' })
  @ApiOkResponse({ type: UsersPageResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_ADMIN })
  list(@CurrentUser() actor: AuthUser, @Query() query: ListUsersQuery): Promise<UsersPageResponse> {
    return this.users.send(UsersPatterns.AdminListUsers, { ...query, actor });
  }

  @Patch(':userId/role')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change a user’s role', description: 'The user’s sessions end so the new role applies at once.' })
  @ApiOkResponse({ type: AdminUserResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_ADMIN, 404: 'No such user.', 409: 'Admins cannot change their own role.' })
  changeRole(@CurrentUser() actor: AuthUser, @Param() params: UserIdParams, @Body() body: ChangeRoleBody): Promise<AdminUserResponse> {
    return this.users.send(UsersPatterns.AdminChangeRole, { ...params, ...body, actor });
  }

  @Post(':userId/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account', description: 'It can no longer sign in and its sessions end at once. Idempotent.' })
  @ApiOkResponse({ type: AdminUserResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_ADMIN, 404: 'No such user.', 409: 'Admins cannot disable themselves.' })
  disable(@CurrentUser() actor: AuthUser, @Param() params: UserIdParams): Promise<AdminUserResponse> {
    return this.users.send(UsersPatterns.AdminDisableUser, { ...params, actor });
  }
}
