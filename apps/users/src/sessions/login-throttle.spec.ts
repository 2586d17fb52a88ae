import { jest } from '@jest/globals';
import type { DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { Redis } from 'ioredis';
import { testConfig } from '../testing/factories.js';
import { LoginThrottle } from './login-throttle.js';

/** Redis whose MULTI answers these counts for the account and IP INCRs (the try included). */
function setup(counts: [account: number, ip: number], ttl = 420) {
  const chain = {
    incr: jest.fn(() => chain),
    expire: jest.fn(() => chain),
    exec: jest.fn(async () => [[null, counts[0]], [null, 1], [null, counts[1]], [null, 1]]),
  };
  const redis = strictMock<Redis>('redis', {
    multi: jest.fn(() => chain) as unknown as Redis['multi'],
    ttl: jest.fn<(key: string) => Promise<number>>().mockResolvedValue(ttl) as unknown as Redis['ttl'],
  });
  const throttle = new LoginThrottle(redis, testConfig({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_IP: '50' }));
  return { throttle, redis, chain };
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);

describe('LoginThrottle.reserve', () => {
  it('counts the try against the account and the IP before the password is checked', async () => {
    const { throttle, chain } = setup([1, 1]);
    await throttle.reserve('ada@example.com', '203.0.113.7');
    expect(chain.incr.mock.calls).toEqual([['users:login-failures:account:ada@example.com'], ['users:login-failures:ip:203.0.113.7']]);
  });

  it('lets the try that reaches a limit through', async () => {
    const { throttle } = setup([5, 50]);
    await expect(throttle.reserve('ada@example.com', '203.0.113.7')).resolves.toBeUndefined();
  });

  it('refuses a try past the account’s limit with the window’s remaining seconds as Retry-After', async () => {
    const { throttle, redis } = setup([6, 1], 420);
    expect(await failure(throttle.reserve('ada@example.com', '203.0.113.7'))).toMatchObject({ status: 429, code: 'USERS.TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 420 } });
    expect(redis.ttl).toHaveBeenCalledWith('users:login-failures:account:ada@example.com');
  });

  it('refuses a try past the IP’s limit, whatever the account', async () => {
    const { throttle, redis } = setup([1, 51]);
    expect(await failure(throttle.reserve('new@example.com', '203.0.113.7'))).toMatchObject({ status: 429 });
    expect(redis.ttl).toHaveBeenCalledWith('users:login-failures:ip:203.0.113.7');
  });
});
