import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreatePairingCodeBody, DeviceIdParams, PairedDeviceListResponse, PairingCodeResponse, RedeemPairingCodeBody, TokenPairResponse, UsersClient, UsersPatterns, type AuthUser, type ClientContext } from '@onstream/common';
import { Client, CurrentUser, Public, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';
import { RateLimit } from '../rate-limit/rate-limit.policy.js';

const HOLDER_ONLY = 'Only the account holder (not a kid profile or a paired device) may do this.';

@ApiTags('devices')
@RequirePermission('account.manage')
@Controller()
export class PairingController {
  constructor(private readonly users: UsersClient) {}

  @Post('me/devices/pairing-codes')
  @RateLimit('pairing')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Make a pairing code for a TV or launcher (10 minutes, single use), bound to a profile' })
  @ApiCreatedResponse({ type: PairingCodeResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 404: 'No profile of yours has this id.' })
  createCode(@CurrentUser() actor: AuthUser, @Body() body: CreatePairingCodeBody): Promise<PairingCodeResponse> {
    return this.users.send(UsersPatterns.CreatePairingCode, { ...body, actor });
  }

  @Post('auth/device/pair')
  @Public()
  @RateLimit('pairing')
  @HttpCode(200)
  @ApiOperation({ summary: 'Redeem a pairing code on the device: a device token (typ device) for its profile, plus a refresh token' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiProblems({ 400: 'Invalid fields, or an invalid, expired or used code.', 429: 'Too many wrong codes from this address (Retry-After).' })
  pair(@Body() body: RedeemPairingCodeBody, @Client() client: ClientContext): Promise<TokenPairResponse> {
    return this.users.send(UsersPatterns.RedeemPairingCode, { ...body, client });
  }

  @Get('me/devices')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Paired devices' })
  @ApiOkResponse({ type: PairedDeviceListResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: HOLDER_ONLY })
  list(@CurrentUser() actor: AuthUser): Promise<PairedDeviceListResponse> {
    return this.users.send(UsersPatterns.ListDevices, { actor });
  }

  @Delete('me/devices/:deviceId')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Unpair a device; its tokens stop working at once' })
  @ApiNoContentResponse({ description: 'Unpaired.' })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: HOLDER_ONLY, 404: 'No paired device of yours has this id.' })
  async unpair(@CurrentUser() actor: AuthUser, @Param() params: DeviceIdParams): Promise<void> {
    await this.users.send(UsersPatterns.UnpairDevice, { ...params, actor });
  }
}
