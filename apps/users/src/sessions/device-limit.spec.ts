import { jest } from '@jest/globals';
import { DomainError, type BillingClient, type DeviceLimitResponse } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { testConfig } from '../testing/factories.js';
import { DeviceLimit } from './device-limit.js';

const config = testConfig({ MAX_ACTIVE_SESSIONS: '4', DEVICE_LIMIT_TIMEOUT_MS: '700' });

function limitWith(answer: () => Promise<DeviceLimitResponse>) {
  const send = jest.fn<(...args: unknown[]) => Promise<DeviceLimitResponse>>().mockImplementation(answer);
  return { limit: new DeviceLimit(strictMock<BillingClient>('billing', { send: send as unknown as BillingClient['send'] }), config), send };
}

describe('DeviceLimit', () => {
  it('uses the plan’s device limit from billing, asked within the configured deadline', async () => {
    const { limit, send } = limitWith(async () => ({ maxDevices: 2 }));
    await expect(limit.of('u1')).resolves.toBe(2);
    expect(send).toHaveBeenCalledWith('billing.entitlement.device-limit', { userId: 'u1' }, { timeoutMs: 700 });
  });

  it('falls back to MAX_ACTIVE_SESSIONS for an account without a plan', async () => {
    await expect(limitWith(async () => ({})).limit.of('u1')).resolves.toBe(4);
  });

  it('falls back to MAX_ACTIVE_SESSIONS while billing does not answer, so sign-in still works', async () => {
    await expect(limitWith(() => Promise.reject(DomainError.unavailable('billing did not answer'))).limit.of('u1')).resolves.toBe(4);
  });

  it('does not hide an unexpected billing error', async () => {
    await expect(limitWith(() => Promise.reject(new DomainError('INTERNAL', 500, 'boom'))).limit.of('u1')).rejects.toMatchObject({ status: 500 });
  });
});
