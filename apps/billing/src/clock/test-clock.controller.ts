import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BillingPatterns, DomainError, ErrorCodes, RunRenewalsRequest, SetBillingClockRequest, type AuthUser, type BillingClockResponse, type RenewalRunReport, requireAccess } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { ReconciliationService } from '../settlement/reconciliation.service.js';
import { RenewalsService } from '../subscriptions/renewals.service.js';
import { BillingClock } from './billing-clock.js';

/**
 * Admin-only controls for tests: pin this replica's clock and run reconciliation and the renewal sweep now.
 * Answer 404 unless BILLING_TEST_CLOCK=true (and never with NODE_ENV=production).
 */
@Controller()
export class TestClockController {
  constructor(
    private readonly clock: BillingClock,
    private readonly renewals: RenewalsService,
    private readonly reconciliation: ReconciliationService,
    private readonly config: BillingConfig,
  ) {}

  @MessagePattern(BillingPatterns.SetClock)
  set(@Payload() { actor, clock }: SetBillingClockRequest): BillingClockResponse {
    this.guard(actor);
    this.clock.pin(new Date(clock.now));
    return { now: this.clock.now().toISOString() };
  }

  @MessagePattern(BillingPatterns.RunRenewals)
  async run(@Payload() { actor }: RunRenewalsRequest): Promise<RenewalRunReport> {
    this.guard(actor);
    // Settling lost outcomes first lets renewals waiting on them go on in the same run.
    const reconciled = await this.reconciliation.reconcile();
    return { ...(await this.renewals.sweep()), reconciled };
  }

  private guard(actor: AuthUser): void {
    if (!this.config.testClockEnabled) throw new DomainError(ErrorCodes.BillingTestClockDisabled, 404, 'The billing test clock is disabled.');
    requireAccess(actor, 'billing.admin');
  }
}
