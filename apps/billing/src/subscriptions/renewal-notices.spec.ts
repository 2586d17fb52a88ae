import { jest } from '@jest/globals';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { BillingConfig } from '../billing.config.js';
import type { BillingEventsPublisher } from '../events/billing-events.publisher.js';
import type { PlanDocument } from '../plans/plans.repository.js';
import type { PlansService } from '../plans/plans.service.js';
import { RenewalNotices } from './renewal-notices.js';
import type { SubscriptionDocument, SubscriptionsRepository } from './subscriptions.repository.js';

const asOf = new Date('2027-01-29T00:00:00Z');
const periodEnd = new Date('2027-02-01T00:00:00Z');
const plan: PlanDocument = { _id: 'p1', name: 'Basic', interval: 'month', price: 999, currency: 'EUR', trialDays: 0, features: { maxQuality: '1080p', maxDevices: 1, maxStreams: 1, downloads: false }, createdAt: new Date(0) };
const subscription = { _id: 's1', userId: 'u1', planId: 'p1', status: 'active', currentPeriodEnd: periodEnd } as SubscriptionDocument;

function setup(options: { days?: number; due?: SubscriptionDocument[]; publishFails?: boolean } = {}) {
  const subscriptions = strictMock<SubscriptionsRepository>('subscriptions', {
    renewingWithoutNotice: jest.fn<SubscriptionsRepository['renewingWithoutNotice']>().mockResolvedValueOnce(options.due ?? [subscription]).mockResolvedValue([]),
    markRenewalNoticed: jest.fn<SubscriptionsRepository['markRenewalNoticed']>().mockResolvedValue(undefined),
  });
  const events = strictMock<BillingEventsPublisher>('events', {
    subscriptionRenewsSoon: options.publishFails
      ? jest.fn<BillingEventsPublisher['subscriptionRenewsSoon']>().mockRejectedValue(new Error('nats down'))
      : jest.fn<BillingEventsPublisher['subscriptionRenewsSoon']>().mockResolvedValue(undefined),
  });
  const plans = strictMock<PlansService>('plans', { get: jest.fn<PlansService['get']>().mockResolvedValue(plan) });
  const notices = new RenewalNotices(subscriptions, plans, events, { BILLING_RENEWAL_NOTICE_DAYS: options.days ?? 3 } as BillingConfig);
  return { notices, subscriptions, events };
}

describe('RenewalNotices', () => {
  it('publishes the notice with the plan and period, then marks the period noticed', async () => {
    const { notices, subscriptions, events } = setup();
    expect(await notices.send(asOf)).toBe(1);
    expect(subscriptions.renewingWithoutNotice).toHaveBeenCalledWith(asOf, new Date('2027-02-01T00:00:00Z'), 100);
    expect(events.subscriptionRenewsSoon).toHaveBeenCalledWith({ subscriptionId: 's1', userId: 'u1', planId: 'p1', planName: 'Basic', amount: 999, currency: 'EUR', renewsAt: periodEnd.toISOString() });
    expect(subscriptions.markRenewalNoticed).toHaveBeenCalledWith('s1', periodEnd);
  });

  it('leaves the period unmarked when the event could not be published, so the next sweep retries', async () => {
    const { notices, subscriptions } = setup({ publishFails: true });
    expect(await notices.send(asOf)).toBe(0);
    expect(subscriptions.markRenewalNoticed).not.toHaveBeenCalled();
  });

  it('sends nothing when the notice is turned off (0 days)', async () => {
    const { notices, subscriptions } = setup({ days: 0 });
    expect(await notices.send(asOf)).toBe(0);
    expect(subscriptions.renewingWithoutNotice).not.toHaveBeenCalled();
  });
});
