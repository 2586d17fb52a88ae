import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HouseholdProvidersBody, HouseholdProvidersResponse, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';

@ApiTags('me')
@ApiBearerAuth()
@RequirePermission('account.manage')
@Controller('me/household/providers')
export class HouseholdController {
  constructor(private readonly users: UsersClient) {}

  @Get()
  @RequirePermission('library.use')
  @ApiOperation({ summary: 'The streaming services your household subscribes to', description: 'What `myServices=true` on lists and search filters to.' })
  @ApiOkResponse({ type: HouseholdProvidersResponse })
  @ApiProblems({ 401: UNAUTHENTICATED })
  get(@CurrentUser() actor: AuthUser): Promise<HouseholdProvidersResponse> {
    return this.users.send(UsersPatterns.GetHouseholdProviders, { actor });
  }

  @Put()
  @ApiOperation({ summary: 'Replace your household’s streaming services (provider ids from GET /providers) and its country' })
  @ApiOkResponse({ type: HouseholdProvidersResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'A device or kid-profile token may not change the household.', 422: 'An unknown provider id (USERS.UNKNOWN_WATCH_PROVIDER).' })
  set(@CurrentUser() actor: AuthUser, @Body() body: HouseholdProvidersBody): Promise<HouseholdProvidersResponse> {
    return this.users.send(UsersPatterns.SetHouseholdProviders, { providerIds: body.providerIds, country: body.country ?? null, actor });
  }
}
