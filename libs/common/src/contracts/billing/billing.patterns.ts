import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type { BillingClockResponse, RenewalRunReport, RunRenewalsRequest, SetBillingClockRequest } from './billing-clock.dto.js';
import type { CheckEntitlementRequest, DeviceLimitRequest, DeviceLimitResponse, EntitlementResponse } from './entitlement.dto.js';
import type { CreatePlanRequest, ListPlansRequest, PlanResponse } from './plan.dto.js';
import type { PpvOfferResponse, PurchasePpvRequest, PurchaseResponse, PutPpvOfferRequest } from './ppv.dto.js';
import type {
  CancelSubscriptionRequest,
  ChangePlanRequest,
  ChangePlanResponse,
  GetMySubscriptionRequest,
  SubscribeRequest,
  SubscriptionRequest,
  SubscriptionResponse,
  UpdatePaymentMethodRequest,
} from './subscription.dto.js';
import type {
  GetReceiptRequest,
  HistoryPage,
  HistoryRequest,
  ReceiptResponse,
  RefundRequest,
  StartHistoryExportRequest,
  StartHistoryExportResponse,
  TransactionResponse,
} from './transaction.dto.js';
import type { CreatorRevenueRequest, CreatorRevenueResponse, PlatformRevenueRequest, PlatformRevenueResponse } from './revenue.dto.js';
import type { CreatePayoutRequest, PayoutResponse, SettlePayoutRequest } from './payout.dto.js';
import type { ProviderWebhookRequest, WebhookReceipt } from './webhook.dto.js';
import { READ, type PatternPermissions, type PatternPolicies, type PatternPolicy } from '../../nats/pattern-policy.js';

export const BillingPatterns = {
  Health: healthPattern('billing'),
  Ping: pingPattern('billing'),
  CreatePlan: 'billing.plan.create',
  ListPlans: 'billing.plan.list',
  Subscribe: 'billing.subscription.create',
  GetMySubscription: 'billing.subscription.get-mine',
  CancelSubscription: 'billing.subscription.cancel',
  ResumeSubscription: 'billing.subscription.resume',
  ChangePlan: 'billing.subscription.change-plan',
  UpdatePaymentMethod: 'billing.subscription.update-payment-method',
  PutPpvOffer: 'billing.ppv-offer.put',
  PurchasePpv: 'billing.ppv.purchase',
  CheckEntitlement: 'billing.entitlement.check',
  DeviceLimit: 'billing.entitlement.device-limit',
  History: 'billing.history.list',
  StartHistoryExport: 'billing.history.export-start',
  GetReceipt: 'billing.receipt.get',
  Refund: 'billing.transaction.refund',
  ProviderWebhook: 'billing.webhook.receive',
  SetClock: 'billing.test-clock.set',
  RunRenewals: 'billing.renewals.run',
  CreatorRevenue: 'billing.revenue.creator',
  CreatePayout: 'billing.payout.create',
  SettlePayout: 'billing.payout.settle',
  PlatformRevenue: 'billing.revenue.platform',
} as const;

export type BillingContract = {
  [BillingPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [BillingPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
  [BillingPatterns.CreatePlan]: { request: CreatePlanRequest; response: PlanResponse };
  [BillingPatterns.ListPlans]: { request: ListPlansRequest; response: PlanResponse[] };
  [BillingPatterns.Subscribe]: { request: SubscribeRequest; response: SubscriptionResponse };
  [BillingPatterns.GetMySubscription]: { request: GetMySubscriptionRequest; response: SubscriptionResponse };
  [BillingPatterns.CancelSubscription]: { request: CancelSubscriptionRequest; response: SubscriptionResponse };
  [BillingPatterns.ResumeSubscription]: { request: SubscriptionRequest; response: SubscriptionResponse };
  [BillingPatterns.ChangePlan]: { request: ChangePlanRequest; response: ChangePlanResponse };
  [BillingPatterns.UpdatePaymentMethod]: { request: UpdatePaymentMethodRequest; response: SubscriptionResponse };
  [BillingPatterns.PutPpvOffer]: { request: PutPpvOfferRequest; response: PpvOfferResponse };
  [BillingPatterns.PurchasePpv]: { request: PurchasePpvRequest; response: PurchaseResponse };
  [BillingPatterns.CheckEntitlement]: { request: CheckEntitlementRequest; response: EntitlementResponse };
  [BillingPatterns.DeviceLimit]: { request: DeviceLimitRequest; response: DeviceLimitResponse };
  [BillingPatterns.History]: { request: HistoryRequest; response: HistoryPage };
  [BillingPatterns.StartHistoryExport]: { request: StartHistoryExportRequest; response: StartHistoryExportResponse };
  [BillingPatterns.GetReceipt]: { request: GetReceiptRequest; response: ReceiptResponse };
  [BillingPatterns.Refund]: { request: RefundRequest; response: TransactionResponse };
  [BillingPatterns.ProviderWebhook]: { request: ProviderWebhookRequest; response: WebhookReceipt };
  [BillingPatterns.SetClock]: { request: SetBillingClockRequest; response: BillingClockResponse };
  [BillingPatterns.RunRenewals]: { request: RunRenewalsRequest; response: RenewalRunReport };
  [BillingPatterns.CreatorRevenue]: { request: CreatorRevenueRequest; response: CreatorRevenueResponse };
  [BillingPatterns.CreatePayout]: { request: CreatePayoutRequest; response: PayoutResponse };
  [BillingPatterns.SettlePayout]: { request: SettlePayoutRequest; response: PayoutResponse };
  [BillingPatterns.PlatformRevenue]: { request: PlatformRevenueRequest; response: PlatformRevenueResponse };
};

/**
 * Revenue reports read the whole period's ledger (every sale and subscription charge, for the
 * pools): slow by nature, 2.7–6.8 s on a loaded 2-core machine against the 5 s default. They get
 * their own deadline and are not sent again when it passes: a second report beside a first still
 * running only doubles the work.
 */
const REPORT: PatternPolicy = { timeoutMs: 15_000 };

/** Reads are retried when a try gets no answer; some patterns have their own deadline. */
export const BillingPatternPolicies: PatternPolicies<BillingContract> = {
  [BillingPatterns.Health]: READ,
  [BillingPatterns.Ping]: READ,
  [BillingPatterns.ListPlans]: READ,
  [BillingPatterns.GetMySubscription]: READ,
  [BillingPatterns.CheckEntitlement]: READ,
  [BillingPatterns.History]: READ,
  [BillingPatterns.GetReceipt]: READ,
  [BillingPatterns.CreatorRevenue]: REPORT,
  [BillingPatterns.DeviceLimit]: READ,
  [BillingPatterns.PlatformRevenue]: REPORT,
};

/** The permission each pattern needs, checked by the service's AccessGuard before the handler runs. */
export const BillingPatternPermissions: PatternPermissions<BillingContract> = {
  [BillingPatterns.Health]: 'internal',
  [BillingPatterns.Ping]: 'internal',
  [BillingPatterns.CheckEntitlement]: 'internal',
  [BillingPatterns.DeviceLimit]: 'internal',
  [BillingPatterns.ListPlans]: 'public',
  [BillingPatterns.ProviderWebhook]: 'public',
  [BillingPatterns.CreatePlan]: 'billing.admin',
  [BillingPatterns.PutPpvOffer]: 'billing.admin',
  [BillingPatterns.Refund]: 'billing.admin',
  [BillingPatterns.SetClock]: 'billing.admin',
  [BillingPatterns.RunRenewals]: 'billing.admin',
  [BillingPatterns.CreatePayout]: 'billing.admin',
  [BillingPatterns.SettlePayout]: 'billing.admin',
  [BillingPatterns.PlatformRevenue]: 'billing.admin',
  [BillingPatterns.Subscribe]: 'billing.purchase',
  [BillingPatterns.PurchasePpv]: 'billing.purchase',
  [BillingPatterns.GetMySubscription]: 'billing.read-history',
  [BillingPatterns.History]: 'billing.read-history',
  [BillingPatterns.StartHistoryExport]: 'billing.read-history',
  [BillingPatterns.GetReceipt]: 'billing.read-history',
  [BillingPatterns.CancelSubscription]: 'billing.manage-subscription',
  [BillingPatterns.ResumeSubscription]: 'billing.manage-subscription',
  [BillingPatterns.ChangePlan]: 'billing.manage-subscription',
  [BillingPatterns.UpdatePaymentMethod]: 'billing.manage-subscription',
  [BillingPatterns.CreatorRevenue]: 'revenue.read',
};
