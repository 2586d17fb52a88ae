import { ConfigError, loadConfig } from '@onstream/common';
import { CatalogConfig } from './catalog.config.js';

describe('CatalogConfig', () => {
  it('should cache "for you" rows for 600 s unless told otherwise', () => {
    expect(loadConfig(CatalogConfig, {}).RECOMMENDER_ROW_CACHE_TTL_SECONDS).toBe(600);
    expect(loadConfig(CatalogConfig, { RECOMMENDER_ROW_CACHE_TTL_SECONDS: '3600' }).RECOMMENDER_ROW_CACHE_TTL_SECONDS).toBe(3600);
  });

  it('should refuse a row TTL under 1 s or past the version counters’ hour', () => {
    for (const ttl of ['0', '3601', 'soon']) expect(() => loadConfig(CatalogConfig, { RECOMMENDER_ROW_CACHE_TTL_SECONDS: ttl })).toThrow(ConfigError);
  });

  it('should catch the title indexes up every 5 minutes unless told otherwise (0: never), at most every 10 minutes', () => {
    expect([loadConfig(CatalogConfig, {}).CATALOG_INDEX_CATCH_UP_MS, loadConfig(CatalogConfig, { CATALOG_INDEX_CATCH_UP_MS: '0' }).CATALOG_INDEX_CATCH_UP_MS]).toEqual([300_000, 0]);
    expect(() => loadConfig(CatalogConfig, { CATALOG_INDEX_CATCH_UP_MS: '600001' })).toThrow(ConfigError);
  });
});
