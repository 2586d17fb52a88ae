import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { CatalogConfig } from '../catalog.config.js';
import { ProfileSignalCache } from '../ratings/profile-signal-cache.js';
import { ForYouRowCache, type ForYouRow, type ForYouRowKey } from './for-you-rows.cache.js';
import { ProfileLibraryCache } from './profile-library.cache.js';

// Real Redis from `scripts/infra.sh up`; a key prefix of this run's own.
const prefix = `it_${randomUUID().slice(0, 8)}_`;
const config = Object.assign(new CatalogConfig(), { MONGO_DB_PREFIX: prefix, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', RECOMMENDER_ROW_CACHE_TTL_SECONDS: 600 });

const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
const signals = new ProfileSignalCache(config);
const library = new ProfileLibraryCache(config);
const rows = new ForYouRowCache(config, signals, library);

afterAll(async () => {
  const keys = await redis.keys(`${prefix}catalog:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  for (const held of [signals, library, rows]) held.onApplicationShutdown();
});

const ROW: ForYouRow = { ids: ['64b000000000000000000001', '64b000000000000000000002'], source: 'collaborative' };
const keyOf = (overrides: Partial<ForYouRowKey> = {}): ForYouRowKey => ({ profileId: `p-${randomUUID().slice(0, 8)}`, modelVersion: 'm1', limit: 20, scope: { maxMaturityRank: 4 }, ...overrides });

/** Computes nothing: reads the versions as a miss would, then stores the row under them. */
async function cache(key: ForYouRowKey, row: ForYouRow = ROW): Promise<boolean> {
  const { versions } = await rows.read(key);
  return rows.store(key, versions, row);
}

describe('ForYouRowCache (real Redis)', () => {
  it('serves a stored row while the profile’s versions hold', async () => {
    const key = keyOf();
    expect((await rows.read(key)).row).toBeNull();
    expect(await cache(key)).toBe(true);
    expect((await rows.read(key)).row).toEqual(ROW);
  });

  it('does not serve the row after a rating write (the signal cache bumped the version)', async () => {
    const key = keyOf();
    await cache(key);
    await signals.record(key.profileId, { titleId: ROW.ids[0], stars: 5, ratedAt: new Date() });
    expect((await rows.read(key)).row).toBeNull();
  });

  it('does not serve the row after a rating was removed', async () => {
    const key = keyOf();
    await cache(key);
    await signals.invalidate(key.profileId);
    expect((await rows.read(key)).row).toBeNull();
  });

  it('does not serve the row after a library change (users’ event applied)', async () => {
    const key = keyOf();
    await cache(key);
    await library.apply(key.profileId, { list: 'favorite', titleId: ROW.ids[1], value: String(Date.now()), at: Date.now() });
    expect((await rows.read(key)).row).toBeNull();
  });

  it('keeps one row per rules digest, limit and model version', async () => {
    const adult = keyOf();
    const kid = { ...adult, scope: { maxMaturityRank: 1, excludeTags: ['horror'] } };
    const kidRow: ForYouRow = { ids: [ROW.ids[1]], source: 'popularity' };
    await cache(adult);
    expect((await rows.read(kid)).row).toBeNull();
    await cache(kid, kidRow);
    expect((await rows.read(adult)).row).toEqual(ROW);
    expect((await rows.read(kid)).row).toEqual(kidRow);
    expect((await rows.read({ ...adult, limit: 10 })).row).toBeNull();
    expect((await rows.read({ ...adult, modelVersion: 'm2' })).row).toBeNull();
  });

  it('refuses to store a row computed before a write that raced the compute', async () => {
    const key = keyOf();
    const { versions } = await rows.read(key);
    await signals.record(key.profileId, { titleId: ROW.ids[0], stars: 1, ratedAt: new Date() });
    expect(await rows.store(key, versions, ROW)).toBe(false);
    expect((await rows.read(key)).row).toBeNull();

    const fresh = await rows.read(key);
    await library.invalidate(key.profileId);
    expect(await rows.store(key, fresh.versions, ROW)).toBe(false);
    expect(await redis.keys(`${prefix}catalog:for-you:{${key.profileId}}:*`)).toEqual([]);
  });

  it('stores with the configured TTL and keeps the version counters alive at least as long', async () => {
    const key = keyOf();
    await signals.record(key.profileId, { titleId: ROW.ids[0], stars: 4, ratedAt: new Date() });
    await redis.pexpire(signals.versionKey(key.profileId), 1000);
    await cache(key);
    const [rowKey] = await redis.keys(`${prefix}catalog:for-you:{${key.profileId}}:*`);
    expect(await redis.pttl(rowKey)).toBeGreaterThan(590_000);
    expect(await redis.pttl(signals.versionKey(key.profileId))).toBeGreaterThan(590_000);
  });
});
