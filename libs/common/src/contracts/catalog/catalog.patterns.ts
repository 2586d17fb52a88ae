import type { ServiceHealth } from '../../health/health.types.js';
import type { ActorRequest } from '../../auth/auth.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type {
  ApprovedContentPage, BecauseYouWatchedResponse, CategoriesResponse, DeletedResponse, FeedResponse, GenreListResponse, ImportStatusResponse, SearchResponse, SeriesImportResponse, TitleDetails, TitlePage,
  TitleSummaryPage,
} from './title.dto.js';
import type { PersonPage } from './title.dto.js';
import type { SetTitleHiddenRequest, TitleLookupRequest, TmdbLookupRequest, TitleRef } from './title-moderation.dto.js';
import type { ContentTagListResponse, ContentTagResponse, CreateTagRequest, DeleteTagRequest, TagDeletedResponse, TitleTagRequest, TitleTagsResponse, UpdateTagRequest } from './content-tag.dto.js';
import type { ApprovedContentRequest, CategoriesRequest, FeedRequest, GenreTitlesRequest, GetPersonRequest, GetTitleRequest, ListTitlesRequest, SearchRequest, ViewerRequest } from './title-query.dto.js';
import type {
  BecauseYouWatchedRequest, CommunityRatingDto, ListRatingsRequest, RateTitleRequest, RatingPageResponse, RatingRemovedResponse, RatingResponse, RecommendationsRequest, TitleRatingRequest,
} from './rating.dto.js';
import type {
  CatalogJobResponse, CheckWatchProvidersRequest, CheckWatchProvidersResponse, GetCatalogJobRequest, ListWatchProvidersRequest, StartBackfillRequest, WatchProviderListResponse,
} from './watch-provider.dto.js';
import type { CreateTitleRequest, DeleteTitleRequest, ImportFromProviderRequest, UpdateTitleRequest } from './title-write.dto.js';
import type { PlaybackCheckRequest, PlaybackCheckResponse } from './playback-check.dto.js';
import type { TagProposalPage, TagProposalResponse, WikiTagImportRequest, WikiTagImportResponse } from './tag-proposal.dto.js';
import type { DeepLinkPage, DeepLinkReportResponse, DeepLinkResponse, ReportDeepLinkRequest } from './deep-link.dto.js';
import type { ListReviewQueueRequest, ReviewDecisionRequest } from './review.dto.js';
import { READ, type PatternPermissions, type PatternPolicies } from '../../nats/pattern-policy.js';

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
  LookupTitle: 'catalog.title.lookup',
  LookupTmdbTitle: 'catalog.title.lookup-tmdb',
  CheckPlayback: 'catalog.playback.check',
  SetTitleHidden: 'catalog.title.set-hidden',
  ListTags: 'catalog.tag.list',
  CreateTag: 'catalog.tag.create',
  UpdateTag: 'catalog.tag.update',
  DeleteTag: 'catalog.tag.delete',
  TagTitle: 'catalog.title.tag',
  UntagTitle: 'catalog.title.untag',
  ApprovedContent: 'catalog.launcher.approved-content',
  RateTitle: 'catalog.rating.set',
  RemoveRating: 'catalog.rating.remove',
  ListRatings: 'catalog.rating.list',
  GetRecommendations: 'catalog.recommendation.for-you',
  GetBecauseYouWatched: 'catalog.recommendation.because-you-watched',
  GetCommunityRating: 'catalog.rating.community',
  ImportSeriesFromTmdb: 'catalog.series.import-tmdb',
  ListWatchProviders: 'catalog.watch-provider.list',
  CheckWatchProviders: 'catalog.watch-provider.check',
  StartBackfill: 'catalog.backfill.start',
  GetCatalogJob: 'catalog.job.get',
  RunTmdbRefresh: 'catalog.tmdb-refresh.run',
  TrainRecommender: 'catalog.recommender.train',
  GetPerson: 'catalog.person.get',
  ReportDeepLink: 'catalog.deep-link.report',
  ListDeepLinks: 'catalog.deep-link.list',
  ReviewDeepLink: 'catalog.deep-link.review',
  ImportWikiTags: 'catalog.tag-proposal.import-wiki',
  ListTagProposals: 'catalog.tag-proposal.list',
  ReviewTagProposal: 'catalog.tag-proposal.review',
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
  /** A replica stored newer trending scores: the others reload that window into their trending board. */
  TrendingChanged: 'catalog.broadcast.trending.changed',
} as const;

export interface TrendingChangedBroadcast {
  /** Analytics' window (`24h`, `7d`). */
  window: string;
}

export interface CacheStaleBroadcast {
  reason: string;
  /** `lists`: only list, feed and search pages went stale (e.g. genre counts), title pages stay; absent: every cached page. */
  scope?: 'lists';
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
  [CatalogPatterns.LookupTitle]: { request: TitleLookupRequest; response: TitleRef };
  [CatalogPatterns.LookupTmdbTitle]: { request: TmdbLookupRequest; response: TitleRef };
  [CatalogPatterns.CheckPlayback]: { request: PlaybackCheckRequest; response: PlaybackCheckResponse };
  [CatalogPatterns.SetTitleHidden]: { request: SetTitleHiddenRequest; response: TitleRef };
  [CatalogPatterns.ListTags]: { request: Record<string, never>; response: ContentTagListResponse };
  [CatalogPatterns.CreateTag]: { request: CreateTagRequest; response: ContentTagResponse };
  [CatalogPatterns.UpdateTag]: { request: UpdateTagRequest; response: ContentTagResponse };
  [CatalogPatterns.DeleteTag]: { request: DeleteTagRequest; response: TagDeletedResponse };
  [CatalogPatterns.TagTitle]: { request: TitleTagRequest; response: TitleTagsResponse };
  [CatalogPatterns.UntagTitle]: { request: TitleTagRequest; response: TitleTagsResponse };
  [CatalogPatterns.ApprovedContent]: { request: ApprovedContentRequest; response: ApprovedContentPage };
  [CatalogPatterns.RateTitle]: { request: RateTitleRequest; response: RatingResponse };
  [CatalogPatterns.RemoveRating]: { request: TitleRatingRequest; response: RatingRemovedResponse };
  [CatalogPatterns.ListRatings]: { request: ListRatingsRequest; response: RatingPageResponse };
  [CatalogPatterns.GetRecommendations]: { request: RecommendationsRequest; response: FeedResponse };
  [CatalogPatterns.GetBecauseYouWatched]: { request: BecauseYouWatchedRequest; response: BecauseYouWatchedResponse };
  [CatalogPatterns.GetCommunityRating]: { request: GetTitleRequest; response: CommunityRatingDto };
  [CatalogPatterns.ImportSeriesFromTmdb]: { request: ImportFromProviderRequest; response: SeriesImportResponse };
  [CatalogPatterns.ListWatchProviders]: { request: ListWatchProvidersRequest; response: WatchProviderListResponse };
  [CatalogPatterns.CheckWatchProviders]: { request: CheckWatchProvidersRequest; response: CheckWatchProvidersResponse };
  [CatalogPatterns.StartBackfill]: { request: StartBackfillRequest; response: CatalogJobResponse };
  [CatalogPatterns.GetCatalogJob]: { request: GetCatalogJobRequest; response: CatalogJobResponse };
  [CatalogPatterns.RunTmdbRefresh]: { request: ActorRequest; response: CatalogJobResponse };
  [CatalogPatterns.TrainRecommender]: { request: ActorRequest; response: CatalogJobResponse };
  [CatalogPatterns.GetPerson]: { request: GetPersonRequest; response: PersonPage };
  [CatalogPatterns.ReportDeepLink]: { request: ReportDeepLinkRequest; response: DeepLinkReportResponse };
  [CatalogPatterns.ListDeepLinks]: { request: ListReviewQueueRequest; response: DeepLinkPage };
  [CatalogPatterns.ReviewDeepLink]: { request: ReviewDecisionRequest; response: DeepLinkResponse };
  [CatalogPatterns.ImportWikiTags]: { request: WikiTagImportRequest; response: WikiTagImportResponse };
  [CatalogPatterns.ListTagProposals]: { request: ListReviewQueueRequest; response: TagProposalPage };
  [CatalogPatterns.ReviewTagProposal]: { request: ReviewDecisionRequest; response: TagProposalResponse };
};

/** Reads are retried when a try gets no answer; some patterns have their own deadline. */
export const CatalogPatternPolicies: PatternPolicies<CatalogContract> = {
  [CatalogPatterns.Health]: READ,
  [CatalogPatterns.Ping]: READ,
  [CatalogPatterns.ListTitles]: READ,
  [CatalogPatterns.GetTitle]: READ,
  [CatalogPatterns.GetFeed]: READ,
  [CatalogPatterns.ListGenres]: READ,
  [CatalogPatterns.ListGenreTitles]: READ,
  [CatalogPatterns.GetCategories]: READ,
  [CatalogPatterns.Search]: READ,
  [CatalogPatterns.GetImportStatus]: READ,
  // TMDb answers within its own timeout and retries on 429; the import writes a title and its people.
  [CatalogPatterns.ImportFromTmdb]: { timeoutMs: 15_000 },
  // A series is one provider call per season, then a write per episode.
  [CatalogPatterns.ImportSeriesFromTmdb]: { timeoutMs: 60_000 },
  [CatalogPatterns.LookupTitle]: READ,
  [CatalogPatterns.LookupTmdbTitle]: READ,
  [CatalogPatterns.CheckPlayback]: READ,
  [CatalogPatterns.ListTags]: READ,
  [CatalogPatterns.ApprovedContent]: READ,
  [CatalogPatterns.ListRatings]: READ,
  [CatalogPatterns.GetRecommendations]: READ,
  [CatalogPatterns.GetBecauseYouWatched]: READ,
  [CatalogPatterns.ListWatchProviders]: READ,
  [CatalogPatterns.CheckWatchProviders]: READ,
  [CatalogPatterns.GetCatalogJob]: READ,
  [CatalogPatterns.GetPerson]: READ,
  [CatalogPatterns.GetCommunityRating]: READ,
  [CatalogPatterns.ListDeepLinks]: READ,
  [CatalogPatterns.ListTagProposals]: READ,
  // One MediaWiki request within its own timeout, then a write per matched tag.
  [CatalogPatterns.ImportWikiTags]: { timeoutMs: 15_000 },
};

/** The permission each pattern needs, checked by the service's AccessGuard before the handler runs. */
export const CatalogPatternPermissions: PatternPermissions<CatalogContract> = {
  [CatalogPatterns.Health]: 'internal',
  [CatalogPatterns.Ping]: 'internal',
  [CatalogPatterns.CheckWatchProviders]: 'internal',
  [CatalogPatterns.LookupTitle]: 'internal',
  [CatalogPatterns.CheckPlayback]: 'internal',
  [CatalogPatterns.ListTitles]: 'public',
  [CatalogPatterns.GetTitle]: 'public',
  [CatalogPatterns.LookupTmdbTitle]: 'public',
  [CatalogPatterns.GetFeed]: 'public',
  [CatalogPatterns.ListGenres]: 'public',
  [CatalogPatterns.ListGenreTitles]: 'public',
  [CatalogPatterns.GetCategories]: 'public',
  [CatalogPatterns.Search]: 'public',
  [CatalogPatterns.GetPerson]: 'public',
  [CatalogPatterns.GetCommunityRating]: 'public',
  [CatalogPatterns.ListWatchProviders]: 'public',
  [CatalogPatterns.ListTags]: 'public',
  [CatalogPatterns.CreateTitle]: 'catalog.write',
  [CatalogPatterns.UpdateTitle]: 'catalog.write',
  [CatalogPatterns.DeleteTitle]: 'catalog.write',
  [CatalogPatterns.ImportFromTmdb]: 'catalog.write',
  [CatalogPatterns.ImportSeriesFromTmdb]: 'catalog.write',
  [CatalogPatterns.GetImportStatus]: 'catalog.write',
  [CatalogPatterns.CreateTag]: 'catalog.write',
  [CatalogPatterns.UpdateTag]: 'catalog.write',
  [CatalogPatterns.DeleteTag]: 'catalog.write',
  [CatalogPatterns.TagTitle]: 'catalog.write',
  [CatalogPatterns.UntagTitle]: 'catalog.write',
  [CatalogPatterns.SetTitleHidden]: 'moderation.resolve',
  [CatalogPatterns.ApprovedContent]: 'launcher',
  [CatalogPatterns.RateTitle]: 'library.use',
  [CatalogPatterns.RemoveRating]: 'library.use',
  [CatalogPatterns.ListRatings]: 'library.use',
  [CatalogPatterns.GetRecommendations]: 'library.use',
  [CatalogPatterns.GetBecauseYouWatched]: 'library.use',
  [CatalogPatterns.StartBackfill]: 'catalog.admin',
  [CatalogPatterns.GetCatalogJob]: 'catalog.admin',
  [CatalogPatterns.RunTmdbRefresh]: 'catalog.admin',
  [CatalogPatterns.TrainRecommender]: 'catalog.admin',
  [CatalogPatterns.ReportDeepLink]: 'launcher',
  // Reviewing crowdsourced links is editing the catalog: staff and admins.
  [CatalogPatterns.ListDeepLinks]: 'catalog.write',
  [CatalogPatterns.ReviewDeepLink]: 'catalog.write',
  // Tag proposals are tagging titles: staff and admins.
  [CatalogPatterns.ImportWikiTags]: 'catalog.write',
  [CatalogPatterns.ListTagProposals]: 'catalog.write',
  [CatalogPatterns.ReviewTagProposal]: 'catalog.write',
};
