import type { ServiceHealth } from '../../health/health.types.js';
import type { ActorRequest } from '../../auth/auth.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type {
  CategoriesResponse, DeletedResponse, FeedResponse, GenreListResponse, ImportStatusResponse, SearchResponse, TitleDetails, TitlePage, TitleSummaryPage,
} from './title.dto.js';
import type { PersonPage } from './title.dto.js';
import type { CategoriesRequest, FeedRequest, GenreTitlesRequest, GetTitleRequest, ListTitlesRequest, SearchRequest, ViewerRequest } from './title-query.dto.js';
import type { GetPersonRequest } from './title-query.dto.js';
import type {
  ListRatingsRequest, RateTitleRequest, RatingPageResponse, RatingRemovedResponse, RatingResponse, RecommendationsRequest, TitleRatingRequest,
} from './rating.dto.js';
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
  RateTitle: 'catalog.rating.set',
  RemoveRating: 'catalog.rating.remove',
  ListRatings: 'catalog.rating.list',
  GetRecommendations: 'catalog.recommendation.for-you',
  GetPerson: 'catalog.person.get',
} as const;

/**
 * Core NATS subjects every catalog replica subscribes to without a queue group (a broadcast):
 * each replica keeps its own search index and must hear about every change.
 */
export const CatalogBroadcasts = {
  TitlesChanged: 'catalog.broadcast.titles.changed',
  IndexRebuild: 'catalog.broadcast.index.rebuild',
} as const;

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
  [CatalogPatterns.RateTitle]: { request: RateTitleRequest; response: RatingResponse };
  [CatalogPatterns.RemoveRating]: { request: TitleRatingRequest; response: RatingRemovedResponse };
  [CatalogPatterns.ListRatings]: { request: ListRatingsRequest; response: RatingPageResponse };
  [CatalogPatterns.GetRecommendations]: { request: RecommendationsRequest; response: FeedResponse };
  [CatalogPatterns.GetPerson]: { request: GetPersonRequest; response: PersonPage };
};
