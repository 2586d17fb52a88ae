/**
 * The parts of TMDb v3 `GET /movie/{id}?append_to_response=credits,release_dates,keywords,videos,external_ids`
 * that we map (https://developer.themoviedb.org/reference/movie-details).
 */
export interface TmdbMovie {
  id: number;
  imdb_id: string | null;
  title: string;
  original_title: string;
  original_language: string;
  overview: string | null;
  tagline: string | null;
  release_date: string;
  runtime: number | null;
  genres: Array<{ id: number; name: string }>;
  spoken_languages: Array<{ iso_639_1: string; english_name: string; name: string }>;
  production_countries: Array<{ iso_3166_1: string; name: string }>;
  poster_path: string | null;
  backdrop_path: string | null;
  vote_average: number;
  vote_count: number;
  popularity: number;
  credits?: {
    cast: Array<{ id: number; name: string; character: string; order: number; profile_path: string | null }>;
    crew: Array<{ id: number; name: string; job: string; department: string }>;
  };
  release_dates?: { results: Array<{ iso_3166_1: string; release_dates: Array<{ certification: string; type: number }> }> };
  keywords?: { keywords: Array<{ id: number; name: string }> };
  videos?: { results: Array<{ key: string; site: string; type: string; official: boolean }> };
}

/** TMDb's error body, e.g. `{"success":false,"status_code":34,"status_message":"The resource you requested could not be found."}`. */
export interface TmdbError {
  success: false;
  status_code: number;
  status_message: string;
}

/**
 * The parts of `GET /tv/{id}?append_to_response=credits,content_ratings,keywords,videos,external_ids`
 * that we map (https://developer.themoviedb.org/reference/tv-series-details).
 */
export interface TmdbTv {
  id: number;
  name: string;
  original_name: string;
  original_language: string;
  overview: string | null;
  tagline: string | null;
  first_air_date: string | null;
  episode_run_time: number[];
  genres: Array<{ id: number; name: string }>;
  spoken_languages: Array<{ iso_639_1: string; english_name: string; name: string }>;
  origin_country: string[];
  poster_path: string | null;
  backdrop_path: string | null;
  vote_average: number;
  vote_count: number;
  popularity: number;
  created_by?: Array<{ id: number; name: string }>;
  seasons: Array<{ id: number; season_number: number; name: string; overview: string | null; air_date: string | null; episode_count: number; poster_path: string | null }>;
  credits?: TmdbMovie['credits'];
  content_ratings?: { results: Array<{ iso_3166_1: string; rating: string }> };
  keywords?: { results: Array<{ id: number; name: string }> };
  videos?: TmdbMovie['videos'];
  external_ids?: { imdb_id: string | null };
}

/** `GET /tv/{id}/season/{n}` (https://developer.themoviedb.org/reference/tv-season-details). */
export interface TmdbSeason {
  id: number;
  season_number: number;
  name: string;
  overview: string | null;
  air_date: string | null;
  poster_path: string | null;
  episodes: Array<{
    id: number;
    episode_number: number;
    season_number: number;
    name: string;
    overview: string | null;
    air_date: string | null;
    runtime: number | null;
    still_path: string | null;
    vote_average: number;
    vote_count: number;
  }>;
}

/** One provider offer in `GET /{movie|tv}/{id}/watch/providers`. */
export interface TmdbProviderOffer {
  provider_id: number;
  provider_name: string;
  logo_path: string | null;
  display_priority: number;
}

/** `GET /{movie|tv}/{id}/watch/providers` (data by JustWatch; per ISO 3166-1 country). */
export interface TmdbWatchProviders {
  id: number;
  results: Record<string, { link?: string; flatrate?: TmdbProviderOffer[]; rent?: TmdbProviderOffer[]; buy?: TmdbProviderOffer[]; free?: TmdbProviderOffer[]; ads?: TmdbProviderOffer[] }>;
}

/** An item of `GET /trending/{media_type}/{time_window}` or `GET /movie/popular`. */
export interface TmdbListItem {
  id: number;
  media_type?: 'movie' | 'tv' | 'person';
  popularity: number;
  vote_average: number;
  vote_count: number;
}

export interface TmdbPage<T> {
  page: number;
  results: T[];
  total_pages: number;
  total_results: number;
}

/** `GET /configuration` (https://developer.themoviedb.org/reference/configuration-details). */
export interface TmdbConfiguration {
  images: {
    base_url: string;
    secure_base_url: string;
    backdrop_sizes: string[];
    logo_sizes: string[];
    poster_sizes: string[];
    profile_sizes: string[];
    still_sizes: string[];
  };
  change_keys: string[];
}
