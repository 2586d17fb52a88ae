import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument, Types } from 'mongoose';
import { MaturityLevels, type MaturityLevel } from '../auth/auth.types.js';
import { TitleTypes, type TitleType } from '../contracts/catalog/title-types.js';

export interface CertificationEntry {
  country: string;
  certification: string;
}

export interface CastEntry {
  personId: Types.ObjectId;
  name: string;
  character: string;
  order: number;
  profilePath: string | null;
}

export interface CrewEntry {
  personId: Types.ObjectId;
  name: string;
  job: string;
  department: string;
}

export interface OwnStream {
  videoId: string;
  assetId: string;
  durationSeconds: number;
  readyAt: Date;
  /** BCP 47 tags of the video's caption tracks (media's ready and updated events). */
  captionLanguages?: string[];
}

export interface ExternalIds {
  tmdb?: number;
  imdb?: string;
  movieLens?: number;
}

/** One provider's offer of a title in one country (TMDb watch/providers, data by JustWatch). */
export interface WatchOfferEntry {
  providerId: number;
  name: string;
  logoPath: string | null;
  displayPriority: number;
}

export const OfferKinds = ['flatrate', 'rent', 'buy'] as const;
export type OfferKind = (typeof OfferKinds)[number];

/** Where a title can be watched in one country: subscription (flatrate), rent or buy. */
export type WatchProvidersEntry = { country: string; link: string | null } & Record<OfferKind, WatchOfferEntry[]>;

/** The title's rank in TMDb's trending lists at the last refresh (1 = top); null when not listed. */
export interface TmdbTrendingRanks {
  day: number | null;
  week: number | null;
}

/**
 * A movie, series, season, episode or creator video. Owned and registered by the catalog app only.
 * Field names follow TMDb's where they exist, so the TMDb mapper stays a thin layer.
 */
@Schema({ collection: 'titles', timestamps: true })
export class Title {
  @Prop({ type: String, required: true, enum: TitleTypes }) type!: TitleType;
  @Prop({ required: true }) title!: string;
  /** Lower-cased title without leading articles: the key of the "title" sort. */
  @Prop({ required: true }) sortTitle!: string;
  @Prop({ type: String, default: null }) originalTitle!: string | null;
  @Prop({ type: String, default: null }) overview!: string | null;
  @Prop({ type: String, default: null }) tagline!: string | null;
  @Prop({ type: Date, default: null }) releaseDate!: Date | null;
  @Prop({ type: Number, default: null }) releaseYear!: number | null;
  @Prop({ type: Number, default: null }) runtimeMinutes!: number | null;
  @Prop({ type: [String], default: [] }) genres!: string[];
  @Prop({ type: String, default: null }) originalLanguage!: string | null;
  @Prop({ type: [String], default: [] }) languages!: string[];
  @Prop({ type: [String], default: [] }) countries!: string[];
  @Prop({ type: String, default: null }) posterPath!: string | null;
  @Prop({ type: String, default: null }) backdropPath!: string | null;
  @Prop({ default: 0 }) voteAverage!: number;
  @Prop({ default: 0 }) voteCount!: number;
  @Prop({ default: 0 }) popularity!: number;
  @Prop({ type: [{ _id: false, country: String, certification: String }], default: [] }) certifications!: CertificationEntry[];
  /** `COUNTRY:CERT` strings, so a certification filter is a plain equality match on an array. */
  @Prop({ type: [String], default: [] }) certificationKeys!: string[];
  @Prop({ type: String, enum: MaturityLevels, required: true }) maturityLevel!: MaturityLevel;
  /** Index of maturityLevel in MaturityLevels: kid filtering is `maturityRank <= limit`. */
  @Prop({ required: true }) maturityRank!: number;
  /** Staff (or the demo catalog's editors) chose maturityLevel themselves: rated even without a certification. */
  @Prop({ default: false }) maturityReviewed?: boolean;
  @Prop({ type: [{ _id: false, personId: 'ObjectId', name: String, character: String, order: Number, profilePath: String }], default: [] }) cast!: CastEntry[];
  @Prop({ type: [{ _id: false, personId: 'ObjectId', name: String, job: String, department: String }], default: [] }) crew!: CrewEntry[];
  @Prop({ type: [String], default: [] }) keywords!: string[];
  @Prop({ type: String, default: null }) trailerYouTubeKey!: string | null;
  /** Licence and attribution of a title we may stream ourselves (the demo catalog's open films); null otherwise. */
  @Prop({ type: String, default: null }) license?: string | null;
  @Prop({ type: { _id: false, tmdb: Number, imdb: String, movieLens: Number }, default: {} }) externalIds!: ExternalIds;
  @Prop({ default: false }) featured!: boolean;
  /** Hidden by moderation (a resolved report): out of every list, feed, search and page for non-staff. */
  @Prop({ default: false }) hidden?: boolean;
  /** Series of a season; season of an episode. */
  @Prop({ type: 'ObjectId', default: null }) parentId!: Types.ObjectId | null;
  @Prop({ type: Number, default: null }) seasonNumber!: number | null;
  @Prop({ type: Number, default: null }) episodeNumber!: number | null;
  /** Content tag slugs (violence, scary-scenes…); parents deny tags for kid profiles. */
  @Prop({ type: [String], default: [] }) tags!: string[];
  /** Media video this title plays (creator videos; or a title staff linked to an upload). */
  @Prop({ type: String, default: null }) mediaVideoId?: string | null;
  /** Our own HLS stream, set when media reports the video's asset ready; null when not playable. */
  @Prop({ type: { _id: false, videoId: String, assetId: String, durationSeconds: Number, readyAt: Date, captionLanguages: { type: [String], default: undefined } }, default: null }) stream?: OwnStream | null;
  @Prop({ type: [{ _id: false, country: String, link: String, flatrate: [Object], rent: [Object], buy: [Object] }], default: [] }) watchProviders!: WatchProvidersEntry[];
  /** `COUNTRY:PROVIDER_ID` of every subscription (flatrate) offer: the household filter is an equality match. */
  @Prop({ type: [String], default: [] }) providerKeys!: string[];
  @Prop({ type: Date, default: null }) watchProvidersUpdatedAt!: Date | null;
  /** TMDb trending ranks, refreshed nightly; the trending read path falls back to them. */
  @Prop({ type: { _id: false, day: Number, week: Number }, default: () => ({ day: null, week: null }) }) tmdbTrending!: TmdbTrendingRanks;

  createdAt!: Date;
  updatedAt!: Date;
}

export type TitleDocument = HydratedDocument<Title>;
export const TitleSchema = SchemaFactory.createForClass(Title);
TitleSchema.index({ type: 1, popularity: -1 });
TitleSchema.index({ genres: 1, popularity: -1 });
TitleSchema.index({ releaseDate: -1 });
TitleSchema.index({ voteAverage: -1 });
TitleSchema.index({ sortTitle: 1 });
TitleSchema.index({ 'externalIds.tmdb': 1 });
TitleSchema.index({ 'externalIds.movieLens': 1 });
TitleSchema.index({ parentId: 1 });
TitleSchema.index({ tags: 1 });
TitleSchema.index({ mediaVideoId: 1 });
TitleSchema.index({ providerKeys: 1 });
TitleSchema.index({ 'tmdbTrending.day': 1 });
TitleSchema.index({ 'tmdbTrending.week': 1 });
TitleSchema.index({ 'cast.personId': 1 });
TitleSchema.index({ 'crew.personId': 1 });
// Each catalog replica's index catch-up reads the titles written lately (ADR 0041).
TitleSchema.index({ updatedAt: 1 });
