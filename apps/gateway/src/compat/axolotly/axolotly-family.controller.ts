import { Body, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { CompatController } from '../compat.decorators.js';
import { SeedMovies } from '../shared/seed-movies.js';
import { AXOLOTLY_TAG, PARENT_ONLY } from './axolotly.controller.js';
import {
  AxolotlyKidProfile, AxolotlyKidProfileBody, AxolotlyKidProfilePatch, AxolotlyPolicy, AxolotlyPolicyBody, AxolotlyProfileIdParam, AxolotlyServices, AxolotlyServicesBody,
  toKidProfile, toPolicy, toServices,
} from './axolotly-family.dto.js';

const NO_PROFILE = 'No profile of yours has this id.';

/** Seed 003 §Kid Profiles, §Streaming Services and the catalog's title policies: the parent's side of the family. */
@CompatController(AXOLOTLY_TAG, 'api')
@ApiBearerAuth()
@RequirePermission('account.manage')
export class AxolotlyFamilyController {
  constructor(
    private readonly users: UsersClient,
    private readonly movies: SeedMovies,
  ) {}

  @Get('profiles')
  @ApiOperation({ summary: 'The account’s kid profiles (v1: GET /me/profiles, the kid ones)' })
  @ApiOkResponse({ type: [AxolotlyKidProfile] })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: PARENT_ONLY })
  async profiles(@CurrentUser() actor: AuthUser): Promise<AxolotlyKidProfile[]> {
    const { items } = await this.users.send(UsersPatterns.ListProfiles, { actor });
    return items.filter((profile) => profile.kid).map(toKidProfile);
  }

  @Post('profiles')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a kid profile with an optional 4-digit PIN and a maturity limit (v1: POST /me/profiles with kid true)' })
  @ApiCreatedResponse({ type: AxolotlyKidProfile })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: PARENT_ONLY, 409: 'The account has 5 profiles.' })
  async createProfile(@Body() body: AxolotlyKidProfileBody, @CurrentUser() actor: AuthUser): Promise<AxolotlyKidProfile> {
    const { maturity_level: maturityLevel, ...fields } = body;
    return toKidProfile(await this.users.send(UsersPatterns.CreateProfile, { ...fields, maturityLevel, kid: true, actor }));
  }

  @Put('profiles/:id')
  @ApiOperation({ summary: 'Change a kid profile; fields left out stay, `pin: null` removes the PIN (v1: PATCH /me/profiles/{id})' })
  @ApiOkResponse({ type: AxolotlyKidProfile })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: PARENT_ONLY, 404: NO_PROFILE })
  async updateProfile(@Param() { id }: AxolotlyProfileIdParam, @Body() body: AxolotlyKidProfilePatch, @CurrentUser() actor: AuthUser): Promise<AxolotlyKidProfile> {
    const { maturity_level: maturityLevel, ...fields } = body;
    return toKidProfile(await this.users.send(UsersPatterns.UpdateProfile, { ...fields, maturityLevel, profileId: id, actor }));
  }

  @Delete('profiles/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a kid profile with its rules and library; launchers paired to it are signed out (v1: DELETE /me/profiles/{id})' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: PARENT_ONLY, 404: NO_PROFILE })
  async deleteProfile(@Param() { id }: AxolotlyProfileIdParam, @CurrentUser() actor: AuthUser): Promise<void> {
    await this.users.send(UsersPatterns.DeleteProfile, { profileId: id, actor });
  }

  @Post('catalog/policies')
  @HttpCode(200)
  @ApiOperation({ summary: 'Allow or deny one title for a kid profile, by `_id` or TMDb id (v1: PUT /me/profiles/{profileId}/title-rules/{titleId})' })
  @ApiOkResponse({ type: AxolotlyPolicy })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: PARENT_ONLY, 404: 'No profile of yours has this id, or no such title.', 409: 'Not a kid profile, or the profile has too many rules.' })
  async setPolicy(@Body() body: AxolotlyPolicyBody, @CurrentUser() actor: AuthUser): Promise<AxolotlyPolicy> {
    const titleId = await this.movies.titleId(body.title_id, actor);
    return toPolicy(body.kid_profile_id, await this.users.send(UsersPatterns.SetTitleRule, { profileId: body.kid_profile_id, titleId, rule: body.policy, actor }));
  }

  @Get('services')
  @ApiOperation({ summary: 'The streaming services the family subscribes to (v1: GET /me/household/providers)' })
  @ApiOkResponse({ type: AxolotlyServices })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: PARENT_ONLY })
  async services(@CurrentUser() actor: AuthUser): Promise<AxolotlyServices> {
    return toServices(await this.users.send(UsersPatterns.GetHouseholdProviders, { actor }));
  }

  @Post('services')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the family’s streaming services and country (v1: PUT /me/household/providers)' })
  @ApiOkResponse({ type: AxolotlyServices })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: PARENT_ONLY, 422: 'An unknown service id (USERS.UNKNOWN_WATCH_PROVIDER).' })
  async setServices(@Body() body: AxolotlyServicesBody, @CurrentUser() actor: AuthUser): Promise<AxolotlyServices> {
    return toServices(await this.users.send(UsersPatterns.SetHouseholdProviders, { providerIds: body.service_ids, country: body.country ?? null, actor }));
  }
}
