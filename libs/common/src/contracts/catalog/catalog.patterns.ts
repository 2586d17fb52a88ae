import type { ServiceHealth } from '../../health/health.types.js';
import type { ActorRequest } from '../../auth/auth.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type {
  CategoriesResponse, DeletedResponse, FeedResponse, GenreListResponse, ImportStatusResponse, SearchResponse, SeriesImportResponse, TitleDetails, TitlePage, TitleSummaryPage,
} from './title.dto.js';
import type { CategoriesRequest, FeedRequest, GenreTitlesRequest, GetTitleRequest, ListTitlesRequest, SearchRequest, ViewerRequest } from './title-query.dto.js';
import type {
  CatalogJobResponse, CheckWatchProvidersRequest, CheckWatchProvidersResponse, GetCatalogJobRequest, ListWatchProvidersRequest, StartBackfillRequest, WatchProviderListResponse,
} from './watch-provider.dto.js';
import type { CreateTitleRequest, DeleteTitleRequest, ImportFromProviderRequest, UpdateTitleRequest } from './title-write.dto.js';

export const CatalogPatterns = {
  Health: healthPattern('catalog'),
  Ping: pingPattern('catalog'),
  ListTitles: 'catalog.title.list',
  GetTitle: 'catalog.title.get',
  CreateTitle: 'catalog.title.create',
  UpdateTitle: 'catalog.title.update',
  DeleteTitle: 'catalog.title.delete',
  GetFeed: 'catalog.feed.get',
  ListGenres: 'catalog.genre.list',
  ListGenreTitles: 'catalog.genre.titles',
  GetCategories: 'catalog.category.list',
  Search: 'catalog.search.query',
  GetImportStatus: 'catalog.import.status',
  ImportFromTmdb: 'catalog.title.import-tmdb',
  ImportSeriesFromTmdb: 'catalog.series.import-tmdb',
  ListWatchProviders: 'catalog.watch-provider.list',
  CheckWatchProviders: 'catalog.watch-provider.check',
  StartBackfill: 'catalog.backfill.start',
  GetCatalogJob: 'catalog.job.get',
  RunTmdbRefresh: 'catalog.tmdb-refresh.run',
} as const;

/**
 * Core NATS subjects every catalog replica subscribes to without a queue group (a broadcast):
 * each replica keeps its own search index and must hear about every change.
 */
export const CatalogBroadcasts = {
  TitlesChanged: 'catalog.broadcast.titles.changed',
  IndexRebuild: 'catalog.broadcast.index.rebuild',
  /** Background work (TMDb refresh, backfills) changed titles: gateways drop their cached catalog reads. */
  CacheStale: 'catalog.broadcast.cache.stale',
} as const;

export interface CacheStaleBroadcast {
  reason: string;
}

export interface TitlesChangedBroadcast {
  ids: string[];
}

export type CatalogContract = {
  [CatalogPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [CatalogPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
  [CatalogPatterns.ListTitles]: { request: ListTitlesRequest; response: TitleSummaryPage };
  [CatalogPatterns.GetTitle]: { request: GetTitleRequest; response: TitlePage };
  [CatalogPatterns.CreateTitle]: { request: CreateTitleRequest; response: TitleDetails };
  [CatalogPatterns.UpdateTitle]: { request: UpdateTitleRequest; response: TitleDetails };
  [CatalogPatterns.DeleteTitle]: { request: DeleteTitleRequest; response: DeletedResponse };
  [CatalogPatterns.GetFeed]: { request: FeedRequest; response: FeedResponse };
  [CatalogPatterns.ListGenres]: { request: ViewerRequest; response: GenreListResponse };
  [CatalogPatterns.ListGenreTitles]: { request: GenreTitlesRequest; response: TitleSummaryPage };
  [CatalogPatterns.GetCategories]: { request: CategoriesRequest; response: CategoriesResponse };
  [CatalogPatterns.Search]: { request: SearchRequest; response: SearchResponse };
  [CatalogPatterns.GetImportStatus]: { request: ActorRequest; response: ImportStatusResponse };
  [CatalogPatterns.ImportFromTmdb]: { request: ImportFromProviderRequest; response: TitleDetails };
  [CatalogPatterns.ImportSeriesFromTmdb]: { request: ImportFromProviderRequest; response: SeriesImportResponse };
  [CatalogPatterns.ListWatchProviders]: { request: ListWatchProvidersRequest; response: WatchProviderListResponse };
  [CatalogPatterns.CheckWatchProviders]: { request: CheckWatchProvidersRequest; response: CheckWatchProvidersResponse };
  [CatalogPatterns.StartBackfill]: { request: StartBackfillRequest; response: CatalogJobResponse };
  [CatalogPatterns.GetCatalogJob]: { request: GetCatalogJobRequest; response: CatalogJobResponse };
  [CatalogPatterns.RunTmdbRefresh]: { request: ActorRequest; response: CatalogJobResponse };
};
