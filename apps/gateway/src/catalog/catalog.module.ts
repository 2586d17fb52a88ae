import { Module } from '@nestjs/common';
import { CatalogResponseCache } from './catalog-cache.js';
import { TitleLookupsController } from './title-lookups.controller.js';
import { CachedReadInterceptor } from './cached-read.interceptor.js';
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
import { DeepLinksController } from './deep-links.controller.js';
import { TagProposalsController } from './tag-proposals.controller.js';

@Module({
  controllers: [TitlesController, TitleLookupsController, DiscoveryController, ContentTagsController, LauncherController, RatingsController, WatchProvidersController, CatalogJobsController, PeopleController, DeepLinksController, TagProposalsController],
  providers: [CatalogResponseCache, CachedReadInterceptor, ViewingPolicyInterceptor, HouseholdFilter, CatalogCacheInvalidation],
  // Moderation (engagement routes) clears the cache when it hides a title; seed-compat search filters by household.
  exports: [CatalogResponseCache, HouseholdFilter],
})
export class CatalogGatewayModule {}
