import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { GatewayConfig } from '../gateway.config.js';
import { ANY_TITLE_TAG, CatalogResponseCache, titleTag } from './catalog-cache.js';
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
/** Stores a page as the interceptor does: with the epoch read at the start. */
const store = async (responses: CatalogResponseCache, key: string, tags: string[] = [ANY_TITLE_TAG], kind: 'metadata' | 'search' = 'metadata') =>
  responses.set(key, list, kind, (await responses.lookup(key)).epoch, tags);

describe('CatalogResponseCache (real Redis)', () => {
  it('gives back the stored bytes and ETag of a page, with its TTL', async () => {
    const namespace = `it-pages-${randomUUID()}`;
    const responses = cache(namespace);
    await store(responses, 'anonymous:/titles');
    const read = await responses.get('anonymous:/titles');

    expect(read?.body.equals(list.body)).toBe(true);
    expect(read?.etag).toBe(list.etag);
    expect(await redis.ttl(`${namespace}:anonymous:/titles`)).toBeGreaterThan(590);
  });

  it('drops an answer whose read began before a clear (a list asked during an import, answered after it)', async () => {
    const responses = cache();
    const { epoch } = await responses.lookup('anonymous:/titles');
    await responses.clear();
    await responses.set('anonymous:/titles', list, 'metadata', epoch, [ANY_TITLE_TAG]);

    expect(await responses.get('anonymous:/titles')).toBeUndefined();
  });

  it('drops an answer whose read began before a title edit on another replica', async () => {
    const namespace = `it-pages-${randomUUID()}`;
    const [reader, writer] = [cache(namespace), cache(namespace)];
    const { epoch } = await reader.lookup('anonymous:/titles/b');
    await writer.dropTitles(['a'.repeat(24)]);
    await reader.set('anonymous:/titles/b', list, 'metadata', epoch, [titleTag('b'.repeat(24))]);

    expect(await reader.get('anonymous:/titles/b')).toBeUndefined();
  });

  it('drops the pages that show an edited title and every list, and keeps other titles\' pages', async () => {
    const responses = cache();
    const [a, b, c] = ['a', 'b', 'c'].map((digit) => digit.repeat(24));
    await store(responses, `anonymous:/titles/${a}`, [titleTag(a ?? '')]);
    await store(responses, `kid:7+:/titles/${a}#geo=DE`, [titleTag(a ?? '')]);
    await store(responses, `anonymous:/titles/${b}`, [titleTag(b ?? ''), titleTag(a ?? '')]);
    await store(responses, `anonymous:/titles/${c}`, [titleTag(c ?? '')]);
    await store(responses, 'anonymous:/titles?genre=Drama');
    await responses.dropTitles([a ?? '']);

    expect(await responses.get(`anonymous:/titles/${a}`)).toBeUndefined();
    expect(await responses.get(`kid:7+:/titles/${a}#geo=DE`)).toBeUndefined();
    expect(await responses.get(`anonymous:/titles/${b}`)).toBeUndefined();
    expect(await responses.get('anonymous:/titles?genre=Drama')).toBeUndefined();
    expect(await responses.get(`anonymous:/titles/${c}`)).toBeDefined();
  });

  it('drops only the lists when told so, and stores pages again after an invalidation', async () => {
    const responses = cache();
    await store(responses, 'anonymous:/titles/popular');
    await store(responses, `anonymous:/titles/${'d'.repeat(24)}`, [titleTag('d'.repeat(24))]);
    await responses.dropLists();

    expect(await responses.get('anonymous:/titles/popular')).toBeUndefined();
    expect(await responses.get(`anonymous:/titles/${'d'.repeat(24)}`)).toBeDefined();
    await store(responses, 'anonymous:/titles/popular');
    expect(await responses.get('anonymous:/titles/popular')).toBeDefined();
  });

  it('clears every page of its own namespace and none of another', async () => {
    const [mine, other] = [cache(), cache()];
    await Promise.all(Array.from({ length: 1200 }, (_, i) => store(mine, `anonymous:/titles/${i}`)));
    await store(other, 'anonymous:/titles/1');
    await mine.clear();

    expect(await mine.get('anonymous:/titles/1')).toBeUndefined();
    expect(await mine.get('anonymous:/titles/1199')).toBeUndefined();
    expect(await other.get('anonymous:/titles/1')).toBeDefined();
  });

  it('keeps nothing for a kind whose TTL is 0', async () => {
    const responses = cache();
    await store(responses, 'anonymous:/search?q=heat', [ANY_TITLE_TAG], 'search');

    expect(await responses.get('anonymous:/search?q=heat')).toBeUndefined();
  });

  it('answers a miss when Redis cannot be reached', async () => {
    const down = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true });
    const responses = new CatalogResponseCache(down, config, 'it-pages-down');

    expect(await responses.get('anonymous:/titles')).toBeUndefined();
    down.disconnect();
  });
});
