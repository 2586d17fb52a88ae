import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { rateLimitUnchecked } from '@onstream/common';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { gatewayRedis } from '../redis/redis.module.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

// Real Redis from `scripts/infra.sh up`; two gateway clients (auto-pipelined, as in production) stand for two replicas.
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const replicaA = gatewayRedis(url, 2000);
const replicaB = gatewayRedis(url, 2000);
const ready = (client: Redis) => (client.status === 'ready' ? Promise.resolve() : new Promise((resolve) => client.once('ready', resolve)));
beforeAll(() => Promise.all([ready(replicaA), ready(replicaB)]));
afterAll(async () => {
  await replicaA.quit();
  await replicaB.quit();
});

describe('RedisThrottlerStorage (real Redis)', () => {
  it('counts concurrent hits from two replicas exactly once each', async () => {
    const [a, b] = [new RedisThrottlerStorage(replicaA), new RedisThrottlerStorage(replicaB)];
    const key = `it-${randomUUID()}`;
    const records = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).increment(key, 60_000, 30)));

    expect(records.map((r) => r.totalHits).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(records.filter((r) => r.isBlocked)).toHaveLength(10);
    expect(records.every((r) => r.timeToExpire >= 1 && r.timeToExpire <= 60)).toBe(true);
  });

  it('still counts every hit after Redis lost its scripts (a restart), with hits batched in one pipeline', async () => {
    const storage = new RedisThrottlerStorage(replicaA);
    const key = `it-${randomUUID()}`;
    await storage.increment(key, 60_000, 100);
    const admin = new Redis(url, { maxRetriesPerRequest: 1 });
    await admin.script('FLUSH');
    await admin.quit();
    const records = await Promise.all(Array.from({ length: 20 }, () => storage.increment(key, 60_000, 100)));

    expect(records.map((r) => r.totalHits).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });

  it('starts the window on the first hit and never extends it', async () => {
    const storage = new RedisThrottlerStorage(replicaA);
    const key = `it-${randomUUID()}`;
    await storage.increment(key, 30_000, 5);
    const ttlAfterFirst = await replicaA.pttl(`onstream:rate-limit:${key}`);
    await storage.increment(key, 30_000, 5);
    const ttlAfterSecond = await replicaA.pttl(`onstream:rate-limit:${key}`);

    expect(ttlAfterFirst).toBeGreaterThan(25_000);
    expect(ttlAfterFirst).toBeLessThanOrEqual(30_000);
    expect(ttlAfterSecond).toBeLessThanOrEqual(ttlAfterFirst);
  });

  it('refuses with 503 when Redis cannot be reached, counting every refusal and logging one line for many', async () => {
    const down = gatewayRedis('redis://127.0.0.1:1', 2000);
    const storage = new RedisThrottlerStorage(down);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const countedBefore = (await rateLimitUnchecked.get()).values[0]?.value ?? 0;
    for (let request = 0; request < 5; request += 1) {
      await expect(storage.increment('any', 1000, 1)).rejects.toMatchObject({ status: 503, details: { retryAfterSeconds: 5 } });
    }
    expect((await rateLimitUnchecked.get()).values[0]?.value).toBe(countedBefore + 5);
    // The connection's own watcher warns too; the limiter's lines are these.
    const limiterLines = warn.mock.calls.map(([line]) => line).filter((line) => (line as { msg?: string }).msg?.startsWith('rate limits'));
    expect(limiterLines).toEqual([expect.objectContaining({ msg: 'rate limits not checked; refusing with 503', occurrences: 1 })]);
    warn.mockRestore();
    down.disconnect();
  });
});
