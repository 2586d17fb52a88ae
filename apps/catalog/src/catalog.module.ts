import { Module, type DynamicModule } from '@nestjs/common';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import {
  ANALYTICS_STREAM, JetStreamModule, MEDIA_STREAM, MEDIA_VIDEO_STREAM, MongoProcessedEvents, serviceDatabase, ServiceClientsModule, ServiceHealthController,
} from '@onstream/common';
import type { Connection } from 'mongoose';
import { Genre, GenreSchema } from '@onstream/common/schemas/genre.schema.js';
import { ImportRun, ImportRunSchema } from '@onstream/common/schemas/import-run.schema.js';
import { Person, PersonSchema } from '@onstream/common/schemas/person.schema.js';
import { Rating, RatingSchema } from '@onstream/common/schemas/rating.schema.js';
import { Title, TitleSchema } from '@onstream/common/schemas/title.schema.js';
import { TrendingSnapshot, TrendingSnapshotSchema } from '@onstream/common/schemas/trending-snapshot.schema.js';
import { CatalogConfig } from './catalog.config.js';
import { GenresRepository } from './genres/genres.repository.js';
import { GenresService } from './genres/genres.service.js';
import { HealthModule } from './health/health.module.js';
import { ImportController } from './import/import.controller.js';
import { ImportRunsRepository } from './import/import-runs.repository.js';
import { SeedImportService } from './import/seed-import.service.js';
import { CLOCK, systemClock } from './lists/clock.js';
import { ListsController } from './lists/lists.controller.js';
import { ListsService } from './lists/lists.service.js';
import { METADATA_PROVIDER } from './metadata/metadata-provider.js';
import { ProviderImportService } from './metadata/provider-import.service.js';
import { TmdbClient } from './metadata/tmdb.client.js';
import { OwnStreamsConsumer } from './own-streams/own-streams.consumer.js';
import { DELETED_VIDEOS, OwnStreamsService } from './own-streams/own-streams.service.js';
import { PeopleController } from './people/people.controller.js';
import { PeopleRepository } from './people/people.repository.js';
import { PeopleService } from './people/people.service.js';
import { RatingsController } from './ratings/ratings.controller.js';
import { RatingsRepository } from './ratings/ratings.repository.js';
import { RatingsService } from './ratings/ratings.service.js';
import { ForYouController } from './recommendations/for-you.controller.js';
import { ForYouService } from './recommendations/for-you.service.js';
import { ProfileLibraryReader } from './recommendations/profile-library.reader.js';
import { SimilarTitles } from './recommendations/similar-titles.js';
import { CatalogBroadcastBus } from './search/catalog-broadcast.bus.js';
import { SearchController } from './search/search.controller.js';
import { SearchService } from './search/search.service.js';
import { TitleChangeFeed } from './search/title-change-feed.js';
import { TitleSearchIndex } from './search/title-search-index.js';
import { TitleMapper } from './titles/title.mapper.js';
import { TitlesController } from './titles/titles.controller.js';
import { TitlesRepository } from './titles/titles.repository.js';
import { TitlesService } from './titles/titles.service.js';
import { AnalyticsTrending } from './trending/analytics-trending.js';
import { TrendingConsumer } from './trending/trending.consumer.js';
import { TrendingSnapshotsRepository } from './trending/trending-snapshots.repository.js';

@Module({})
export class CatalogModule {
  static forRoot(config: CatalogConfig): DynamicModule {
    return {
      module: CatalogModule,
      imports: [
        serviceDatabase(config, 'catalog'),
        MongooseModule.forFeature([
          { name: Title.name, schema: TitleSchema },
          { name: Genre.name, schema: GenreSchema },
          { name: Person.name, schema: PersonSchema },
          { name: ImportRun.name, schema: ImportRunSchema },
          { name: Rating.name, schema: RatingSchema },
          { name: TrendingSnapshot.name, schema: TrendingSnapshotSchema },
        ]),
        // Streams catalog consumes from; ensured here too so catalog may start before their publishers.
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'catalog', streams: [ANALYTICS_STREAM, MEDIA_STREAM, MEDIA_VIDEO_STREAM] }),
        HealthModule,
        // Catalog asks users for a profile's favourites and history (ADR 0007).
        ServiceClientsModule.forRoot({ servers: config.natsServers, timeoutMs: config.NATS_REQUEST_TIMEOUT_MS, name: 'catalog' }),
      ],
      controllers: [ServiceHealthController('catalog'), TitlesController, ListsController, SearchController, ImportController, RatingsController, ForYouController, PeopleController],
      providers: [
        { provide: CatalogConfig, useValue: config },
        { provide: CLOCK, useValue: systemClock },
        { provide: TitleMapper, useValue: new TitleMapper(config.CATALOG_IMAGE_BASE_URL) },
        TitlesRepository,
        GenresRepository,
        PeopleRepository,
        ImportRunsRepository,
        TitleSearchIndex,
        CatalogBroadcastBus,
        TitleChangeFeed,
        GenresService,
        SimilarTitles,
        TitlesService,
        ListsService,
        SearchService,
        SeedImportService,
        ProviderImportService,
        RatingsRepository,
        RatingsService,
        ProfileLibraryReader,
        ForYouService,
        TrendingSnapshotsRepository,
        AnalyticsTrending,
        TrendingConsumer,
        { provide: DELETED_VIDEOS, useFactory: (connection: Connection) => new MongoProcessedEvents(connection), inject: [getConnectionToken()] },
        OwnStreamsService,
        OwnStreamsConsumer,
        PeopleService,
        { provide: METADATA_PROVIDER, useValue: tmdbClientOf(config) },
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
