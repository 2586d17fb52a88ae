import { Body, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import {
  CatalogClient, CatalogPatterns, DisplayName, EmailAddress, NewPassword, PageQueryDto, UsersClient, UsersPatterns, type AccountResponse, type AuthUser, type ViewingPolicyResponse,
} from '@onstream/common';
import { CurrentUser, Public, RequirePermission } from '../../auth/auth.decorators.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from '../../catalog/viewing-policy.interceptor.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { RateLimit } from '../../rate-limit/rate-limit.policy.js';
import { CompatController } from '../compat.decorators.js';
import { SeedMovieDetails, SeedMovieIdParam, SeedMoviePage, toSeedMovieDetails } from '../shared/seed-movie.dto.js';
import { SeedMovies } from '../shared/seed-movies.js';
import { newSeedUser, SeedUser } from '../shared/seed-users.js';

export const AXOLOTLY_TAG = 'Axolotly API (seed 003)';
export const PARENT_ONLY = 'A kid-profile or device token may not do this.';

export class AxolotlySignupBody {
  @EmailAddress()
  email!: string;

  @NewPassword()
  password!: string;

  @ApiPropertyOptional({ example: 'Ada Lovelace', maxLength: 80, description: 'Display name; default the part of the e-mail before @.' })
  @ValidateIf((body: AxolotlySignupBody) => body.name !== undefined)
  @DisplayName('name')
  name?: string;
}

/** The parent account: seed 003's roles are parent, kid (a kid profile's token) and device (a paired launcher's). */
export class AxolotlyUser extends SeedUser {
  @ApiProperty({ enum: ['parent', 'admin'] }) role!: 'parent' | 'admin';
}

export class AxolotlySearchQuery extends PageQueryDto {
  @ApiProperty({ example: 'bluey', maxLength: 200 })
  @IsString() @MinLength(1) @MaxLength(200) @Matches(/\S/, { message: 'query must not be blank' })
  query!: string;
}

export function toAxolotlyUser(account: AccountResponse): AxolotlyUser {
  return { ...newSeedUser(account), role: account.role === 'admin' ? 'admin' : 'parent' };
}

/** Seed 003 §Authentication and §Content Catalog: parent sign-up (its login is /api/login, shared with seed 002) and the catalog. */
@CompatController(AXOLOTLY_TAG, 'api')
@UseInterceptors(ViewingPolicyInterceptor)
export class AxolotlyController {
  constructor(
    private readonly users: UsersClient,
    private readonly catalog: CatalogClient,
    private readonly movies: SeedMovies,
  ) {}

  @Post('signup')
  @Public()
  @RateLimit('signup')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a parent account (v1: POST /auth/signup)', description: 'Mails a verification link; /api/login works once the address is confirmed.' })
  @ApiCreatedResponse({ type: AxolotlyUser })
  @ApiProblems({ 400: INVALID_INPUT, 409: 'The e-mail address is taken.' })
  async signup(@Body() body: AxolotlySignupBody): Promise<AxolotlyUser> {
    const displayName = body.name ?? body.email.split('@')[0] ?? body.email;
    return toAxolotlyUser(await this.users.send(UsersPatterns.RegisterAccount, { email: body.email, password: body.password, displayName }));
  }

  @Get('catalog/search')
  @RequirePermission('account.manage')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Search titles as a parent (v1: GET /search)' })
  @ApiOkResponse({ type: SeedMoviePage })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: PARENT_ONLY })
  async search(@Query() query: AxolotlySearchQuery, @CurrentUser() actor: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMoviePage> {
    const found = await this.catalog.send(CatalogPatterns.Search, { q: query.query, page: query.page, limit: query.limit, actor, policy });
    return this.movies.page(found, actor, policy);
  }

  @Get('catalog/titles/:id')
  @RequirePermission('account.manage')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A title’s details as a parent, by `_id` or TMDb id (v1: GET /titles/{id})' })
  @ApiOkResponse({ type: SeedMovieDetails })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: PARENT_ONLY, 404: 'No such title.' })
  async title(@Param() params: SeedMovieIdParam, @CurrentUser() actor: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<SeedMovieDetails> {
    return toSeedMovieDetails(await this.movies.title(params.id, actor, policy));
  }
}
