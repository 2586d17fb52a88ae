import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  AnalyticsClient, AnalyticsPatterns, BillingClient, BillingPatterns, CreatorIdParam, CreatorRevenueQuery, CreatorRevenueResponse, HistoryQuery,
  PurchasePpvBody, PurchaseResponse, SubscribeBody, SubscriptionResponse, type AuthUser, type ReportScope,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../../auth/auth.decorators.js';
import { ApiIdempotencyKey, IdempotencyKey } from '../../billing/idempotency-key.decorator.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../../http/api-problems.js';
import { CompatController } from '../compat.decorators.js';
import { OttAnalytics, toOttAnalytics } from './ott-analytics.dto.js';
import { OttTransactionPage, toOttTransactionPage } from './ott-money.dto.js';
import { OttReportQuery, OttReportTargetParam } from './ott-platform.params.js';

const TAG = 'OTT platform API (seed 004)';
const DEFAULT_REPORT_DAYS = 30;
const NOT_ENTITLED_TO_REPORT = 'Not your video, channel or account (ANALYTICS.REPORT_FORBIDDEN).';

/** Seed 004 §3 Monetization and §4 Analytics (billing and analytics services). */
@CompatController(TAG, '')
@ApiBearerAuth()
export class OttMoneyController {
  constructor(
    private readonly billing: BillingClient,
    private readonly analytics: AnalyticsClient,
  ) {}

  @Get('revenue/creator/:creatorId')
  @RequirePermission('revenue.read')
  @ApiOperation({ summary: 'A creator’s revenue by month and video with payout status and history: that creator and admins (v1: GET /revenue/creator/{creatorId})' })
  @ApiOkResponse({ type: CreatorRevenueResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'Neither that creator nor an admin.' })
  revenue(@CurrentUser() actor: AuthUser, @Param() { creatorId }: CreatorIdParam, @Query() query: CreatorRevenueQuery): Promise<CreatorRevenueResponse> {
    return this.billing.send(BillingPatterns.CreatorRevenue, { actor, creatorId, query });
  }

  @Post('payments/subscribe')
  @RequirePermission('billing.purchase')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Subscribe to a plan: trial or first charge, receipt in the ledger (v1: POST /payments/subscribe)' })
  @ApiCreatedResponse({ type: SubscriptionResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 402: 'Card declined; nothing was charged.', 404: 'No such plan.', 409: 'Already subscribed (BILLING.ALREADY_SUBSCRIBED).' })
  subscribe(@CurrentUser() actor: AuthUser, @IdempotencyKey() idempotencyKey: string, @Body() subscribe: SubscribeBody): Promise<SubscriptionResponse> {
    return this.billing.send(BillingPatterns.Subscribe, { actor, idempotencyKey, subscribe });
  }

  @Post('payments/ppv')
  @RequirePermission('billing.purchase')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Buy or rent a video: payment, then access (v1: POST /payments/ppv)' })
  @ApiCreatedResponse({ type: PurchaseResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 402: 'Card declined; nothing was charged.', 404: 'No offer for this video.', 409: 'Already entitled (BILLING.ALREADY_ENTITLED).' })
  purchase(@CurrentUser() actor: AuthUser, @IdempotencyKey() idempotencyKey: string, @Body() purchase: PurchasePpvBody): Promise<PurchaseResponse> {
    return this.billing.send(BillingPatterns.PurchasePpv, { actor, idempotencyKey, purchase });
  }

  @Get('payments/history')
  @RequirePermission('billing.read-history')
  @ApiOperation({
    summary: 'My transactions with tax information, filtered and paged (v1: GET /payments/history)',
    description: 'The same filters give a CSV export at GET /api/v1/payments/history/export.csv.',
  })
  @ApiOkResponse({ type: OttTransactionPage })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: 'userId of someone else, and not an admin.' })
  async history(@CurrentUser() actor: AuthUser, @Query() query: HistoryQuery): Promise<OttTransactionPage> {
    return toOttTransactionPage(await this.billing.send(BillingPatterns.History, { actor, query }));
  }

  @Get('analytics/videos/:id')
  @RequirePermission('reports.read')
  @ApiOperation({ summary: 'Viewership, engagement and playback quality of one video: its owner or an admin (v1: GET /analytics/videos/{id})' })
  @ApiOkResponse({ type: OttAnalytics })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_ENTITLED_TO_REPORT })
  video(@CurrentUser() actor: AuthUser, @Param() { id }: OttReportTargetParam, @Query() query: OttReportQuery): Promise<OttAnalytics> {
    return this.report('video', id, query, actor);
  }

  @Get('analytics/creator/:id')
  @RequirePermission('reports.read')
  @ApiOperation({ summary: 'Channel performance and revenue of one creator: the creator or an admin (v1: GET /analytics/creator/{id})' })
  @ApiOkResponse({ type: OttAnalytics })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_ENTITLED_TO_REPORT })
  creator(@CurrentUser() actor: AuthUser, @Param() { id }: OttReportTargetParam, @Query() query: OttReportQuery): Promise<OttAnalytics> {
    return this.report('creator', id, query, actor);
  }

  @Get('analytics/user/:id')
  @RequirePermission('reports.read')
  @ApiOperation({ summary: 'What one viewer watched: the user themself or an admin (v1: GET /analytics/user/{id})' })
  @ApiOkResponse({ type: OttAnalytics })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_ENTITLED_TO_REPORT })
  user(@CurrentUser() actor: AuthUser, @Param() { id }: OttReportTargetParam, @Query() query: OttReportQuery): Promise<OttAnalytics> {
    return this.report('user', id, query, actor);
  }

  private async report(scope: ReportScope, id: string, query: OttReportQuery, actor: AuthUser): Promise<OttAnalytics> {
    const to = query.to ?? new Date().toISOString();
    const from = query.from ?? new Date(Date.parse(to) - DEFAULT_REPORT_DAYS * 86_400_000).toISOString();
    return toOttAnalytics(await this.analytics.send(AnalyticsPatterns.GetReport, { actor, scope, id, from, to, granularity: query.granularity ?? 'day' }));
  }
}
