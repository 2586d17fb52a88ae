import type { TitleInput } from '@onstream/common';
import type { TmdbMovie } from './tmdb.types.js';

const MAX_CAST = 20;
const CREW_JOBS = new Set(['Director', 'Screenplay', 'Writer', 'Producer', 'Original Music Composer', 'Director of Photography']);
const IMAGE_PATH = /^\/[A-Za-z0-9_-]{1,64}\.(jpg|jpeg|png|webp|svg)$/;
const YOUTUBE_KEY = /^[A-Za-z0-9_-]{11}$/;

export const imagePath = (path: string | null | undefined) => (path && IMAGE_PATH.test(path) ? path : undefined);
export const isoDate = (date: string | null | undefined) => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined);

/** The best YouTube trailer key: official ones first. */
export function trailerKeyOf(videos: TmdbMovie['videos']): string | undefined {
  return (videos?.results ?? [])
    .filter((video) => video.site === 'YouTube' && video.type === 'Trailer' && YOUTUBE_KEY.test(video.key))
    .sort((a, b) => Number(b.official) - Number(a.official))[0]?.key;
}

export function castOf(credits: TmdbMovie['credits']): NonNullable<TitleInput['cast']> {
  return (credits?.cast ?? [])
    .sort((a, b) => a.order - b.order)
    .slice(0, MAX_CAST)
    .map((member) => ({ name: member.name, character: member.character, order: member.order, tmdbId: member.id, ...(imagePath(member.profile_path) && { profilePath: imagePath(member.profile_path) }) }));
}

export function crewOf(credits: TmdbMovie['credits']): NonNullable<TitleInput['crew']> {
  return (credits?.crew ?? []).filter((member) => CREW_JOBS.has(member.job)).map((member) => ({ name: member.name, job: member.job, department: member.department, tmdbId: member.id }));
}

export const languageCodes = (languages: Array<{ iso_639_1: string }>) => languages.map((language) => language.iso_639_1).filter((code) => /^[a-z]{2}$/.test(code));
export const countryCodes = (codes: string[]) => codes.filter((code) => /^[A-Z]{2}$/.test(code));

/** A TMDb movie (with credits, release dates, keywords, videos appended) in our title model. */
export function mapTmdbMovie(movie: TmdbMovie): TitleInput {
  const certifications = (movie.release_dates?.results ?? []).flatMap((country) => {
    // Theatrical (3) first, then any release type with a certification.
    const dated = [...country.release_dates].sort((a, b) => Number(b.type === 3) - Number(a.type === 3)).find((release) => release.certification.trim() !== '');
    return dated && /^[A-Z]{2}$/.test(country.iso_3166_1) ? [{ country: country.iso_3166_1, certification: dated.certification.trim() }] : [];
  });
  const trailer = trailerKeyOf(movie.videos);
  return {
    type: 'movie',
    title: movie.title,
    ...(movie.original_title && movie.original_title !== movie.title && { originalTitle: movie.original_title }),
    ...(movie.overview && { overview: movie.overview }),
    ...(movie.tagline && { tagline: movie.tagline }),
    ...(isoDate(movie.release_date) && { releaseDate: movie.release_date }),
    ...(movie.runtime && { runtimeMinutes: movie.runtime }),
    genres: movie.genres.map((genre) => genre.name),
    ...(/^[a-z]{2}$/.test(movie.original_language) && { originalLanguage: movie.original_language }),
    languages: languageCodes(movie.spoken_languages),
    countries: countryCodes(movie.production_countries.map((country) => country.iso_3166_1)),
    ...(imagePath(movie.poster_path) && { posterPath: imagePath(movie.poster_path) }),
    ...(imagePath(movie.backdrop_path) && { backdropPath: imagePath(movie.backdrop_path) }),
    voteAverage: Math.min(10, Math.max(0, movie.vote_average)),
    voteCount: movie.vote_count,
    popularity: movie.popularity,
    certifications,
    cast: castOf(movie.credits),
    crew: crewOf(movie.credits),
    keywords: (movie.keywords?.keywords ?? []).map((keyword) => keyword.name),
    ...(trailer && { trailerYouTubeKey: trailer }),
    externalIds: { tmdb: movie.id, ...(movie.imdb_id && /^tt\d{5,10}$/.test(movie.imdb_id) && { imdb: movie.imdb_id }) },
  };
}
