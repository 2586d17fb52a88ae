import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { SingleUseClaims } from './single-use-claims.js';

// Real Redis from `scripts/infra.sh up`.
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
afterAll(() => redis.quit());

describe('SingleUseClaims (real Redis)', () => {
  it('gives a key to exactly one of many concurrent claimants', async () => {
    const claims = new SingleUseClaims(redis);
    const key = `it-${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 10 }, () => claims.claim(key, 30)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('lets the claim expire with the thing it guards', async () => {
    const claims = new SingleUseClaims(redis);
    const key = `it-${randomUUID()}`;
    await claims.claim(key, 42.2);
    expect(await redis.ttl(`users:claim:${key}`)).toBe(43);
  });
});
