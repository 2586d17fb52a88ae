import { Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { BillingClock } from '../clock/billing-clock.js';
import { BillingConfig } from '../billing.config.js';
import { PaymentProvider } from './payment-provider.js';
import { SandboxPaymentsRepository } from './sandbox-payments.repository.js';
import { SandboxPaymentProvider } from './sandbox.provider.js';
import { createStripeClient, StripePaymentProvider } from './stripe.provider.js';

@Module({
  providers: [
    {
      provide: PaymentProvider,
      useFactory: (config: BillingConfig, clock: BillingClock, connection: Connection): PaymentProvider =>
        config.BILLING_PROVIDER === 'stripe'
          ? new StripePaymentProvider(
              createStripeClient({ apiBase: config.STRIPE_API_BASE, secretKey: config.STRIPE_SECRET_KEY, timeoutMs: Math.max(1000, config.NATS_REQUEST_TIMEOUT_MS - 1000) }),
              config.STRIPE_WEBHOOK_SECRET,
              clock,
            )
          : new SandboxPaymentProvider(config.BILLING_SANDBOX_WEBHOOK_SECRET, clock, new SandboxPaymentsRepository(connection)),
      inject: [BillingConfig, BillingClock, getConnectionToken()],
    },
  ],
  exports: [PaymentProvider],
})
export class ProvidersModule {}
