import { DomainError } from '@onstream/common';

/**
 * TMDb's genre ids (its /genre/movie/list and /genre/tv/list), which seed 001's clients use in
 * `genre_ids` and `/api/movies/genre/{genre_id}`. Our genres are TMDb's names (MovieLens ones are
 * renamed at import), so the ids are a fixed translation table.
 */
const TMDB_GENRE_IDS: Readonly<Record<string, number>> = {
  Action: 28, Adventure: 12, Animation: 16, Comedy: 35, Crime: 80, Documentary: 99, Drama: 18, Family: 10751, Fantasy: 14, History: 36,
  Horror: 27, Music: 10402, Mystery: 9648, Romance: 10749, 'Science Fiction': 878, 'TV Movie': 10770, Thriller: 53, War: 10752, Western: 37,
  'Action & Adventure': 10759, Kids: 10762, News: 10763, Reality: 10764, 'Sci-Fi & Fantasy': 10765, Soap: 10766, Talk: 10767, 'War & Politics': 10768,
};
const NAMES_BY_ID = new Map(Object.entries(TMDB_GENRE_IDS).map(([name, id]) => [id, name]));

export function tmdbGenreId(name: string): number | null {
  return TMDB_GENRE_IDS[name] ?? null;
}

export function tmdbGenreName(id: number): string | undefined {
  return NAMES_BY_ID.get(id);
}

/**
 * A genre filter as seed clients send it: TMDb genre ids (`28`) become our names (`Action`), names
 * stay. An id TMDb does not have is refused, naming `genre`.
 */
export function genreNames(values: readonly string[]): string[] {
  return values.map((value) => {
    if (!/^\d{1,7}$/.test(value)) return value;
    const name = tmdbGenreName(Number(value));
    if (!name) throw DomainError.validation([{ field: 'genre', message: `TMDb has no genre ${value}.` }]);
    return name;
  });
}
