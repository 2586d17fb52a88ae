import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config.js';
import { CatalogResponseCache } from './catalog-cache.js';
import { StoredPage } from './stored-page.js';

// Real Redis from `scripts/infra.sh up`; each cache gets its own key prefix, so clear() touches only its keys.
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redis = new Redis(url, { maxRetriesPerRequest: 1 });
afterAll(async () => {
  await redis.quit();
});

const config = Object.assign(new GatewayConfig(), { CATALOG_CACHE_TTL_SECONDS: 600, SEARCH_CACHE_TTL_SECONDS: 0 });
const cache = (namespace = `it-pages-${randomUUID()}`) => new CatalogResponseCache(redis, config, namespace);
const list = StoredPage.of({ items: [{ id: 't1' }], total: 38 });

describe('CatalogResponseCache (real Redis)', () => {
  it('gives back the stored bytes and ETag of a page, with its TTL', async () => {
    const namespace = `it-pages-${randomUUID()}`;
    const responses = cache(namespace);
    await responses.set('anonymous:/titles', list, 'metadata', responses.generation);
    const read = await responses.get('anonymous:/titles');

    expect(read?.body.equals(list.body)).toBe(true);
    expect(read?.etag).toBe(list.etag);
    expect(await redis.ttl(`${namespace}:anonymous:/titles`)).toBeGreaterThan(590);
  });

  it('drops an answer whose read began before a clear (a list asked during an import, answered after it)', async () => {
    const responses = cache();
    const generation = responses.generation;
    await responses.clear();
    await responses.set('anonymous:/titles', list, 'metadata', generation);

    expect(await responses.get('anonymous:/titles')).toBeUndefined();
  });

  it('clears every page of its own namespace and none of another', async () => {
    const [mine, other] = [cache(), cache()];
    await Promise.all(Array.from({ length: 1200 }, (_, i) => mine.set(`anonymous:/titles/${i}`, list, 'metadata')));
    await other.set('anonymous:/titles/1', list, 'metadata');
    await mine.clear();

    expect(await mine.get('anonymous:/titles/1')).toBeUndefined();
    expect(await mine.get('anonymous:/titles/1199')).toBeUndefined();
    expect(await other.get('anonymous:/titles/1')).toBeDefined();
  });

  it('keeps nothing for a kind whose TTL is 0', async () => {
    const responses = cache();
    await responses.set('anonymous:/search?q=heat', list, 'search');

    expect(await responses.get('anonymous:/search?q=heat')).toBeUndefined();
  });

  it('answers a miss when Redis cannot be reached', async () => {
    const down = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true });
    const responses = new CatalogResponseCache(down, config, 'it-pages-down');

    expect(await responses.get('anonymous:/titles')).toBeUndefined();
    down.disconnect();
  });
});
