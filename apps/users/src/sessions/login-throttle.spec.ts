import { jest } from '@jest/globals';
import type { DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { Redis } from 'ioredis';
import { testConfig } from '../testing/factories.js';
import { LoginThrottle } from './login-throttle.js';

function setup(counts: [account: string | null, ip: string | null], ttl = 420) {
  const redis = strictMock<Redis>('redis', {
    mget: jest.fn<(...keys: string[]) => Promise<Array<string | null>>>().mockResolvedValue(counts) as unknown as Redis['mget'],
    ttl: jest.fn<(key: string) => Promise<number>>().mockResolvedValue(ttl) as unknown as Redis['ttl'],
  });
  const throttle = new LoginThrottle(redis, testConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_IP: '50' }));
  return { throttle, redis };
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);

describe('LoginThrottle.assertAllowed', () => {
  it('lets a caller below both limits through', async () => {
    const { throttle } = setup(['4', '49']);
    await expect(throttle.assertAllowed('ada@example.com', '203.0.113.7')).resolves.toBeUndefined();
  });

  it('refuses an account at its limit with the window’s remaining seconds as Retry-After', async () => {
    const { throttle, redis } = setup(['5', null], 420);
    expect(await failure(throttle.assertAllowed('ada@example.com', '203.0.113.7'))).toMatchObject({ status: 429, code: 'USERS.TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 420 } });
    expect(redis.ttl).toHaveBeenCalledWith('users:login-failures:account:ada@example.com');
  });

  it('refuses an IP at its limit, whatever the account', async () => {
    const { throttle, redis } = setup([null, '50']);
    expect(await failure(throttle.assertAllowed('new@example.com', '203.0.113.7'))).toMatchObject({ status: 429 });
    expect(redis.ttl).toHaveBeenCalledWith('users:login-failures:ip:203.0.113.7');
  });
});
