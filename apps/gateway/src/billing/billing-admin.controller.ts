import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BillingClient, BillingClockResponse, BillingPatterns, RenewalRunReport, SetBillingClockBody, type AuthUser } from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';

/**
 * A sweep is batch work (reconciliation, then every due renewal against the provider): on a busy
 * machine it takes longer than an interactive call's deadline, and its caller waits for the report.
 */
const RENEWAL_RUN_TIMEOUT_MS = 120_000;

/** Test-only controls; the billing service answers 404 unless BILLING_TEST_CLOCK=true. */
@ApiTags('billing-admin')
@ApiBearerAuth()
@RequirePermission('billing.admin')
@Controller('admin/billing')
export class BillingAdminController {
  constructor(private readonly billing: BillingClient) {}

  @Post('clock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pin the billing clock (test only, BILLING_TEST_CLOCK=true)' })
  @ApiOkResponse({ type: BillingClockResponse })
  @ApiNotFoundResponse({ description: 'The test clock is disabled.' })
  setClock(@CurrentUser() actor: AuthUser, @Body() clock: SetBillingClockBody): Promise<BillingClockResponse> {
    return this.billing.send(BillingPatterns.SetClock, { actor, clock });
  }

  @Post('renewals/run')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run the renewal and dunning sweep now, as of the billing clock (test only)' })
  @ApiOkResponse({ type: RenewalRunReport })
  @ApiNotFoundResponse({ description: 'The test clock is disabled.' })
  runRenewals(@CurrentUser() actor: AuthUser): Promise<RenewalRunReport> {
    return this.billing.send(BillingPatterns.RunRenewals, { actor }, { timeoutMs: RENEWAL_RUN_TIMEOUT_MS });
  }
}
