import { Module, type DynamicModule } from '@nestjs/common';
import { connect } from '@nats-io/transport-node';
import { ANALYTICS_STREAM, BILLING_STREAM, JetStreamModule, serviceDatabase, ServiceClientsModule, ServiceHealthController } from '@onstream/common';
import { BillingConfig } from './billing.config.js';
import { ClaimsRepository } from './claims/claims.repository.js';
import { BillingClock } from './clock/billing-clock.js';
import { TestClockController } from './clock/test-clock.controller.js';
import { EntitlementCache } from './entitlements/entitlement-cache.js';
import { EntitlementsController } from './entitlements/entitlements.controller.js';
import { EntitlementsService } from './entitlements/entitlements.service.js';
import { BillingOutbox } from './events/billing-outbox.js';
import { FaultPoints } from './faults/fault-points.js';
import { HealthModule } from './health/health.module.js';
import { IdempotencyRepository } from './idempotency/idempotency.repository.js';
import { IdempotencyService } from './idempotency/idempotency.service.js';
import { ChargeService } from './ledger/charge.service.js';
import { LedgerRepository } from './ledger/ledger.repository.js';
import { TaxTable } from './ledger/tax-table.js';
import { EXPORT_NATS, HistoryExportStreamer } from './payments/history-export.streamer.js';
import { PaymentsController } from './payments/payments.controller.js';
import { PpvRepository } from './payments/ppv.repository.js';
import { PpvService } from './payments/ppv.service.js';
import { RefundsService } from './payments/refunds.service.js';
import { TransactionsService } from './payments/transactions.service.js';
import { PlansController } from './plans/plans.controller.js';
import { PlansRepository } from './plans/plans.repository.js';
import { PlansService } from './plans/plans.service.js';
import { ProvidersModule } from './providers/providers.module.js';
import { RevenueController } from './revenue/revenue.controller.js';
import { PayoutsService } from './revenue/payouts.service.js';
import { RevenueService } from './revenue/revenue.service.js';
import { PaymentSettlement } from './settlement/payment-settlement.js';
import { ReconciliationService } from './settlement/reconciliation.service.js';
import { PlanChangeService } from './subscriptions/plan-change.service.js';
import { RenewalNotices } from './subscriptions/renewal-notices.js';
import { RenewalsService } from './subscriptions/renewals.service.js';
import { SubscriptionLifecycle } from './subscriptions/subscription-lifecycle.js';
import { SubscriptionsController } from './subscriptions/subscriptions.controller.js';
import { SubscriptionsRepository } from './subscriptions/subscriptions.repository.js';
import { SubscriptionsService } from './subscriptions/subscriptions.service.js';
import { AdRevenueConsumer } from './ad-revenue/ad-revenue.consumer.js';
import { WebhookEventsRepository } from './webhooks/webhook-events.repository.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';
import { WebhooksService } from './webhooks/webhooks.service.js';

@Module({})
export class BillingModule {
  static forRoot(config: BillingConfig): DynamicModule {
    return {
      module: BillingModule,
      global: true,
      imports: [
        serviceDatabase(config, 'billing'),
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'billing', streams: [BILLING_STREAM, ANALYTICS_STREAM] }),
        // Ad revenue asks media who owns a video.
        ServiceClientsModule.forRoot({ servers: config.natsServers, timeoutMs: config.NATS_REQUEST_TIMEOUT_MS, name: 'billing-client' }),
        HealthModule,
        ProvidersModule,
      ],
      controllers: [ServiceHealthController('billing'), PlansController, SubscriptionsController, PaymentsController, EntitlementsController, WebhooksController, RevenueController, TestClockController],
      providers: [
        { provide: BillingConfig, useValue: config },
        { provide: TaxTable, useValue: new TaxTable(config.BILLING_TAX_RATES, config.BILLING_TAX_DEFAULT_BPS) },
        BillingClock,
        BillingOutbox,
        FaultPoints,
        ClaimsRepository,
        IdempotencyRepository,
        IdempotencyService,
        LedgerRepository,
        ChargeService,
        PlansRepository,
        PlansService,
        SubscriptionsRepository,
        SubscriptionLifecycle,
        SubscriptionsService,
        PlanChangeService,
        RenewalsService,
        RenewalNotices,
        PpvRepository,
        PpvService,
        { provide: EXPORT_NATS, useFactory: () => connect({ servers: config.natsServers, name: 'billing-export', maxReconnectAttempts: -1, reconnectTimeWait: 500 }) },
        HistoryExportStreamer,
        TransactionsService,
        RefundsService,
        EntitlementCache,
        EntitlementsService,
        WebhookEventsRepository,
        WebhooksService,
        PaymentSettlement,
        ReconciliationService,
        RevenueService,
        PayoutsService,
        AdRevenueConsumer,
      ],
      exports: [BillingConfig, BillingClock],
    };
  }
}
