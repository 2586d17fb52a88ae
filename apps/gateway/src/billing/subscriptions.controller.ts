import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPaymentRequiredResponse, ApiTags } from '@nestjs/swagger';
import {
  awaitsProviderAnswer,
  BillingClient,
  BillingPatterns,
  CancelSubscriptionBody,
  ChangePlanBody,
  ChangePlanResponse,
  PaymentMethodBody,
  SubscribeBody,
  SubscriptionIdParam,
  SubscriptionResponse,
  type AuthUser,
} from '@onstream/common';
import type { FastifyReply } from 'fastify';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiIdempotencyKey, IdempotencyKey, PENDING_DESCRIPTION } from './idempotency-key.decorator.js';

@ApiTags('billing')
@ApiBearerAuth()
@Controller()
export class SubscriptionsController {
  constructor(private readonly billing: BillingClient) {}

  @Post('payments/subscribe')
  @RequirePermission('billing.purchase')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Subscribe to a plan', description: 'Starts a trial when the plan has one (no charge yet), else charges the first period. A 3-D Secure card leaves the subscription `incomplete` with `payment.nextAction` until the provider confirms.' })
  @ApiCreatedResponse({ type: SubscriptionResponse })
  @ApiPaymentRequiredResponse({ description: 'BILLING.CARD_DECLINED or BILLING.INSUFFICIENT_FUNDS; nothing was charged.' })
  @ApiConflictResponse({ description: 'BILLING.ALREADY_SUBSCRIBED' })
  @ApiAcceptedResponse({ type: SubscriptionResponse, description: PENDING_DESCRIPTION })
  async subscribe(@CurrentUser() actor: AuthUser, @IdempotencyKey() idempotencyKey: string, @Body() subscribe: SubscribeBody, @Res({ passthrough: true }) reply: FastifyReply): Promise<SubscriptionResponse> {
    const answer = await this.billing.send(BillingPatterns.Subscribe, { actor, idempotencyKey, subscribe });
    if (awaitsProviderAnswer(answer.payment)) reply.status(202);
    return answer;
  }

  @Get('me/subscription')
  @RequirePermission('billing.read-history')
  @ApiOperation({ summary: 'My current (latest) subscription: status, period, next charge' })
  @ApiOkResponse({ type: SubscriptionResponse })
  @ApiNotFoundResponse({ description: 'Never subscribed.' })
  mine(@CurrentUser() actor: AuthUser): Promise<SubscriptionResponse> {
    return this.billing.send(BillingPatterns.GetMySubscription, { actor });
  }

  @Post('payments/subscriptions/:subscriptionId/cancel')
  @RequirePermission('billing.manage-subscription')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel now or at the end of the period' })
  @ApiOkResponse({ type: SubscriptionResponse })
  @ApiNotFoundResponse({ description: 'No such subscription of yours.' })
  @ApiConflictResponse({ description: 'Already canceled or expired (BILLING.INVALID_SUBSCRIPTION_TRANSITION), or changed meanwhile.' })
  cancel(@CurrentUser() actor: AuthUser, @Param() { subscriptionId }: SubscriptionIdParam, @Body() cancel: CancelSubscriptionBody): Promise<SubscriptionResponse> {
    return this.billing.send(BillingPatterns.CancelSubscription, { actor, subscriptionId, cancel });
  }

  @Post('payments/subscriptions/:subscriptionId/resume')
  @RequirePermission('billing.manage-subscription')
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo a cancellation at period end, before the period ends' })
  @ApiOkResponse({ type: SubscriptionResponse })
  @ApiNotFoundResponse({ description: 'No such subscription of yours.' })
  @ApiConflictResponse({ description: 'Not set to cancel at period end (BILLING.INVALID_SUBSCRIPTION_TRANSITION).' })
  resume(@CurrentUser() actor: AuthUser, @Param() { subscriptionId }: SubscriptionIdParam): Promise<SubscriptionResponse> {
    return this.billing.send(BillingPatterns.ResumeSubscription, { actor, subscriptionId });
  }

  @Post('payments/subscriptions/:subscriptionId/change-plan')
  @RequirePermission('billing.manage-subscription')
  @HttpCode(200)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Change plan now with proration', description: 'Upgrade: the prorated difference (by the second, rounded half up per part) is charged at once. Downgrade: it becomes credit for the next renewal.' })
  @ApiOkResponse({ type: ChangePlanResponse })
  @ApiPaymentRequiredResponse({ description: 'The prorated charge failed; the plan is unchanged.' })
  @ApiNotFoundResponse({ description: 'No such subscription of yours, or no such plan.' })
  @ApiConflictResponse({ description: 'Already on this plan, or the subscription cannot change plan in its state.' })
  changePlan(@CurrentUser() actor: AuthUser, @IdempotencyKey() idempotencyKey: string, @Param() { subscriptionId }: SubscriptionIdParam, @Body() change: ChangePlanBody): Promise<ChangePlanResponse> {
    return this.billing.send(BillingPatterns.ChangePlan, { actor, idempotencyKey, subscriptionId, change });
  }

  @Put('payments/subscriptions/:subscriptionId/payment-method')
  @RequirePermission('billing.manage-subscription')
  @HttpCode(200)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Replace the payment method renewals are charged to',
    description:
      'The provider sets the new method up first. On a `past_due` subscription the outstanding renewal is retried with it at once (the customer is present): paid, the subscription is `active` again; a 3-D Secure card answers with `payment.nextAction`; declined, it stays in dunning (402).',
  })
  @ApiOkResponse({ type: SubscriptionResponse })
  @ApiAcceptedResponse({ type: SubscriptionResponse, description: PENDING_DESCRIPTION })
  @ApiPaymentRequiredResponse({ description: 'BILLING.PAYMENT_METHOD_REJECTED (the provider would not set the method up; nothing changed), or the retried renewal was declined (the new method is kept, dunning goes on).' })
  @ApiNotFoundResponse({ description: 'No such subscription of yours.' })
  @ApiConflictResponse({ description: 'The subscription has ended (BILLING.INVALID_SUBSCRIPTION_TRANSITION), or is being renewed right now.' })
  async updatePaymentMethod(
    @CurrentUser() actor: AuthUser,
    @IdempotencyKey() idempotencyKey: string,
    @Param() { subscriptionId }: SubscriptionIdParam,
    @Body() update: PaymentMethodBody,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubscriptionResponse> {
    const answer = await this.billing.send(BillingPatterns.UpdatePaymentMethod, { actor, idempotencyKey, subscriptionId, update });
    if (awaitsProviderAnswer(answer.payment)) reply.status(202);
    return answer;
  }
}
