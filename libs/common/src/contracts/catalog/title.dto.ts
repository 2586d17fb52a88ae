import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MaturityLevels, type MaturityLevel } from '../../auth/auth.types.js';
import { PageMeta } from '../../pagination/pagination.dto.js';
import { TitleTypes, type TitleType } from './title-types.js';
import { SearchFacets } from './title-query.dto.js';
import { CommunityRatingDto } from './rating.dto.js';
import { TmdbTrendingRanksDto, WhereToWatchDto } from './watch-provider.dto.js';
import { ApprovedDeepLink } from './deep-link.dto.js';

export class ImageUrls {
  @ApiProperty({ example: 'https://image.tmdb.org/t/p/w185/abc.jpg' }) small!: string;
  @ApiProperty() medium!: string;
  @ApiProperty() large!: string;
  @ApiProperty() original!: string;
}

export class CertificationDto {
  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2' }) country!: string;
  @ApiProperty({ example: 'PG-13' }) certification!: string;
}

export class CastMemberDto {
  @ApiProperty() personId!: string;
  @ApiProperty({ example: 'Marlon Brando' }) name!: string;
  @ApiProperty({ example: 'Don Vito Corleone' }) character!: string;
  @ApiProperty({ description: 'Billing order, 0 first' }) order!: number;
  @ApiProperty({ type: String, nullable: true }) profileUrl!: string | null;
}

export class CrewMemberDto {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'Director' }) job!: string;
  @ApiProperty({ example: 'Directing' }) department!: string;
}

export class ExternalIdsDto {
  @ApiPropertyOptional() tmdb?: number;
  @ApiPropertyOptional({ example: 'tt0068646' }) imdb?: string;
  @ApiPropertyOptional() movieLens?: number;
}

/** A title as it appears in lists, rows and search results. */
export class TitleSummary {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: TitleTypes }) type!: TitleType;
  @ApiProperty({ example: 'The Godfather' }) title!: string;
  @ApiProperty({ type: Number, nullable: true, example: 1972 }) releaseYear!: number | null;
  @ApiProperty({ type: [String], example: ['Crime', 'Drama'] }) genres!: string[];
  @ApiProperty({ type: ImageUrls, nullable: true }) poster!: ImageUrls | null;
  @ApiProperty({ description: '0–10' }) voteAverage!: number;
  @ApiProperty() voteCount!: number;
  @ApiProperty() popularity!: number;
  @ApiProperty({ enum: MaturityLevels }) maturityLevel!: MaturityLevel;
  @ApiProperty({ description: 'No certification and no staff rating: maturityLevel is a provisional 18+ (kid profiles see the title only when a parent allows it); show "Unrated", not an age.' })
  unrated!: boolean;
}

export class SeasonSummary {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: Number, nullable: true }) seasonNumber!: number | null;
  @ApiProperty({ type: Number, nullable: true }) episodeNumber!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) releaseDate!: string | null;
}

/** Where to watch a title on OnStream itself: our own HLS stream of a ready media asset. */
export class OwnStreamDto {
  @ApiProperty({ example: 'onstream', enum: ['onstream'] }) provider!: 'onstream';
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) videoId!: string;
  @ApiProperty({ example: '/api/v1/videos/665f1c2e9b1e8a0012345678/stream', description: 'Ask here for a playback URL; visibility, geo and entitlement are checked then' }) url!: string;
  @ApiProperty({ example: 30 }) durationSeconds!: number;
  @ApiProperty({ type: [String], example: ['en', 'fr'], description: 'Languages (BCP 47) of its caption and subtitle tracks' }) captionLanguages!: string[];
}

/** Everything about one title. */
export class TitleDetails extends TitleSummary {
  @ApiProperty({ type: String, nullable: true }) originalTitle!: string | null;
  @ApiProperty({ type: String, nullable: true }) overview!: string | null;
  @ApiProperty({ type: String, nullable: true }) tagline!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) releaseDate!: string | null;
  @ApiProperty({ type: Number, nullable: true }) runtimeMinutes!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'en' }) originalLanguage!: string | null;
  @ApiProperty({ type: [String], example: ['en', 'it'] }) languages!: string[];
  @ApiProperty({ type: [String], example: ['US'] }) countries!: string[];
  @ApiProperty({ type: ImageUrls, nullable: true }) backdrop!: ImageUrls | null;
  @ApiProperty({ type: [CertificationDto] }) certifications!: CertificationDto[];
  @ApiProperty({ type: [CastMemberDto] }) cast!: CastMemberDto[];
  @ApiProperty({ type: [CrewMemberDto] }) crew!: CrewMemberDto[];
  @ApiProperty({ type: [String] }) keywords!: string[];
  @ApiProperty({ type: String, nullable: true, example: 'https://www.youtube.com/embed/sY1S34973zA' }) trailerUrl!: string | null;
  @ApiProperty({ type: ExternalIdsDto }) externalIds!: ExternalIdsDto;
  @ApiProperty({ type: String, nullable: true, example: 'CC BY 3.0 · Blender Foundation', description: 'Licence and attribution to show with the title, when known' }) license!: string | null;
  @ApiProperty() featured!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Series of a season, season of an episode' }) parentId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) seasonNumber!: number | null;
  @ApiProperty({ type: Number, nullable: true }) episodeNumber!: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: [String], example: ['violence'], description: 'Content tag slugs (GET /tags)' }) tags!: string[];
  @ApiProperty({ description: 'true when OnStream streams it itself (a ready media asset)' }) playable!: boolean;
  @ApiProperty({ type: OwnStreamDto, nullable: true, description: 'Our own stream, when playable' }) stream!: OwnStreamDto | null;
  @ApiProperty({ type: TmdbTrendingRanksDto, description: 'Ranks in TMDb’s trending lists at the last nightly refresh' }) tmdbTrending!: TmdbTrendingRanksDto;
}

/** Details plus what a title page shows around it. */
export class TitlePage extends TitleDetails {
  @ApiProperty({ type: [TitleSummary], description: 'Content-based: shared genres, keywords, cast and crew' }) similar!: TitleSummary[];
  @ApiProperty({ type: [SeasonSummary], description: 'Seasons of a series, episodes of a season; empty otherwise' }) children!: SeasonSummary[];
  @ApiProperty({ type: WhereToWatchDto, nullable: true, description: 'Licensed offers in the requested (or the viewer’s) country; null when none are known there' }) whereToWatch!: WhereToWatchDto | null;
  @ApiProperty({ type: CommunityRatingDto, description: 'Ratings by our viewers (thumbs count as 5 or 1 star), counted from the ratings themselves; live, not cached' }) communityRating!: CommunityRatingDto;
}

export class TrailerResponse {
  @ApiProperty({ type: String, nullable: true, example: 'https://www.youtube.com/embed/sY1S34973zA', description: 'YouTube embed URL of the TMDb trailer; null when the title has none' }) trailerUrl!: string | null;
}

export class SeriesImportResponse {
  @ApiProperty({ type: TitleDetails }) series!: TitleDetails;
  @ApiProperty({ description: 'Seasons written (created or refreshed)' }) seasons!: number;
  @ApiProperty({ description: 'Episodes written (created or refreshed)' }) episodes!: number;
}

export class TitleSummaryPage {
  @ApiProperty({ type: [TitleSummary] }) items!: TitleSummary[];
  @ApiProperty({ type: PageMeta }) meta!: PageMeta;
}

export class FeedResponse {
  @ApiProperty({ type: [TitleSummary] }) items!: TitleSummary[];
  @ApiProperty({ example: 'popularity', description: 'What the ordering comes from (e.g. `popularity-fallback` until analytics feeds trending)' }) source!: string;
}

export class BecauseYouWatchedRow {
  @ApiProperty({ type: TitleSummary, description: 'The title the row is about ("because you watched …")' }) seed!: TitleSummary;
  @ApiProperty({ type: [TitleSummary] }) items!: TitleSummary[];
}

export class BecauseYouWatchedResponse {
  @ApiProperty({ type: [BecauseYouWatchedRow], description: 'Empty until the model is trained or the profile liked anything' }) rows!: BecauseYouWatchedRow[];
}

export class GenreDto {
  @ApiProperty({ example: 'science-fiction' }) slug!: string;
  @ApiProperty({ example: 'Science Fiction' }) name!: string;
  @ApiProperty() titleCount!: number;
}

export class GenreListResponse {
  @ApiProperty({ type: [GenreDto] }) items!: GenreDto[];
}

export class CategoryRow {
  @ApiProperty({ type: GenreDto }) genre!: GenreDto;
  @ApiProperty({ type: [TitleSummary] }) items!: TitleSummary[];
}

export class CategoriesResponse {
  @ApiProperty({ type: [CategoryRow] }) rows!: CategoryRow[];
}

export class DeletedResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Titles removed with it (seasons and episodes of a series)' }) deletedCount!: number;
}

export class SearchResultItem extends TitleSummary {
  @ApiProperty({ description: 'Relevance blended with popularity; higher first' }) score!: number;
}

export class SearchResponse {
  @ApiProperty({ type: [SearchResultItem] }) items!: SearchResultItem[];
  @ApiProperty({ type: PageMeta }) meta!: PageMeta;
  @ApiProperty({ type: SearchFacets, description: 'Counts over every match, before paging' }) facets!: SearchFacets;
}

export class ImportStatusResponse {
  @ApiProperty({ enum: ['idle', 'running', 'done', 'failed', 'not-configured'] }) status!: 'idle' | 'running' | 'done' | 'failed' | 'not-configured';
  @ApiProperty({ description: 'Titles written so far' }) processed!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) startedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationMs!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
}

export class CacheClearedResponse {
  @ApiProperty() cleared!: boolean;
}

export class ApprovedContentPage extends TitleSummaryPage {
  @ApiProperty({ description: 'The profile the device is paired to' }) profileId!: string;
  @ApiProperty({ description: 'Changes whenever the parent changes what the device may show' }) policyVersion!: string;
  @ApiProperty({ type: [ApprovedDeepLink], description: 'For the listed titles: the best accepted deep link per title and provider' }) deepLinks!: ApprovedDeepLink[];
}

/** A title in a person's filmography, with what they did in it. */
export class PersonCredit extends TitleSummary {
  @ApiPropertyOptional({ example: 'Don Vito Corleone', description: 'Cast credits' }) character?: string;
  @ApiPropertyOptional({ example: 'Director', description: 'Crew credits' }) job?: string;
  @ApiPropertyOptional({ example: 'Directing' }) department?: string;
}

export class PersonPage {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Marlon Brando' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) profileUrl!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'TMDb person id' }) tmdbId!: number | null;
  @ApiProperty({ type: [PersonCredit], description: 'Acting credits, newest first' }) cast!: PersonCredit[];
  @ApiProperty({ type: [PersonCredit], description: 'Crew credits, newest first' }) crew!: PersonCredit[];
}
