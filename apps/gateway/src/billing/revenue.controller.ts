import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BillingClient, BillingPatterns, CreatorIdParam, CreatorRevenueQuery, CreatorRevenueResponse, type AuthUser } from '@onstream/common';
import { CurrentUser } from '../auth/auth.decorators.js';

@ApiTags('billing')
@ApiBearerAuth()
@Controller('revenue')
export class RevenueController {
  constructor(private readonly billing: BillingClient) {}

  @Get('creator/:creatorId')
  @ApiOperation({ summary: 'A creator’s revenue by month and video, with payouts (that creator and admins only)' })
  @ApiOkResponse({ type: CreatorRevenueResponse })
  @ApiForbiddenResponse({ description: 'Neither that creator nor an admin.' })
  forCreator(@CurrentUser() actor: AuthUser, @Param() { creatorId }: CreatorIdParam, @Query() query: CreatorRevenueQuery): Promise<CreatorRevenueResponse> {
    return this.billing.send(BillingPatterns.CreatorRevenue, { actor, creatorId, query });
  }
}
