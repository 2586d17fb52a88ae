import { Body, Delete, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApprovedContentQuery, CatalogClient, CatalogPatterns, UsersClient, UsersPatterns, type AuthUser, type ClientContext, type ViewingPolicyResponse } from '@onstream/common';
import { Client, CurrentUser, Public, RequirePermission } from '../../auth/auth.decorators.js';
import { ViewerPolicy, ViewingPolicyInterceptor } from '../../catalog/viewing-policy.interceptor.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { RateLimit } from '../../rate-limit/rate-limit.policy.js';
import { CompatController } from '../compat.decorators.js';
import { OnstreamToken, toOnstreamToken } from '../onstream-api/onstream-api.dto.js';
import { SeedMovies } from '../shared/seed-movies.js';
import { AXOLOTLY_TAG, PARENT_ONLY } from './axolotly.controller.js';
import {
  approvedContentMeta, AxolotlyApprovedContent, AxolotlyDevice, AxolotlyDeviceIdParam, AxolotlyLauncherPairBody, AxolotlyPairCode, AxolotlyPairCodeBody, toDevice, toPairCode,
} from './axolotly-devices.dto.js';
import { AxolotlyDeepLinkBody, AxolotlyDeepLinkReport, toDeepLinkReport, toDeepLinkReportBody, withDeepLinks } from './axolotly-deep-links.dto.js';
import { DEEP_LINK_REPORT_PROBLEMS } from '../../catalog/deep-links.controller.js';

/** Seed 003 §Device Management (the parent pairs and unpairs launchers) and §Launcher API (the paired device). */
@CompatController(AXOLOTLY_TAG, 'api')
export class AxolotlyDevicesController {
  constructor(
    private readonly users: UsersClient,
    private readonly catalog: CatalogClient,
    private readonly movies: SeedMovies,
  ) {}

  @Post('devices/pair-code')
  @RequirePermission('account.manage')
  @RateLimit('pairing')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Make a pairing code for a launcher, bound to a kid profile (10 minutes, single use) (v1: POST /me/devices/pairing-codes)' })
  @ApiCreatedResponse({ type: AxolotlyPairCode })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: PARENT_ONLY, 404: 'No profile of yours has this id.' })
  async pairCode(@Body() body: AxolotlyPairCodeBody, @CurrentUser() actor: AuthUser): Promise<AxolotlyPairCode> {
    return toPairCode(await this.users.send(UsersPatterns.CreatePairingCode, { profileId: body.kid_profile_id, actor }));
  }

  @Get('devices')
  @RequirePermission('account.manage')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The paired launchers (v1: GET /me/devices)' })
  @ApiOkResponse({ type: [AxolotlyDevice] })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: PARENT_ONLY })
  async devices(@CurrentUser() actor: AuthUser): Promise<AxolotlyDevice[]> {
    return (await this.users.send(UsersPatterns.ListDevices, { actor })).items.map(toDevice);
  }

  @Delete('devices/:id')
  @RequirePermission('account.manage')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Unpair a launcher; its tokens stop working at once (v1: DELETE /me/devices/{deviceId})' })
  @ApiNoContentResponse({ description: 'Unpaired.' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: PARENT_ONLY, 404: 'No paired device of yours has this id.' })
  async unpair(@Param() { id }: AxolotlyDeviceIdParam, @CurrentUser() actor: AuthUser): Promise<void> {
    await this.users.send(UsersPatterns.UnpairDevice, { deviceId: id, actor });
  }

  @Post('launcher/pair')
  @Public()
  @RateLimit('pairing')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pair the launcher with the parent’s code: `{access_token, token_type}`, a device token for the kid profile (v1: POST /auth/device/pair)' })
  @ApiOkResponse({ type: OnstreamToken })
  @ApiProblems({ 400: 'Invalid fields, or an invalid, expired or used code.', 429: 'Too many wrong codes from this address (Retry-After).' })
  async pair(@Body() body: AxolotlyLauncherPairBody, @Client() client: ClientContext): Promise<OnstreamToken> {
    return toOnstreamToken(await this.users.send(UsersPatterns.RedeemPairingCode, { code: body.code, deviceName: body.device_name, deviceType: body.device_type, client }));
  }

  @Get('launcher/approved-content')
  @RequirePermission('launcher')
  @UseInterceptors(ViewingPolicyInterceptor)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Movies the paired launcher may show, most popular first (v1: GET /launcher/approved-content)',
    description: 'Device tokens only. Within the kid profile’s maturity limit, without titles or content tags a parent denied, and in allow-list mode only titles a parent allowed.',
  })
  @ApiOkResponse({ type: AxolotlyApprovedContent })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Not a device token (AUTH.SCOPE_FORBIDDEN).' })
  async approvedContent(@Query() query: ApprovedContentQuery, @CurrentUser() actor: AuthUser, @ViewerPolicy() policy?: ViewingPolicyResponse): Promise<AxolotlyApprovedContent> {
    const approved = await this.catalog.send(CatalogPatterns.ApprovedContent, { ...query, actor, policy });
    const page = await this.movies.page(approved, actor, policy);
    return { ...approvedContentMeta(approved), ...page, results: withDeepLinks(page.results, approved.deepLinks) };
  }

  @Post('launcher/report-deep-link')
  @RequirePermission('launcher')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Report a link that opens a title or an episode in a streaming app; staff review it (v1: POST /launcher/deep-links)',
    description: 'Device tokens only. `title_id` is the title’s `_id` or a TMDb movie id. A repeat from the same device counts once.',
  })
  @ApiOkResponse({ type: AxolotlyDeepLinkReport })
  @ApiProblems(DEEP_LINK_REPORT_PROBLEMS)
  async reportDeepLink(@Body() body: AxolotlyDeepLinkBody, @CurrentUser() actor: AuthUser): Promise<AxolotlyDeepLinkReport> {
    const titleId = await this.movies.titleId(body.title_id, actor);
    return toDeepLinkReport(await this.catalog.send(CatalogPatterns.ReportDeepLink, { link: toDeepLinkReportBody(body, titleId), actor }));
  }
}
