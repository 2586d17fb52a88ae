import { Body, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ErrorCodes, UsersClient, UsersPatterns, type AuthUser, type ClientContext } from '@onstream/common';
import { Client, CurrentUser, Public, RequirePermission } from '../../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { RateLimit } from '../../rate-limit/rate-limit.policy.js';
import { CompatController, unlessRefused } from '../compat.decorators.js';
import { SeedSignIn } from '../seed-sign-in.js';
import { OnstreamLoginBody, OnstreamRefreshBody, OnstreamRegisterBody, OnstreamToken, OnstreamUser, toOnstreamToken, toOnstreamUser } from './onstream-api.dto.js';

const TAG = 'OnStream API contracts (seed 000)';
/** /api/auth/me shows the newest entries of each list, as v1's first pages do. */
const ME_LIST_LIMIT = 50;

/** Seed 000 §User Management: v1's account routes in the seed's field names. */
@CompatController(TAG, 'api/auth')
export class OnstreamAccountController {
  constructor(
    private readonly users: UsersClient,
    private readonly signIn: SeedSignIn,
  ) {}

  @Post('register')
  @Public()
  @RateLimit('signup')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register with username, e-mail and password (v1: POST /auth/signup; username → display name)', description: 'Mails a verification link; login works once the address is confirmed.' })
  @ApiCreatedResponse({ type: OnstreamUser })
  @ApiProblems({ 400: INVALID_INPUT, 409: 'The e-mail address is taken.' })
  async register(@Body() body: OnstreamRegisterBody): Promise<OnstreamUser> {
    const account = await this.users.send(UsersPatterns.RegisterAccount, { email: body.email, password: body.password, displayName: body.username });
    return toOnstreamUser(account, null, [], []);
  }

  @Post('login')
  @Public()
  @RateLimit('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in: a JWT scoped to the account’s main profile and a refresh token (v1: POST /auth/login, then the first adult profile selected)' })
  @ApiOkResponse({ type: OnstreamToken })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'Wrong e-mail or password.', 403: 'E-mail not verified yet, or account disabled.', 429: 'Too many failed attempts (Retry-After).' })
  async login(@Body() body: OnstreamLoginBody, @Client() client: ClientContext): Promise<OnstreamToken> {
    return toOnstreamToken(await this.signIn.login(body.email, body.password, client));
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
  @RequirePermission('account.manage')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The user with favourites and watch history (v1: GET /me, /me/sessions, /me/favorites, /me/history)', description: `The ${ME_LIST_LIMIT} newest favourites and history entries; lists are empty on a token without a profile.` })
  @ApiOkResponse({ type: OnstreamUser })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'A device or kid-profile token may not read the account.', 404: 'The account was deleted.' })
  async me(@CurrentUser() actor: AuthUser): Promise<OnstreamUser> {
    const none = { items: [], nextCursor: null };
    const [me, sessions, favorites, history] = await Promise.all([
      this.users.send(UsersPatterns.GetMe, { actor }),
      this.users.send(UsersPatterns.ListSessions, { actor }),
      unlessRefused(this.users.send(UsersPatterns.ListLibrary, { list: 'favorites', limit: ME_LIST_LIMIT, actor }), ErrorCodes.UsersProfileRequired, none),
      unlessRefused(this.users.send(UsersPatterns.ListHistory, { limit: ME_LIST_LIMIT, actor }), ErrorCodes.UsersProfileRequired, none),
    ]);
    const lastLogin = sessions.items.map((session) => session.createdAt).sort().at(-1) ?? null;
    return toOnstreamUser(me, lastLogin, favorites.items.map((item) => item.titleId), history.items);
  }
}
