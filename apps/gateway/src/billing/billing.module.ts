import { Module } from '@nestjs/common';
import { BillingAdminController } from './billing-admin.controller.js';
import { HistoryExportController } from './history-export.controller.js';
import { HistoryExportSource } from './history-export.source.js';
import { PaymentsController } from './payments.controller.js';
import { PlansController } from './plans.controller.js';
import { RevenueController } from './revenue.controller.js';
import { SubscriptionsController } from './subscriptions.controller.js';
import { WebhooksController } from './webhooks.controller.js';

/** HTTP edge of billing: thin controllers that turn requests into billing contracts. */
@Module({
  controllers: [PlansController, SubscriptionsController, HistoryExportController, PaymentsController, WebhooksController, RevenueController, BillingAdminController],
  providers: [HistoryExportSource],
})
export class BillingHttpModule {}
