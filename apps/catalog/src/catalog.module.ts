import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import { Redis } from 'ioredis';
import {
  Clock, ANALYTICS_STREAM, CATALOG_STREAM, JetStreamModule, MEDIA_STREAM, MEDIA_VIDEO_STREAM, MongoProcessedEvents, serviceDatabase, ServiceClientsModule, ServiceHealthController, USERS_EVENTS_STREAM, watchRedisConnection,
} from '@onstream/common';
import { ContentTag, ContentTagSchema } from '@onstream/common/schemas/content-tag.schema.js';
import type { Connection } from 'mongoose';
import { Genre, GenreSchema } from '@onstream/common/schemas/genre.schema.js';
import { ImportRun, ImportRunSchema } from '@onstream/common/schemas/import-run.schema.js';
import { Person, PersonSchema } from '@onstream/common/schemas/person.schema.js';
import { Rating, RatingSchema } from '@onstream/common/schemas/rating.schema.js';
import { RecommenderItem, RecommenderItemSchema, RecommenderModel, RecommenderModelSchema } from '@onstream/common/schemas/recommender-model.schema.js';
import { Title, TitleSchema } from '@onstream/common/schemas/title.schema.js';
import { TrendingSnapshot, TrendingSnapshotSchema } from '@onstream/common/schemas/trending-snapshot.schema.js';
import { WatchProvider, WatchProviderSchema } from '@onstream/common/schemas/watch-provider.schema.js';
import { DeepLink, DeepLinkReport, DeepLinkReportSchema, DeepLinkSchema } from '@onstream/common/schemas/deep-link.schema.js';
import { TagProposal, TagProposalSchema } from '@onstream/common/schemas/tag-proposal.schema.js';
import { MediaWikiClient } from './tags/mediawiki.client.js';
import { TagProposalsController } from './tags/tag-proposals.controller.js';
import { TagProposalsRepository } from './tags/tag-proposals.repository.js';
import { TAG_WIKI, TagProposalsService } from './tags/tag-proposals.service.js';
import { DeepLinksController } from './deep-links/deep-links.controller.js';
import { DEEP_LINK_PROVIDER } from './deep-links/deep-link-provider.js';
import { MovieOfTheNightClient } from './deep-links/movie-of-the-night.client.js';
import { DeepLinksRepository } from './deep-links/deep-links.repository.js';
import { DeepLinksService } from './deep-links/deep-links.service.js';
import { CatalogConfig } from './catalog.config.js';
import { CATALOG_SEED, chooseCatalogSeed } from './import/catalog-seed.js';
import { GenresRepository } from './genres/genres.repository.js';
import { GenresService } from './genres/genres.service.js';
import { HealthModule } from './health/health.module.js';
import { ImportController } from './import/import.controller.js';
import { ImportRunsRepository } from './import/import-runs.repository.js';
import { SeedImportService } from './import/seed-import.service.js';
import { ListsController } from './lists/lists.controller.js';
import { ListsService } from './lists/lists.service.js';
import { METADATA_PROVIDER } from './metadata/metadata-provider.js';
import { ProviderImportService } from './metadata/provider-import.service.js';
import { TmdbClient } from './metadata/tmdb.client.js';
import { OwnStreamsConsumer } from './own-streams/own-streams.consumer.js';
import { DELETED_VIDEOS, OwnStreamsService } from './own-streams/own-streams.service.js';
import { ImageConfigurationSync } from './metadata/image-configuration.sync.js';
import { ProviderDataRepository } from './metadata/provider-data.repository.js';
import { SeriesImportService } from './metadata/series-import.service.js';
import { WatchProvidersController } from './metadata/watch-providers.controller.js';
import { WatchProvidersService } from './metadata/watch-providers.service.js';
import { ImageSizes } from './titles/image-sizes.js';
import { BackfillRunner } from './jobs/backfill.runner.js';
import { CatalogJobQueue } from './jobs/catalog-job-queue.js';
import { CatalogJobWorker } from './jobs/catalog-job.worker.js';
import { CATALOG_QUEUE } from './jobs/catalog-jobs.js';
import { CatalogJobsController } from './jobs/catalog-jobs.controller.js';
import { CatalogJobsService } from './jobs/catalog-jobs.service.js';
import { TmdbRefreshRunner } from './jobs/tmdb-refresh.runner.js';
import { PeopleController } from './people/people.controller.js';
import { PeopleRepository } from './people/people.repository.js';
import { PeopleService } from './people/people.service.js';
import { RatingsController } from './ratings/ratings.controller.js';
import { ProfileRatings } from './ratings/profile-ratings.js';
import { ProfileSignalCache } from './ratings/profile-signal-cache.js';
import { RatingsRepository } from './ratings/ratings.repository.js';
import { RatingsService } from './ratings/ratings.service.js';
import { ForYouController } from './recommendations/for-you.controller.js';
import { ForYouService } from './recommendations/for-you.service.js';
import { ForYouRowCache } from './recommendations/for-you-rows.cache.js';
import { ProfileLibraryCache } from './recommendations/profile-library.cache.js';
import { ProfileLibraryConsumer } from './recommendations/profile-library.consumer.js';
import { ProfileLibraryReader } from './recommendations/profile-library.reader.js';
import { ForYouModelStore } from './recommendations/model/for-you-model.store.js';
import { RecommenderModelsRepository } from './recommendations/model/recommender-models.repository.js';
import { RecommenderTrainingRunner } from './recommendations/model/recommender-training.runner.js';
import { TrainingTrigger } from './recommendations/model/training-trigger.js';
import { SimilarTitles } from './recommendations/similar-titles.js';
import { CatalogBroadcastBus } from './search/catalog-broadcast.bus.js';
import { SearchController } from './search/search.controller.js';
import { SearchService } from './search/search.service.js';
import { TitleChangeFeed } from './search/title-change-feed.js';
import { TitleSearchIndex } from './search/title-search-index.js';
import { TitleBrowseIndex } from './browse/title-browse-index.js';
import { CatalogEventsPublisher } from './titles/catalog-events.publisher.js';
import { TitleMapper } from './titles/title.mapper.js';
import { TitleModerationController } from './titles/title-moderation.controller.js';
import { TitleModerationService } from './titles/title-moderation.service.js';
import { TitlesController } from './titles/titles.controller.js';
import { TitlesRepository } from './titles/titles.repository.js';
import { TitlesService } from './titles/titles.service.js';
import { ContentTagsController } from './tags/content-tags.controller.js';
import { ContentTagsRepository } from './tags/content-tags.repository.js';
import { ContentTagsService } from './tags/content-tags.service.js';
import { LauncherController } from './launcher/launcher.controller.js';
import { LauncherService } from './launcher/launcher.service.js';
import { ViewerScopes } from './viewers/viewer-scopes.js';
import { TrendingBoard } from './trending/trending-board.js';
import { TrendingConsumer } from './trending/trending.consumer.js';
import { TrendingSnapshotsRepository } from './trending/trending-snapshots.repository.js';

@Module({})
export class CatalogModule {
  static forRoot(config: CatalogConfig): DynamicModule {
    const imageSizes = new ImageSizes();
    // Job runners exist only where workers run; API-only replicas just enqueue.
    const workers: Provider[] = config.CATALOG_JOB_WORKERS ? [BackfillRunner, TmdbRefreshRunner, RecommenderTrainingRunner, CatalogJobWorker] : [];
    return {
      module: CatalogModule,
      imports: [
        serviceDatabase(config, 'catalog'),
        MongooseModule.forFeature([
          { name: Title.name, schema: TitleSchema },
          { name: Genre.name, schema: GenreSchema },
          { name: Person.name, schema: PersonSchema },
          { name: ImportRun.name, schema: ImportRunSchema },
          { name: ContentTag.name, schema: ContentTagSchema },
          { name: Rating.name, schema: RatingSchema },
          { name: RecommenderModel.name, schema: RecommenderModelSchema },
          { name: RecommenderItem.name, schema: RecommenderItemSchema },
          { name: TrendingSnapshot.name, schema: TrendingSnapshotSchema },
          { name: WatchProvider.name, schema: WatchProviderSchema },
          { name: DeepLink.name, schema: DeepLinkSchema },
          { name: DeepLinkReport.name, schema: DeepLinkReportSchema },
          { name: TagProposal.name, schema: TagProposalSchema },
        ]),
        // Its own stream, and the streams catalog consumes from (ensured here too, so catalog may start before their publishers).
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'catalog', streams: [CATALOG_STREAM, ANALYTICS_STREAM, MEDIA_STREAM, MEDIA_VIDEO_STREAM, USERS_EVENTS_STREAM] }),
        // BullMQ needs maxRetriesPerRequest: null on its blocking connections.
        BullModule.forRoot({ connection: watchRedisConnection(new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: true }), 'job queue'), prefix: config.queuePrefix }),
        BullModule.registerQueue({ name: CATALOG_QUEUE }),
        HealthModule,
        // Catalog asks users for profiles' viewing policies (when the gateway sent none), favourites and history.
        ServiceClientsModule.forRoot({ servers: config.natsServers, timeoutMs: config.NATS_REQUEST_TIMEOUT_MS, name: 'catalog' }),
      ],
      controllers: [
        ServiceHealthController('catalog'), TitlesController, ListsController, SearchController, ImportController, TitleModerationController, ContentTagsController,
        LauncherController, RatingsController, ForYouController, WatchProvidersController, CatalogJobsController, PeopleController,
        DeepLinksController, TagProposalsController,
      ],
      providers: [
        { provide: CatalogConfig, useValue: config },
        Clock,
        { provide: ImageSizes, useValue: imageSizes },
        { provide: TitleMapper, useValue: new TitleMapper(config.CATALOG_IMAGE_BASE_URL, imageSizes) },
        TitlesRepository,
        GenresRepository,
        PeopleRepository,
        ImportRunsRepository,
        { provide: CATALOG_SEED, useFactory: chooseCatalogSeed, inject: [CatalogConfig, PeopleRepository] },
        TitleSearchIndex,
        { provide: TitleBrowseIndex, useFactory: (config: CatalogConfig) => new TitleBrowseIndex(config.CATALOG_RATING_MIN_VOTES), inject: [CatalogConfig] },
        CatalogBroadcastBus,
        TitleChangeFeed,
        GenresService,
        SimilarTitles,
        TitlesService,
        TitleModerationService,
        CatalogEventsPublisher,
        ListsService,
        SearchService,
        SeedImportService,
        ProviderImportService,
        ViewerScopes,
        ContentTagsRepository,
        ContentTagsService,
        LauncherService,
        DeepLinksRepository,
        DeepLinksService,
        TagProposalsRepository,
        TagProposalsService,
        { provide: TAG_WIKI, useValue: config.TAG_WIKI_API_URL ? new MediaWikiClient({ apiUrl: config.TAG_WIKI_API_URL, timeoutMs: config.TAG_WIKI_TIMEOUT_MS }) : null },
        RatingsRepository,
        ProfileSignalCache,
        ProfileRatings,
        RatingsService,
        ProfileLibraryCache,
        ProfileLibraryConsumer,
        ProfileLibraryReader,
        RecommenderModelsRepository,
        ForYouModelStore,
        TrainingTrigger,
        ForYouService,
        ForYouRowCache,
        TrendingSnapshotsRepository,
        TrendingBoard,
        TrendingConsumer,
        { provide: DELETED_VIDEOS, useFactory: (connection: Connection) => new MongoProcessedEvents(connection), inject: [getConnectionToken()] },
        OwnStreamsService,
        OwnStreamsConsumer,
        ProviderDataRepository,
        WatchProvidersService,
        SeriesImportService,
        ImageConfigurationSync,
        CatalogJobQueue,
        CatalogJobsService,
        ...workers,
        PeopleService,
        { provide: METADATA_PROVIDER, useValue: tmdbClientOf(config) },
        { provide: DEEP_LINK_PROVIDER, useValue: deepLinkProviderOf(config) },
      ],
    };
  }
}

/** TMDb when a key or token is configured; otherwise no provider (the seed alone fills the catalog). */
function tmdbClientOf(config: CatalogConfig): TmdbClient | null {
  if (!config.TMDB_API_KEY && !config.TMDB_ACCESS_TOKEN) return null;
  return new TmdbClient({
    baseUrl: config.TMDB_API_BASE,
    apiKey: config.TMDB_API_KEY,
    accessToken: config.TMDB_ACCESS_TOKEN,
    concurrency: config.TMDB_CONCURRENCY,
    timeoutMs: config.TMDB_TIMEOUT_MS,
    retries: config.TMDB_RETRIES,
    minBackoffMs: 500,
    maxRetryAfterMs: 30_000,
  });
}

/** Seed 003's deep-link provider when its key is configured; otherwise the deep-link backfill is off. */
function deepLinkProviderOf(config: CatalogConfig): MovieOfTheNightClient | null {
  if (!config.MOVIE_OF_THE_NIGHT_API_KEY) return null;
  return new MovieOfTheNightClient({ baseUrl: config.MOVIE_OF_THE_NIGHT_API_BASE, apiKey: config.MOVIE_OF_THE_NIGHT_API_KEY, country: config.DEEP_LINK_COUNTRY, timeoutMs: config.TMDB_TIMEOUT_MS });
}
