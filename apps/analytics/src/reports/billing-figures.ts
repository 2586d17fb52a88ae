import { Injectable, Logger } from '@nestjs/common';
import { BillingClient, BillingPatterns, DomainError, type AuthUser, type PlatformRevenueResponse, type ReportRevenue } from '@onstream/common';
import { AnalyticsConfig } from '../analytics.config.js';

/**
 * Revenue figures asked from billing over NATS with a short deadline. A billing that is down or
 * slow gives null (the report is then marked partial) instead of failing the whole report.
 */
@Injectable()
export class BillingFigures {
  private readonly logger = new Logger(BillingFigures.name);

  constructor(
    private readonly billing: BillingClient,
    private readonly config: AnalyticsConfig,
  ) {}

  async creatorRevenue(actor: AuthUser, creatorId: string, from: Date, to: Date): Promise<ReportRevenue | null> {
    const answer = await this.ask(() =>
      this.billing.send(BillingPatterns.CreatorRevenue, { actor, creatorId, query: { from: from.toISOString(), to: to.toISOString() } }, { timeoutMs: this.config.ANALYTICS_BILLING_TIMEOUT_MS }),
    );
    return answer && { shareBps: answer.shareBps, periods: answer.periods, totals: answer.totals };
  }

  platform(actor: AuthUser): Promise<PlatformRevenueResponse | null> {
    return this.ask(() => this.billing.send(BillingPatterns.PlatformRevenue, { actor }, { timeoutMs: this.config.ANALYTICS_BILLING_TIMEOUT_MS }));
  }

  private async ask<T>(call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 503) throw error;
      this.logger.warn({ msg: 'billing did not answer: report without revenue', err: error.message });
      return null;
    }
  }
}
