import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" in billing. In production it is the system clock; with the test clock
 * enabled an admin may pin it (per replica) so renewals, dunning and proration can be driven to
 * exact instants instead of waiting.
 */
@Injectable()
export class BillingClock {
  private pinned: Date | undefined;

  now(): Date {
    return this.pinned ? new Date(this.pinned) : new Date();
  }

  pin(instant: Date): void {
    this.pinned = new Date(instant);
  }
}
