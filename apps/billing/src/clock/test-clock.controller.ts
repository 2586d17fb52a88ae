import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BillingPatterns, DomainError, ErrorCodes, RunRenewalsRequest, SetBillingClockRequest, type AuthUser, type BillingClockResponse, type RenewalRunReport, requireAccess } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { RenewalsService } from '../subscriptions/renewals.service.js';
import { BillingClock } from './billing-clock.js';

/**
 * Admin-only controls for tests: pin this replica's clock and run the renewal sweep now.
 * Answer 404 unless BILLING_TEST_CLOCK=true (and never with NODE_ENV=production).
 */
@Controller()
export class TestClockController {
  constructor(
    private readonly clock: BillingClock,
    private readonly renewals: RenewalsService,
    private readonly config: BillingConfig,
  ) {}

  @MessagePattern(BillingPatterns.SetClock)
  set(@Payload() { actor, clock }: SetBillingClockRequest): BillingClockResponse {
    this.guard(actor);
    this.clock.pin(new Date(clock.now));
    return { now: this.clock.now().toISOString() };
  }

  @MessagePattern(BillingPatterns.RunRenewals)
  run(@Payload() { actor }: RunRenewalsRequest): Promise<RenewalRunReport> {
    this.guard(actor);
    return this.renewals.sweep();
  }

  private guard(actor: AuthUser): void {
    if (!this.config.testClockEnabled) throw new DomainError(ErrorCodes.BillingTestClockDisabled, 404, 'The billing test clock is disabled.');
    requireAccess(actor, 'billing.admin');
  }
}
