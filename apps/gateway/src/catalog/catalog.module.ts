import { CacheModule } from '@nestjs/cache-manager';
import { Logger, Module } from '@nestjs/common';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { GatewayConfig } from '../gateway.config.js';
import { CatalogResponseCache } from './catalog-cache.js';
import { TitleLookupsController } from './title-lookups.controller.js';
import { CachedReadInterceptor } from './cached-read.interceptor.js';
import { CommunityRatingInterceptor } from './community-rating.interceptor.js';
import { DiscoveryController } from './discovery.controller.js';
import { PeopleController } from './people.controller.js';
import { RatingsController } from './ratings.controller.js';
import { TitlesController } from './titles.controller.js';
import { ContentTagsController } from './content-tags.controller.js';
import { LauncherController } from './launcher.controller.js';
import { ViewingPolicyInterceptor } from './viewing-policy.interceptor.js';
import { CatalogCacheInvalidation } from './catalog-cache-invalidation.js';
import { CatalogJobsController } from './catalog-jobs.controller.js';
import { HouseholdFilter } from './household-filter.js';
import { WatchProvidersController } from './watch-providers.controller.js';

export const CATALOG_CACHE_NAMESPACE = 'catalog-cache';

@Module({
  imports: [
    CacheModule.registerAsync({
      inject: [GatewayConfig],
      useFactory: (config: GatewayConfig) => {
        const store = new Keyv({ store: new KeyvRedis(config.REDIS_URL), namespace: CATALOG_CACHE_NAMESPACE });
        const logger = new Logger('catalog-cache');
        // Keyv reports store failures as events; reads then miss instead of failing.
        store.on('error', (error: unknown) => logger.warn({ msg: 'redis cache store error', err: String(error) }));
        return { stores: [store], ttl: config.CATALOG_CACHE_TTL_SECONDS * 1000 };
      },
    }),
  ],
  controllers: [TitlesController, TitleLookupsController, DiscoveryController, ContentTagsController, LauncherController, RatingsController, WatchProvidersController, CatalogJobsController, PeopleController],
  providers: [CatalogResponseCache, CachedReadInterceptor, ViewingPolicyInterceptor, HouseholdFilter, CommunityRatingInterceptor, CatalogCacheInvalidation],
  // Moderation (engagement routes) clears the cache when it hides a title; seed-compat search filters by household.
  exports: [CatalogResponseCache, HouseholdFilter],
})
export class CatalogGatewayModule {}
