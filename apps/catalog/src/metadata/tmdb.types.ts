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
