import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ProfileBody,
  ProfileIdParams,
  ProfileListResponse,
  ProfilePatch,
  ProfileResponse,
  ProfileTokenResponse,
  SelectProfileBody,
  ProfileTitleParams,
  TitleRuleBody,
  TitleRuleListResponse,
  TitleRuleResponse,
  UsersClient,
  UsersPatterns,
  ParentalControlsBody,
  ParentalControlsResponse,
  type AuthUser,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';

const HOLDER_ONLY = 'Only the account holder (not a kid profile or a paired device) may do this.';
const NOT_FOUND = 'No profile of yours has this id.';

@ApiTags('profiles')
@ApiBearerAuth()
@RequirePermission('account.manage')
@Controller('me/profiles')
export class ProfilesController {
  constructor(private readonly users: UsersClient) {}

  @Get()
  @RequirePermission('library.use')
  @ApiOperation({ summary: 'The account’s profiles (the profile picker)' })
  @ApiOkResponse({ type: ProfileListResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'A paired device cannot list profiles.' })
  list(@CurrentUser() actor: AuthUser): Promise<ProfileListResponse> {
    return this.users.send(UsersPatterns.ListProfiles, { actor });
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a profile (at most 5); kid profiles take a maturity limit and an optional 4-digit PIN' })
  @ApiCreatedResponse({ type: ProfileResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 409: 'The account has 5 profiles.' })
  create(@CurrentUser() actor: AuthUser, @Body() body: ProfileBody): Promise<ProfileResponse> {
    return this.users.send(UsersPatterns.CreateProfile, { ...body, actor });
  }

  @Patch(':profileId')
  @ApiOperation({ summary: 'Change a profile; `pin: null` removes its PIN' })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 404: NOT_FOUND })
  update(@CurrentUser() actor: AuthUser, @Param() params: ProfileIdParams, @Body() body: ProfilePatch): Promise<ProfileResponse> {
    return this.users.send(UsersPatterns.UpdateProfile, { ...body, ...params, actor });
  }

  @Delete(':profileId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a profile with its library; devices paired to it are signed out' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 404: NOT_FOUND })
  async delete(@CurrentUser() actor: AuthUser, @Param() params: ProfileIdParams): Promise<void> {
    await this.users.send(UsersPatterns.DeleteProfile, { ...params, actor });
  }

  @Post(':profileId/select')
  @RequirePermission('library.use')
  @HttpCode(200)
  @ApiOperation({ summary: 'Switch to a profile: a profile-scoped access token', description: 'Leaving a kid profile that has a PIN needs `pin`. Refreshed tokens of this session stay on the chosen profile.' })
  @ApiOkResponse({ type: ProfileTokenResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'PIN missing or wrong, or a paired device.', 404: NOT_FOUND, 429: 'Too many wrong PINs (Retry-After).' })
  select(@CurrentUser() actor: AuthUser, @Param() params: ProfileIdParams, @Body() body: SelectProfileBody): Promise<ProfileTokenResponse> {
    return this.users.send(UsersPatterns.SelectProfile, { ...body, ...params, actor });
  }

  @Get(':profileId/title-rules')
  @ApiOperation({ summary: 'Titles allowed or denied for a kid profile' })
  @ApiOkResponse({ type: TitleRuleListResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 404: NOT_FOUND, 409: 'Not a kid profile.' })
  titleRules(@CurrentUser() actor: AuthUser, @Param() params: ProfileIdParams): Promise<TitleRuleListResponse> {
    return this.users.send(UsersPatterns.ListTitleRules, { ...params, actor });
  }

  @Put(':profileId/title-rules/:titleId')
  @ApiOperation({ summary: 'Allow or deny one title for a kid profile' })
  @ApiOkResponse({ type: TitleRuleResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 404: NOT_FOUND, 409: 'Not a kid profile.' })
  setTitleRule(@CurrentUser() actor: AuthUser, @Param() params: ProfileTitleParams, @Body() body: TitleRuleBody): Promise<TitleRuleResponse> {
    return this.users.send(UsersPatterns.SetTitleRule, { ...body, ...params, actor });
  }

  @Delete(':profileId/title-rules/:titleId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a title rule (idempotent)' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 404: NOT_FOUND, 409: 'Not a kid profile.' })
  async removeTitleRule(@CurrentUser() actor: AuthUser, @Param() params: ProfileTitleParams): Promise<void> {
    await this.users.send(UsersPatterns.RemoveTitleRule, { ...params, actor });
  }

  @Get(':profileId/parental-controls')
  @ApiOperation({ summary: 'A kid profile’s parental controls: mode (open or allow-list) and denied content tags' })
  @ApiOkResponse({ type: ParentalControlsResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 404: NOT_FOUND, 409: 'Not a kid profile.' })
  parentalControls(@CurrentUser() actor: AuthUser, @Param() params: ProfileIdParams): Promise<ParentalControlsResponse> {
    return this.users.send(UsersPatterns.GetParentalControls, { ...params, actor });
  }

  @Put(':profileId/parental-controls')
  @ApiOperation({
    summary: 'Set a kid profile’s mode and/or denied content tags (replaces the list)',
    description: 'Titles carrying a denied tag drop out of the profile’s lists, search and details at once. In allow-list mode only titles allowed by a title rule are shown.',
  })
  @ApiOkResponse({ type: ParentalControlsResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 404: NOT_FOUND, 409: 'Not a kid profile.', 422: 'A tag slug the catalog does not know (USERS.UNKNOWN_CONTENT_TAG).' })
  setParentalControls(@CurrentUser() actor: AuthUser, @Param() params: ProfileIdParams, @Body() body: ParentalControlsBody): Promise<ParentalControlsResponse> {
    return this.users.send(UsersPatterns.SetParentalControls, { ...body, ...params, actor });
  }
}
