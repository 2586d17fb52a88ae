import { Module } from '@nestjs/common';
import { BillingClock } from '../clock/billing-clock.js';
import { BillingConfig } from '../billing.config.js';
import { PaymentProvider } from './payment-provider.js';
import { SandboxPaymentProvider } from './sandbox.provider.js';
import { createStripeClient, StripePaymentProvider } from './stripe.provider.js';

@Module({
  providers: [
    {
      provide: PaymentProvider,
      useFactory: (config: BillingConfig, clock: BillingClock): PaymentProvider =>
        config.BILLING_PROVIDER === 'stripe'
          ? new StripePaymentProvider(
              createStripeClient({ apiBase: config.STRIPE_API_BASE, secretKey: config.STRIPE_SECRET_KEY, timeoutMs: Math.max(1000, config.NATS_REQUEST_TIMEOUT_MS - 1000) }),
              config.STRIPE_WEBHOOK_SECRET,
              clock,
            )
          : new SandboxPaymentProvider(config.BILLING_SANDBOX_WEBHOOK_SECRET, clock),
      inject: [BillingConfig, BillingClock],
    },
  ],
  exports: [PaymentProvider],
})
export class ProvidersModule {}
