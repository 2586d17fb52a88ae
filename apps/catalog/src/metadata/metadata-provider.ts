import type { TitleInput } from '@onstream/common';
import type { WatchProvidersEntry } from '@onstream/common/schemas/title.schema.js';

/** Where title metadata comes from (TMDb today; others could follow). Answers in our own model. */
export interface MetadataProvider {
  readonly name: string;
  /** The movie with this provider id, or null when the provider does not know it. */
  movie(providerId: number): Promise<TitleInput | null>;
  /** A TV series with the numbers of its seasons, or null when unknown. */
  series(providerId: number): Promise<ProviderSeries | null>;
  /** One season of a series with its episodes, or null when unknown. */
  season(seriesProviderId: number, seasonNumber: number): Promise<ProviderSeason | null>;
  /** Licensed streaming/rent/buy offers per country. */
  watchProviders(mediaType: ProviderMediaType, providerId: number): Promise<WatchProvidersEntry[]>;
  /** Trending movies and series of the day or week, best first. */
  trending(window: 'day' | 'week'): Promise<ProviderListItem[]>;
  /** Popular movies, best first (one page of the provider's list). */
  popularMovies(page: number): Promise<ProviderListItem[]>;
  /** Image sizes the provider's CDN serves. */
  imageSizes(): Promise<ImageSizeSet>;
}

export type ProviderMediaType = 'movie' | 'tv';

export interface ProviderSeries {
  series: TitleInput;
  seasonNumbers: number[];
}

export interface ProviderSeason {
  season: TitleInput;
  episodes: TitleInput[];
}

export interface ProviderListItem {
  mediaType: ProviderMediaType;
  providerId: number;
  popularity: number;
  voteAverage: number;
  voteCount: number;
}


export interface ImageSizeSet {
  poster: string[];
  backdrop: string[];
  profile: string[];
  still: string[];
  logo: string[];
}

export const METADATA_PROVIDER = Symbol('METADATA_PROVIDER');

/** The provider failed in a way retrying will not fix soon (bad credentials, retries exhausted). */
export class MetadataProviderError extends Error {
  override name = 'MetadataProviderError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}
