import { Body, Controller, Get, HttpCode, Param, Post, Res, Put, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPaymentRequiredResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  awaitsProviderAnswer,
  BillingClient,
  BillingPatterns,
  EntitlementResponse,
  HistoryPage,
  HistoryQuery,
  PpvOfferResponse,
  PurchasePpvBody,
  PurchaseResponse,
  PutPpvOfferBody,
  ReceiptResponse,
  RefundBody,
  TransactionIdParam,
  TransactionResponse,
  VideoIdParam,
  type AuthUser,
} from '@onstream/common';
import type { FastifyReply } from 'fastify';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiIdempotencyKey, IdempotencyKey, PENDING_DESCRIPTION } from './idempotency-key.decorator.js';

@ApiTags('billing')
@ApiBearerAuth()
@Controller()
export class PaymentsController {
  constructor(private readonly billing: BillingClient) {}

  @Put('payments/ppv/offers/:videoId')
  @RequirePermission('billing.admin')
  @ApiOperation({ summary: 'Set the pay-per-view offer of a video (admin)' })
  @ApiOkResponse({ type: PpvOfferResponse })
  putOffer(@CurrentUser() actor: AuthUser, @Param() { videoId }: VideoIdParam, @Body() offer: PutPpvOfferBody): Promise<PpvOfferResponse> {
    return this.billing.send(BillingPatterns.PutPpvOffer, { actor, videoId, offer });
  }

  @Post('payments/ppv')
  @RequirePermission('billing.purchase')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Buy or rent a video (pay-per-view)', description: 'One paid purchase per user and video: a second one while the first is active or being paid is a 409.' })
  @ApiCreatedResponse({ type: PurchaseResponse })
  @ApiPaymentRequiredResponse({ description: 'The card was declined; nothing was charged.' })
  @ApiConflictResponse({ description: 'BILLING.ALREADY_ENTITLED' })
  @ApiUnprocessableEntityResponse({ description: 'BILLING.OPTION_NOT_OFFERED' })
  @ApiAcceptedResponse({ type: PurchaseResponse, description: PENDING_DESCRIPTION })
  async purchase(@CurrentUser() actor: AuthUser, @IdempotencyKey() idempotencyKey: string, @Body() purchase: PurchasePpvBody, @Res({ passthrough: true }) reply: FastifyReply): Promise<PurchaseResponse> {
    const answer = await this.billing.send(BillingPatterns.PurchasePpv, { actor, idempotencyKey, purchase });
    if (awaitsProviderAnswer(answer.payment)) reply.status(202);
    return answer;
  }

  @Get('me/entitlements/:videoId')
  @RequirePermission('playback')
  @ApiOperation({ summary: 'May I play this video, at which quality, on how many devices/streams?' })
  @ApiOkResponse({ type: EntitlementResponse })
  entitlement(@CurrentUser() actor: AuthUser, @Param() { videoId }: VideoIdParam): Promise<EntitlementResponse> {
    return this.billing.send(BillingPatterns.CheckEntitlement, { userId: actor.userId, videoId });
  }

  @Get('payments/history')
  @RequirePermission('billing.read-history')
  @ApiOperation({ summary: 'My payments (admins: anyone’s with userId), newest first, filtered and paged' })
  @ApiForbiddenResponse({ description: 'userId of someone else, and not an admin.' })
  @ApiOkResponse({ type: HistoryPage })
  history(@CurrentUser() actor: AuthUser, @Query() query: HistoryQuery): Promise<HistoryPage> {
    return this.billing.send(BillingPatterns.History, { actor, query });
  }

  @Get('payments/transactions/:transactionId/receipt')
  @RequirePermission('billing.read-history')
  @ApiOperation({ summary: 'Receipt of one transaction, with its refunds and derived balance' })
  @ApiOkResponse({ type: ReceiptResponse })
  @ApiNotFoundResponse({ description: 'No such transaction of yours.' })
  receipt(@CurrentUser() actor: AuthUser, @Param() { transactionId }: TransactionIdParam): Promise<ReceiptResponse> {
    return this.billing.send(BillingPatterns.GetReceipt, { actor, transactionId });
  }

  @Post('payments/transactions/:transactionId/refund')
  @RequirePermission('billing.admin')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Refund a charge in full or in part (admin)', description: 'A PPV payment refunded in full revokes the purchase.' })
  @ApiCreatedResponse({ type: TransactionResponse, description: 'The refund’s own ledger entry.' })
  @ApiUnprocessableEntityResponse({ description: 'BILLING.REFUND_EXCEEDS_CHARGE' })
  refund(@CurrentUser() actor: AuthUser, @IdempotencyKey() idempotencyKey: string, @Param() { transactionId }: TransactionIdParam, @Body() refund: RefundBody): Promise<TransactionResponse> {
    return this.billing.send(BillingPatterns.Refund, { actor, idempotencyKey, transactionId, refund });
  }
}
