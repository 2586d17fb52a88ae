import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { ImageUrls, TitleDetails, TitlePage, TitleSummary } from '@onstream/common';
import { tmdbGenreId } from './tmdb-genres.js';

/** Seed 000 names its metadata cache 24 hours (Cache Strategy); cached_at is when our copy last changed. */
export const METADATA_TTL_MS = 24 * 3600 * 1000;

/**
 * A movie as seeds 000 and 001 answer it on their shared /api/movies routes: seed 000's Movie Cache
 * Model and seed 001's TMDb Movie together (their union; docs/compat.md).
 */
export class SeedMovie {
  @ApiProperty({ description: 'Our title id (seed 000)' }) _id!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'TMDb id (seed 001); null for titles not from TMDb' }) id!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'TMDb id (seed 000)' }) tmdb_id!: number | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) overview!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Path after TMDb’s image size (`/abc.jpg`), or a full URL for our own posters' }) poster_path!: string | null;
  @ApiProperty({ type: String, nullable: true }) backdrop_path!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) release_date!: string | null;
  @ApiProperty({ type: [String] }) genres!: string[];
  @ApiProperty({ type: [Number], description: 'TMDb genre ids of the genres TMDb has' }) genre_ids!: number[];
  @ApiProperty() vote_average!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Minutes' }) runtime!: number | null;
  @ApiProperty({ enum: ['movie', 'tv'] }) type!: 'movie' | 'tv';
  @ApiProperty({ type: String, nullable: true, example: 'https://www.youtube.com/embed/sY1S34973zA' }) trailer_url!: string | null;
  @ApiProperty({ format: 'date-time' }) cached_at!: string;
  @ApiProperty({ format: 'date-time' }) expires_at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Seed 002: the overview' }) description!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Seed 002' }) release_year!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Seed 002: the genres, comma-separated' }) genre!: string | null;
  @ApiProperty({ description: 'Seed 002: the vote average (0–10)' }) rating!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Seed 002: full poster URL' }) poster_url!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Seed 002: full backdrop URL' }) banner_url!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Seed 002: where to ask for our own stream (the v1 route that checks entitlement and answers a signed URL); null when we do not stream it' }) video_url!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Seed 002: minutes' }) duration!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Seed 002: original language (ISO 639-1)' }) language!: string | null;
}

export class SeedActor {
  @ApiProperty({ description: 'Our person id' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() character!: string;
  @ApiProperty({ type: String, nullable: true }) profile_url!: string | null;
}

export class SeedSimilarMovie {
  @ApiProperty({ description: 'Our title id' }) _id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: Number, nullable: true }) release_year!: number | null;
  @ApiProperty({ type: String, nullable: true }) genre!: string | null;
  @ApiProperty() rating!: number;
  @ApiProperty({ type: String, nullable: true }) poster_url!: string | null;
}

/** One movie's details: the movie and, for seed 002, its cast and similar movies. */
export class SeedMovieDetails extends SeedMovie {
  @ApiProperty({ type: [SeedActor], description: 'Seed 002: cast in billing order' }) actors!: SeedActor[];
  @ApiProperty({ type: [SeedSimilarMovie], description: 'Seed 002: content-based similar movies' }) similar!: SeedSimilarMovie[];
}

export class SeedMoviePage {
  @ApiProperty({ type: [SeedMovie] }) results!: SeedMovie[];
  @ApiProperty() page!: number;
  @ApiProperty() total_pages!: number;
  @ApiProperty() total_results!: number;
}

/** Our title id (24 hex) or a TMDb id (digits). */
export const TITLE_OR_TMDB_ID = /^([0-9a-f]{24}|[1-9][0-9]{0,8})$/;

/** `{id}` of the shared /api/movies and /api/watchlist routes: our title id (000) or a TMDb movie id (001). */
export class SeedMovieIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', description: 'Our title id (`_id`) or a TMDb movie id (`id`)' })
  @Matches(TITLE_OR_TMDB_ID, { message: 'id must be a movie _id or a TMDb id' })
  id!: string;
}

export function isTmdbId(id: string): boolean {
  return /^[0-9]{1,9}$/.test(id);
}

const TMDB_IMAGE = /^https:\/\/image\.tmdb\.org\/t\/p\/[a-z0-9]+(\/.+)$/;

/** TMDb's `/abc.jpg` from our image URLs; our own (custom) posters keep their full URL. */
export function imagePath(images: ImageUrls | null): string | null {
  if (!images) return null;
  return TMDB_IMAGE.exec(images.original)?.[1] ?? images.original;
}

export function toSeedMovie(title: TitleDetails): SeedMovie {
  const cachedAt = new Date(title.updatedAt);
  return {
    _id: title.id,
    id: title.externalIds.tmdb ?? null,
    tmdb_id: title.externalIds.tmdb ?? null,
    title: title.title,
    overview: title.overview,
    poster_path: imagePath(title.poster),
    backdrop_path: imagePath(title.backdrop),
    release_date: title.releaseDate,
    genres: title.genres,
    genre_ids: title.genres.map(tmdbGenreId).filter((id) => id !== null),
    vote_average: title.voteAverage,
    runtime: title.runtimeMinutes,
    type: title.type === 'series' ? 'tv' : 'movie',
    trailer_url: title.trailerUrl,
    cached_at: cachedAt.toISOString(),
    expires_at: new Date(cachedAt.getTime() + METADATA_TTL_MS).toISOString(),
    description: title.overview,
    release_year: title.releaseYear,
    genre: genreLine(title),
    rating: title.voteAverage,
    poster_url: title.poster?.large ?? null,
    banner_url: title.backdrop?.original ?? null,
    video_url: title.stream?.url ?? null,
    duration: title.runtimeMinutes,
    language: title.originalLanguage,
  };
}

function genreLine(title: Pick<TitleSummary, 'genres'>): string | null {
  return title.genres.length > 0 ? title.genres.join(', ') : null;
}

export function toSeedMovieDetails(title: TitlePage): SeedMovieDetails {
  return {
    ...toSeedMovie(title),
    actors: title.cast.map((member) => ({ id: member.personId, name: member.name, character: member.character, profile_url: member.profileUrl })),
    similar: title.similar.map((other) => ({ _id: other.id, title: other.title, release_year: other.releaseYear, genre: genreLine(other), rating: other.voteAverage, poster_url: other.poster?.large ?? null })),
  };
}

