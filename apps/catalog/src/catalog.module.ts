import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CATALOG_STREAM, JetStreamModule, serviceDatabase, ServiceHealthController } from '@onstream/common';
import { Genre, GenreSchema } from '@onstream/common/schemas/genre.schema.js';
import { ImportRun, ImportRunSchema } from '@onstream/common/schemas/import-run.schema.js';
import { Person, PersonSchema } from '@onstream/common/schemas/person.schema.js';
import { Title, TitleSchema } from '@onstream/common/schemas/title.schema.js';
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
import { PeopleRepository } from './people/people.repository.js';
import { SimilarTitles } from './recommendations/similar-titles.js';
import { CatalogBroadcastBus } from './search/catalog-broadcast.bus.js';
import { SearchController } from './search/search.controller.js';
import { SearchService } from './search/search.service.js';
import { TitleChangeFeed } from './search/title-change-feed.js';
import { TitleSearchIndex } from './search/title-search-index.js';
import { CatalogEventsPublisher } from './titles/catalog-events.publisher.js';
import { TitleMapper } from './titles/title.mapper.js';
import { TitlesController } from './titles/titles.controller.js';
import { TitlesRepository } from './titles/titles.repository.js';
import { TitlesService } from './titles/titles.service.js';

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
        ]),
        JetStreamModule.forRoot({ servers: config.natsServers, name: 'catalog', streams: [CATALOG_STREAM] }),
        HealthModule,
      ],
      controllers: [ServiceHealthController('catalog'), TitlesController, ListsController, SearchController, ImportController],
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
        CatalogEventsPublisher,
        ListsService,
        SearchService,
        SeedImportService,
        ProviderImportService,
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
