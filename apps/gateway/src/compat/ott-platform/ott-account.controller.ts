import { Body, HttpCode, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { BillingClient, BillingPatterns, ErrorCodes, LoginBody, RefreshBody, TokenPairResponse, UsersClient, UsersPatterns, type AuthUser, type ClientContext } from '@onstream/common';
import { Client, CurrentUser, Public, RequirePermission } from '../../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { RateLimit } from '../../rate-limit/rate-limit.policy.js';
import { CompatController, unlessRefused } from '../compat.decorators.js';
import { fromOttUpdate, OttAccount, OttSignupBody, OttUpdateMeBody, OttUser, toOttAccount, toOttUser } from './ott-user.dto.js';

const TAG = 'OTT platform API (seed 004)';

/** Seed 004 §1 Auth & User Management: /auth/* and /users/me, each the v1 route of the same purpose. */
@CompatController(TAG, '')
export class OttAccountController {
  constructor(
    private readonly users: UsersClient,
    private readonly billing: BillingClient,
  ) {}

  @Post('auth/signup')
  @Public()
  @RateLimit('signup')
  @HttpCode(201)
  @ApiOperation({ summary: 'Sign up as a viewer (v1: POST /auth/signup)', description: 'Mails a verification link; login works once the address is confirmed.' })
  @ApiCreatedResponse({ type: OttAccount })
  @ApiProblems({ 400: INVALID_INPUT, 409: 'The e-mail address is taken.' })
  async signup(@Body() body: OttSignupBody): Promise<OttAccount> {
    return toOttAccount(await this.users.send(UsersPatterns.RegisterAccount, { email: body.email, password: body.password, displayName: body.name }));
  }

  @Post('auth/login')
  @Public()
  @RateLimit('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: a short-lived JWT and a rotating refresh token; the device is recorded on the session (v1: POST /auth/login)' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'Wrong e-mail or password.', 403: 'E-mail not verified yet, or account disabled.', 429: 'Too many failed attempts (Retry-After).' })
  login(@Body() body: LoginBody, @Client() client: ClientContext): Promise<TokenPairResponse> {
    return this.users.send(UsersPatterns.Login, { ...body, client });
  }

  @Post('auth/logout')
  @RequirePermission('session.own')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session and its device entry; the token stops working at once (v1: POST /auth/logout)' })
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ApiProblems({ 401: UNAUTHENTICATED })
  async logout(@CurrentUser() actor: AuthUser): Promise<void> {
    await this.users.send(UsersPatterns.Logout, { actor });
  }

  @Post('auth/refresh-token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Swap a refresh token for new tokens; each works once, reuse ends the session (v1: POST /auth/refresh)' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'Invalid, expired or reused refresh token.' })
  refresh(@Body() body: RefreshBody, @Client() client: ClientContext): Promise<TokenPairResponse> {
    return this.users.send(UsersPatterns.Refresh, { ...body, client });
  }

  @Get('users/me')
  @RequirePermission('account.manage')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The account with preferences, subscription status and devices (v1: GET /me, /me/subscription, /me/sessions)' })
  @ApiOkResponse({ type: OttUser })
  @ApiProblems({ 401: UNAUTHENTICATED, 404: 'The account was deleted.' })
  get(@CurrentUser() actor: AuthUser): Promise<OttUser> {
    return this.user(actor);
  }

  @Patch('users/me')
  @RequirePermission('account.manage')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change the name and/or preferences: quality, notifications, autoplay (v1: PATCH /me)' })
  @ApiOkResponse({ type: OttUser })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'A device or kid-profile token may not manage the account.' })
  async update(@CurrentUser() actor: AuthUser, @Body() body: OttUpdateMeBody): Promise<OttUser> {
    await this.users.send(UsersPatterns.UpdateMe, { ...fromOttUpdate(body), actor });
    return this.user(actor);
  }

  private async user(actor: AuthUser): Promise<OttUser> {
    const [me, subscription, sessions] = await Promise.all([
      this.users.send(UsersPatterns.GetMe, { actor }),
      unlessRefused(this.billing.send(BillingPatterns.GetMySubscription, { actor }), ErrorCodes.NotFound, undefined),
      // Sessions are the account holder's; a kid profile or paired device sees no device list.
      unlessRefused(this.users.send(UsersPatterns.ListSessions, { actor }), ErrorCodes.UsersProfileTokenRequired, { items: [] }),
    ]);
    return toOttUser(me, subscription, sessions);
  }
}
