import type { Cache } from 'cache-manager';
import { GatewayConfig } from '../gateway.config.js';
import { CatalogResponseCache } from './catalog-cache.js';

/** An in-memory stand-in for cache-manager: the three calls the class makes. */
function memoryCache(): Cache {
  const entries = new Map<string, unknown>();
  const cache = {
    get: (key: string) => Promise.resolve(entries.get(key)),
    set: (key: string, value: unknown) => Promise.resolve(entries.set(key, value) && value),
    clear: () => Promise.resolve(entries.clear() ?? true),
  };
  return cache as unknown as Cache;
}

function cache(): CatalogResponseCache {
  return new CatalogResponseCache(memoryCache(), Object.assign(new GatewayConfig(), { CATALOG_CACHE_TTL_SECONDS: 600 }));
}

describe('CatalogResponseCache', () => {
  it('keeps an answer read since the last clear', async () => {
    const responses = cache();
    const generation = responses.generation;
    await responses.set('anonymous:/titles', { total: 38 }, 'metadata', generation);
    expect(await responses.get('anonymous:/titles')).toEqual({ total: 38 });
  });

  it('drops an answer whose read began before a clear (a list asked during an import, answered after it)', async () => {
    const responses = cache();
    const generation = responses.generation;
    await responses.clear();
    await responses.set('anonymous:/titles', { total: 0 }, 'metadata', generation);
    expect(await responses.get('anonymous:/titles')).toBeUndefined();
  });
});
