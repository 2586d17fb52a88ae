import { Body, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogClient, CatalogPatterns, RecommendationsQuery, UsersClient, UsersPatterns, type AuthUser, type ClientContext } from '@onstream/common';
import { Client, CurrentUser, Public, RequirePermission } from '../../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { NO_PROFILE } from '../../library/library.controller.js';
import { RateLimit } from '../../rate-limit/rate-limit.policy.js';
import { CompatController, type CompatTag } from '../compat.decorators.js';
import { OnstreamToken, toOnstreamToken } from '../onstream-api/onstream-api.dto.js';
import { SeedMoviePage } from '../shared/seed-movie.dto.js';
import { SeedMovies } from '../shared/seed-movies.js';
import { SeedSignIn } from '../shared/seed-sign-in.js';
import { newSeedUser, SeedUser, SeedUsers } from '../shared/seed-users.js';
import { SeedLoginBody, StreamifyRegisterBody } from './streamify.dto.js';

const TAG = 'Streamify API (seed 002)';
/** Seed 003 logs in at the same path, by e-mail. */
const AXOLOTLY_TAG: CompatTag = 'Axolotly API (seed 003)';

/** Seed 002 §User (base /api): username accounts, the profile and recommendations. */
@CompatController(TAG, 'api')
export class StreamifyController {
  constructor(
    private readonly users: UsersClient,
    private readonly catalog: CatalogClient,
    private readonly signIn: SeedSignIn,
    private readonly accounts: SeedUsers,
    private readonly movies: SeedMovies,
  ) {}

  @Post('register')
  @Public()
  @RateLimit('signup')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an account with a username (v1: POST /auth/signup with username; the display name defaults to it)', description: 'Mails a verification link; login works once the address is confirmed.' })
  @ApiCreatedResponse({ type: SeedUser })
  @ApiProblems({ 400: INVALID_INPUT, 409: 'The e-mail address or the username is taken.' })
  async register(@Body() body: StreamifyRegisterBody): Promise<SeedUser> {
    return newSeedUser(await this.users.send(UsersPatterns.RegisterAccount, { email: body.email, password: body.password, username: body.username, displayName: body.name ?? body.username }));
  }

  @Post('login')
  @ApiTags(AXOLOTLY_TAG)
  @Public()
  @RateLimit('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in by username (002) or e-mail (003): `{access_token, token_type}` scoped to the account’s main profile (v1: POST /auth/login, then the first adult profile selected)' })
  @ApiOkResponse({ type: OnstreamToken })
  @ApiProblems({ 400: INVALID_INPUT, 401: 'Wrong username, e-mail or password.', 403: 'E-mail not verified yet, or account disabled.', 429: 'Too many failed attempts (Retry-After).' })
  async login(@Body() body: SeedLoginBody, @Client() client: ClientContext): Promise<OnstreamToken> {
    const credentials = body.email ? { email: body.email } : { username: body.username };
    return toOnstreamToken(await this.signIn.login({ ...credentials, password: body.password }, client));
  }

  @Get('profile')
  @RequirePermission('account.manage')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The user: id, username, email, join_date, is_admin, with watchlist, favourites and history (v1: GET /me and the profile’s lists)' })
  @ApiOkResponse({ type: SeedUser })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'A device or kid-profile token may not read the account.', 404: 'The account was deleted.' })
  profile(@CurrentUser() actor: AuthUser): Promise<SeedUser> {
    return this.accounts.of(actor);
  }

  @Get('recommendations')
  @RequirePermission('library.use')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Movies recommended for the user, as a page of movies (v1: GET /me/recommendations)' })
  @ApiOkResponse({ type: SeedMoviePage })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NO_PROFILE })
  async recommendations(@Query() query: RecommendationsQuery, @CurrentUser() actor: AuthUser): Promise<SeedMoviePage> {
    const feed = await this.catalog.send(CatalogPatterns.GetRecommendations, { ...query, actor });
    return this.movies.feedPage(feed.items, actor);
  }
}
