import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { faultPointList, IsFaultPointList, ServiceConfig, type PaymentProviderName } from '@onstream/common';
import { FAULT_POINTS } from './faults/fault-point-names.js';

const BOOLEAN = /^(true|false)$/;

export class BillingConfig extends ServiceConfig {
  /** Which provider charges: the built-in `sandbox` (test cards) or `stripe`. */
  @IsIn(['sandbox', 'stripe'])
  BILLING_PROVIDER: PaymentProviderName = 'sandbox';

  /** Stripe API base; stripe-mock locally. */
  @Matches(/^https?:\/\/[^\s/]+(:\d+)?\/?$/, { message: 'must be an http(s)://host[:port] URL' })
  STRIPE_API_BASE = 'http://127.0.0.1:12111';

  @IsString()
  @MinLength(8)
  STRIPE_SECRET_KEY = 'sk_test_123';

  /** Signing secret of Stripe webhooks (`whsec_…`). */
  @IsString()
  @MinLength(8)
  STRIPE_WEBHOOK_SECRET = 'whsec_onstream_local';

  /** Signing secret of sandbox webhooks (same t=…,v1=… HMAC-SHA256 scheme as Stripe). */
  @IsString()
  @MinLength(8)
  BILLING_SANDBOX_WEBHOOK_SECRET = 'whsec_onstream_sandbox';

  /** Currencies plans and offers may be priced in (ISO 4217, comma-separated). */
  @Matches(/^[A-Z]{3}(,[A-Z]{3})*$/, { message: 'must be comma-separated ISO 4217 codes' })
  BILLING_CURRENCIES = 'EUR,USD,GBP';

  /** Tax by buyer country in basis points (1900 = 19 %); countries not listed pay BILLING_TAX_DEFAULT_BPS. */
  @Matches(/^$|^[A-Z]{2}:\d{1,4}(,[A-Z]{2}:\d{1,4})*$/, { message: 'must be CC:basisPoints pairs, comma-separated' })
  BILLING_TAX_RATES = 'DE:1900,FR:2000,GB:2000,NL:2100,US:0';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  BILLING_TAX_DEFAULT_BPS = 0;

  /** How long a PPV rental stays playable after purchase. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  BILLING_RENTAL_HOURS = 48;

  /** Days after a failed renewal on which the charge is retried; past the last one the subscription expires. */
  @Matches(/^\d{1,3}(,\d{1,3})*$/, { message: 'must be ascending day offsets, comma-separated' })
  BILLING_DUNNING_RETRY_DAYS = '1,3,5';

  /** Days before a period ends on which `billing.subscription.renews-soon` is published (once per period); 0 = never. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  BILLING_RENEWAL_NOTICE_DAYS = 3;

  /** How often each billing replica runs the renewal sweep; 0 turns the timer off (tests drive it). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(24 * 3600_000)
  BILLING_SWEEP_INTERVAL_MS = 60_000;

  /** Enables the admin-only test clock and sweep patterns. Never in production. */
  @Matches(BOOLEAN, { message: 'must be true or false' })
  BILLING_TEST_CLOCK = 'false';

  /** Creators' share of their PPV sales and of their part of subscription revenue, basis points. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  BILLING_CREATOR_SHARE_BPS = 7000;

  /** What 1,000 ad impressions earn, in minor units of BILLING_AD_CURRENCY (docs/ads.md). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  BILLING_AD_CPM_MINOR = 2500;

  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' })
  BILLING_AD_CURRENCY = 'EUR';

  /** How long an entitlement answer is cached in the replica that computed it. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3600_000)
  BILLING_ENTITLEMENT_CACHE_MS = 30_000;

  /** How long a request waits for a concurrent request with the same Idempotency-Key to finish. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  BILLING_IDEMPOTENCY_WAIT_MS = 4000;

  /** How long a request may hold an Idempotency-Key before a retry may take it over (its process died). */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(3600_000)
  BILLING_IDEMPOTENCY_LEASE_MS = 30_000;

  /**
   * A payment still pending this long after it was recorded is asked about at the provider and
   * settled by the reconciliation sweep (longer than a provider call may take).
   */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(7 * 24 * 3600_000)
  BILLING_RECONCILE_AFTER_MS = 120_000;

  /** How often the outbox relay looks for unpublished events (each write also wakes it at once). */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(600_000)
  BILLING_OUTBOX_INTERVAL_MS = 1000;

  /** Fault points armed for tests (comma-separated, see faults/fault-points.ts). Refused with NODE_ENV=production. */
  @IsFaultPointList(FAULT_POINTS)
  BILLING_FAULTS = '';

  get currencies(): string[] {
    return this.BILLING_CURRENCIES.split(',');
  }

  get faultPoints(): string[] {
    return faultPointList(this.BILLING_FAULTS);
  }

  get dunningRetryDays(): number[] {
    return this.BILLING_DUNNING_RETRY_DAYS.split(',').map(Number);
  }

  get testClockEnabled(): boolean {
    return this.BILLING_TEST_CLOCK === 'true' && this.NODE_ENV !== 'production';
  }
}
