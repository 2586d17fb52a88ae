import { Body, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UsersClient, UsersPatterns, type AuthUser, type ClientContext } from '@onstream/common';
import { Client, CurrentUser, Public, RequirePermission } from '../../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { RateLimit } from '../../rate-limit/rate-limit.policy.js';
import { CompatController } from '../compat.decorators.js';
import { newSeedUser, SeedUser, SeedUsers, USER_LIST_LIMIT } from '../shared/seed-users.js';
import { SeedSignIn } from '../shared/seed-sign-in.js';
import { OnstreamLoginBody, OnstreamRefreshBody, OnstreamRegisterBody, OnstreamToken, toOnstreamToken } from './onstream-api.dto.js';

const TAG = 'OnStream API contracts (seed 000)';
/** Routes seed 001 shares with seed 000: one route serves both (docs/compat.md). */
const NETFLIX_TAG = 'Netflix clone API (seed 001)';

/** Seed 000 §User Management: v1's account routes in the seed's field names; register, login and me serve seed 001 too. */
@CompatController(TAG, 'api/auth')
export class OnstreamAccountController {
  constructor(
    private readonly users: UsersClient,
    private readonly signIn: SeedSignIn,
    private readonly accounts: SeedUsers,
  ) {}

  @Post('register')
  @ApiTags(NETFLIX_TAG)
  @Public()
  @RateLimit('signup')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register with e-mail, password and username (000) or name (001) (v1: POST /auth/signup; the name → display name)', description: 'Mails a verification link; login works once the address is confirmed.' })
  @ApiCreatedResponse({ type: SeedUser })
  @ApiProblems({ 400: INVALID_INPUT, 409: 'The e-mail address is taken.' })
  async register(@Body() body: OnstreamRegisterBody): Promise<SeedUser> {
    const displayName = body.username ?? body.name ?? '';
    return newSeedUser(await this.users.send(UsersPatterns.RegisterAccount, { email: body.email, password: body.password, displayName }));
  }

  @Post('login')
  @ApiTags(NETFLIX_TAG)
  @Public()
  @RateLimit('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in: a JWT scoped to the account’s main profile and a refresh token (v1: POST /auth/login, then the first adult profile selected)' })
  @ApiOkResponse({ type: OnstreamToken })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'Wrong e-mail or password.', 403: 'E-mail not verified yet, or account disabled.', 429: 'Too many failed attempts (Retry-After).' })
  async login(@Body() body: OnstreamLoginBody, @Client() client: ClientContext): Promise<OnstreamToken> {
    return toOnstreamToken(await this.signIn.login({ email: body.email, password: body.password }, client));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Swap a refresh token for new tokens; each works once, reuse ends the session (v1: POST /auth/refresh)' })
  @ApiOkResponse({ type: OnstreamToken })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'Invalid, expired or reused refresh token.' })
  async refresh(@Body() body: OnstreamRefreshBody, @Client() client: ClientContext): Promise<OnstreamToken> {
    return toOnstreamToken(await this.users.send(UsersPatterns.Refresh, { refreshToken: body.refresh_token, client }));
  }

  @Get('me')
  @ApiTags(NETFLIX_TAG)
  @RequirePermission('account.manage')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The user with favourites, watchlist and watch history (v1: GET /me, /me/sessions, /me/profiles, /me/favorites, /me/watchlist, /me/history)',
    description: `Seeds 000 and 001. The ${USER_LIST_LIMIT} newest entries of each list; lists are empty on a token without a profile.`,
  })
  @ApiOkResponse({ type: SeedUser })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'A device or kid-profile token may not read the account.', 404: 'The account was deleted.' })
  me(@CurrentUser() actor: AuthUser): Promise<SeedUser> {
    return this.accounts.of(actor);
  }
}
