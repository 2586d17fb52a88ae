import { DomainError, type BillingClient, type EntitlementResponse } from '@onstream/common';
import { MediaConfig } from '../media.config.js';
import { actor, videoDoc } from '../testing/factories.js';
import { strictMock } from '../testing/strict-mock.js';
import { BillingEntitlementPolicy } from './entitlement.policy.js';

const VIDEO_ID = '665f1c2e9b1e8a0012345678';
const config = Object.assign(new MediaConfig(), { ENTITLEMENT_TIMEOUT_MS: 1500 });
const viewer = actor('viewer', 'viewer1');
const NONE: EntitlementResponse = { allowed: false, source: 'none', maxDevices: 0, maxStreams: 0, downloads: false };
const SUBSCRIBED: EntitlementResponse = { allowed: true, source: 'subscription', maxQuality: '720p', maxDevices: 2, maxStreams: 2, downloads: false };
const PURCHASED: EntitlementResponse = { allowed: true, source: 'ppv', maxQuality: '1080p', maxDevices: 1, maxStreams: 1, downloads: true };

function policy(answer: () => Promise<EntitlementResponse>, calls: unknown[][] = []) {
  const send = (...args: unknown[]) => {
    calls.push(args);
    return answer();
  };
  return new BillingEntitlementPolicy(strictMock<BillingClient>('BillingClient', { send: send as BillingClient['send'] }), config);
}

describe('BillingEntitlementPolicy', () => {
  it.each(['free', 'ad_supported'] as const)('lets everyone play %s videos without asking billing', async (model) => {
    const calls: unknown[][] = [];
    await expect(policy(() => Promise.reject(new Error('not asked')), calls).entitlementOf(viewer.userId, videoDoc({ id: VIDEO_ID, monetizationModel: model }))).resolves.toEqual({ allowed: true });
    expect(calls).toEqual([]);
  });

  it('asks billing about this viewer and video within the configured deadline', async () => {
    const calls: unknown[][] = [];
    await policy(async () => SUBSCRIBED, calls).entitlementOf(viewer.userId, videoDoc({ id: VIDEO_ID, monetizationModel: 'subscription' }));
    expect(calls).toEqual([['billing.entitlement.check', { userId: 'viewer1', videoId: VIDEO_ID }, { timeoutMs: 1500 }]]);
  });

  it('plays a subscription video within the plan’s quality and stream limits', async () => {
    await expect(policy(async () => SUBSCRIBED).entitlementOf(viewer.userId, videoDoc({ id: VIDEO_ID, monetizationModel: 'subscription' }))).resolves.toEqual({ allowed: true, maxHeight: 720, maxStreams: 2 });
  });

  it('does not let a subscription unlock a pay-per-view video', async () => {
    await expect(policy(async () => SUBSCRIBED).entitlementOf(viewer.userId, videoDoc({ id: VIDEO_ID, monetizationModel: 'pay_per_view' }))).resolves.toEqual({ allowed: false });
  });

  it('plays a purchased pay-per-view video', async () => {
    await expect(policy(async () => PURCHASED).entitlementOf(viewer.userId, videoDoc({ id: VIDEO_ID, monetizationModel: 'pay_per_view' }))).resolves.toEqual({ allowed: true, maxHeight: 1080, maxStreams: 1 });
  });

  it('refuses when billing says no', async () => {
    await expect(policy(async () => NONE).entitlementOf(viewer.userId, videoDoc({ id: VIDEO_ID, monetizationModel: 'subscription' }))).resolves.toEqual({ allowed: false });
  });

  it('lets billing being down surface as its 503 instead of deciding', async () => {
    const down = () => Promise.reject(DomainError.unavailable('The billing service did not answer within 1500 ms.'));
    await expect(policy(down).entitlementOf(viewer.userId, videoDoc({ id: VIDEO_ID, monetizationModel: 'subscription' }))).rejects.toMatchObject({ status: 503 });
  });
});
