import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  BillingClient,
  BillingPatterns,
  CreatePayoutBody,
  CreatorIdParam,
  CreatorRevenueQuery,
  CreatorRevenueResponse,
  PayoutIdParam,
  PayoutResponse,
  SettlePayoutBody,
  type AuthUser,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiIdempotencyKey, IdempotencyKey } from './idempotency-key.decorator.js';

@ApiTags('billing')
@ApiBearerAuth()
@Controller('revenue')
export class RevenueController {
  constructor(private readonly billing: BillingClient) {}

  @Get('creator/:creatorId')
  @RequirePermission('revenue.read')
  @ApiOperation({ summary: 'A creator’s revenue by month and video, with payout status and history (that creator and admins only)' })
  @ApiOkResponse({ type: CreatorRevenueResponse })
  @ApiForbiddenResponse({ description: 'Neither that creator nor an admin.' })
  forCreator(@CurrentUser() actor: AuthUser, @Param() { creatorId }: CreatorIdParam, @Query() query: CreatorRevenueQuery): Promise<CreatorRevenueResponse> {
    return this.billing.send(BillingPatterns.CreatorRevenue, { actor, creatorId, query });
  }

  @Post('creator/:creatorId/payouts')
  @RequirePermission('billing.admin')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Pay a creator’s earnings of one ended month (admin)',
    description: 'Records a pending payout ledger entry for the month’s earnings in that currency. One live payout per creator, month and currency: a second is a 409 until the first fails.',
  })
  @ApiCreatedResponse({ type: PayoutResponse })
  @ApiConflictResponse({ description: 'BILLING.ALREADY_PAID_OUT' })
  @ApiUnprocessableEntityResponse({ description: 'BILLING.PERIOD_NOT_ENDED or BILLING.NOTHING_TO_PAY' })
  createPayout(@CurrentUser() actor: AuthUser, @IdempotencyKey() idempotencyKey: string, @Param() { creatorId }: CreatorIdParam, @Body() payout: CreatePayoutBody): Promise<PayoutResponse> {
    return this.billing.send(BillingPatterns.CreatePayout, { actor, idempotencyKey, creatorId, payout });
  }

  @Post('payouts/:payoutId/settle')
  @RequirePermission('billing.admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record what a payout’s transfer did: completed or failed (admin)', description: 'The first outcome is final; repeating it answers the same payout, another outcome is a 409.' })
  @ApiOkResponse({ type: PayoutResponse })
  @ApiNotFoundResponse({ description: 'No such payout.' })
  @ApiConflictResponse({ description: 'BILLING.PAYOUT_ALREADY_SETTLED' })
  settlePayout(@CurrentUser() actor: AuthUser, @Param() { payoutId }: PayoutIdParam, @Body() settle: SettlePayoutBody): Promise<PayoutResponse> {
    return this.billing.send(BillingPatterns.SettlePayout, { actor, payoutId, settle });
  }
}
