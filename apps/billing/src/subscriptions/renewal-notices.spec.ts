import { jest } from '@jest/globals';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { BillingConfig } from '../billing.config.js';
import type { BillingOutbox } from '../events/billing-outbox.js';
import type { PlanDocument } from '../plans/plans.repository.js';
import type { PlansService } from '../plans/plans.service.js';
import { RenewalNotices } from './renewal-notices.js';
import type { SubscriptionDocument, SubscriptionsRepository } from './subscriptions.repository.js';

const asOf = new Date('2027-01-29T00:00:00Z');
const periodEnd = new Date('2027-02-01T00:00:00Z');
const plan: PlanDocument = { _id: 'p1', name: 'Basic', interval: 'month', price: 999, currency: 'EUR', trialDays: 0, features: { maxQuality: '1080p', maxDevices: 1, maxStreams: 1, downloads: false }, createdAt: new Date(0) };
const subscription = { _id: 's1', userId: 'u1', planId: 'p1', status: 'active', currentPeriodEnd: periodEnd } as SubscriptionDocument;

function setup(options: { days?: number; due?: SubscriptionDocument[]; writeFails?: boolean } = {}) {
  const subscriptions = strictMock<SubscriptionsRepository>('subscriptions', {
    renewingWithoutNotice: jest.fn<SubscriptionsRepository['renewingWithoutNotice']>().mockResolvedValueOnce(options.due ?? [subscription]).mockResolvedValue([]),
    markRenewalNoticed: options.writeFails
      ? jest.fn<SubscriptionsRepository['markRenewalNoticed']>().mockRejectedValue(new Error('database down'))
      : jest.fn<SubscriptionsRepository['markRenewalNoticed']>().mockResolvedValue(undefined),
  });
  const outbox = strictMock<BillingOutbox>('outbox', { kick: jest.fn<BillingOutbox['kick']>() });
  const plans = strictMock<PlansService>('plans', { get: jest.fn<PlansService['get']>().mockResolvedValue(plan) });
  const notices = new RenewalNotices(subscriptions, plans, outbox, { BILLING_RENEWAL_NOTICE_DAYS: options.days ?? 3 } as BillingConfig);
  return { notices, subscriptions, outbox };
}

describe('RenewalNotices', () => {
  it('marks the period noticed with the notice event (plan and period) in the same write, then wakes the relay', async () => {
    const { notices, subscriptions, outbox } = setup();
    expect(await notices.send(asOf)).toBe(1);
    expect(subscriptions.renewingWithoutNotice).toHaveBeenCalledWith(asOf, new Date('2027-02-01T00:00:00Z'), 100);
    expect(subscriptions.markRenewalNoticed).toHaveBeenCalledWith('s1', periodEnd, {
      id: `subscription-renews-soon:s1:${periodEnd.toISOString()}`,
      type: 'billing.subscription.renews-soon',
      data: { subscriptionId: 's1', userId: 'u1', planId: 'p1', planName: 'Basic', amount: 999, currency: 'EUR', renewsAt: periodEnd.toISOString() },
      occurredAt: expect.any(Date),
    });
    expect(outbox.kick).toHaveBeenCalledTimes(1);
  });

  it('counts nothing when the write failed, so the next sweep tries the notice again', async () => {
    const { notices, outbox } = setup({ writeFails: true });
    expect(await notices.send(asOf)).toBe(0);
    expect(outbox.kick).not.toHaveBeenCalled();
  });

  it('sends nothing when the notice is turned off (0 days)', async () => {
    const { notices, subscriptions } = setup({ days: 0 });
    expect(await notices.send(asOf)).toBe(0);
    expect(subscriptions.renewingWithoutNotice).not.toHaveBeenCalled();
  });
});
