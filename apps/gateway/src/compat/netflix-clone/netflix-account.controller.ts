import { Body, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { DomainError, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { CompatController } from '../compat.decorators.js';
import { SeedUser, SeedUsers } from '../shared/seed-users.js';
import { NetflixProfileBody } from './netflix-clone.dto.js';

const TAG = 'Netflix clone API (seed 001)';

/** Seed 001 §Authentication beyond what it shares with seed 000 (register, login, me): logout and profile. */
@CompatController(TAG, 'api/auth')
@ApiBearerAuth()
export class NetflixAccountController {
  constructor(
    private readonly users: UsersClient,
    private readonly accounts: SeedUsers,
  ) {}

  @Post('logout')
  @RequirePermission('session.own')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session now: its access and refresh tokens stop working (v1: POST /auth/logout)' })
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ApiProblems({ 401: UNAUTHENTICATED })
  async logout(@CurrentUser() actor: AuthUser): Promise<void> {
    await this.users.send(UsersPatterns.Logout, { actor });
  }

  @Put('profile')
  @RequirePermission('account.manage')
  @ApiOperation({ summary: 'Change the name (account display name) and avatar (the token’s profile) (v1: PATCH /me, PATCH /me/profiles/{id})', description: 'Fields left out stay. Answers the user as GET /api/auth/me.' })
  @ApiOkResponse({ type: SeedUser })
  @ApiProblems({ 400: `${INVALID_INPUT} Or an avatar on a token without a profile.`, 401: UNAUTHENTICATED, 403: 'A device or kid-profile token may not change the account.' })
  async update(@CurrentUser() actor: AuthUser, @Body() body: NetflixProfileBody): Promise<SeedUser> {
    if (body.avatar !== undefined && !actor.profileId) throw DomainError.validation([{ field: 'avatar', message: 'The avatar belongs to a profile: log in through /api/auth/login.' }]);
    if (body.name !== undefined) await this.users.send(UsersPatterns.UpdateMe, { displayName: body.name, actor });
    if (body.avatar !== undefined && actor.profileId) await this.users.send(UsersPatterns.UpdateProfile, { profileId: actor.profileId, avatar: body.avatar, actor });
    return this.accounts.of(actor);
  }
}
