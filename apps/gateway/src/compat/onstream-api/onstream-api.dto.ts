import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsMongoId, IsString, Length, Max, Min } from 'class-validator';
import {
  DisplayName, EmailAddress, GivenPassword, NewPassword, OptionalNotNull,
  type AccountResponse, type HistoryEntryResponse, type ImageUrls, type TitleDetails, type TitlePage, type TokenPairResponse,
} from '@onstream/common';

/** Seed 000 names its metadata cache 24 hours (Cache Strategy); cached_at is when our copy last changed. */
export const METADATA_TTL_MS = 24 * 3600 * 1000;
/** Stream sources: 1 hour. */
export const STREAMS_TTL_MS = 3600 * 1000;

export class OnstreamRegisterBody {
  @ApiProperty({ example: 'ada', minLength: 1, maxLength: 80, description: 'Shown as the account’s display name.' })
  @DisplayName('username')
  username!: string;

  @EmailAddress()
  email!: string;

  @NewPassword()
  password!: string;
}

export class OnstreamLoginBody {
  @EmailAddress()
  email!: string;

  @GivenPassword()
  password!: string;
}

export class OnstreamRefreshBody {
  @ApiProperty({ description: 'The refresh_token of the last login or refresh; each is good for one use.' })
  @IsString()
  @Length(1, 256)
  refresh_token!: string;
}

export class OnstreamToken {
  @ApiProperty({ description: 'JWT for `Authorization: Bearer`, scoped to the account’s main profile.' }) access_token!: string;
  @ApiProperty({ example: 'bearer' }) token_type!: 'bearer';
  @ApiProperty({ example: 900 }) expires_in!: number;
  @ApiProperty({ description: 'For POST /api/auth/refresh; each works once.' }) refresh_token!: string;
}

export class OnstreamMovieIdBody {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', description: 'The movie’s `_id`.' })
  @IsMongoId({ message: 'movie_id must be a movie _id' })
  movie_id!: string;
}

export class OnstreamHistoryBody extends OnstreamMovieIdBody {
  @ApiProperty({ example: 1312, description: 'Seconds watched.' }) @Type(() => Number) @IsInt() @Min(0) @Max(86_400) progress!: number;
  @ApiPropertyOptional({ example: 5400, description: 'Length in seconds; default the movie’s runtime.' })
  @OptionalNotNull() @Type(() => Number) @IsInt() @Min(1) @Max(86_400)
  duration?: number;
}

export class OnstreamMovieIdParam {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678' }) @IsMongoId({ message: 'id must be a movie _id' }) id!: string;
}

/** Seed 000's Movie Cache Model. */
export class OnstreamMovie {
  @ApiProperty() _id!: string;
  @ApiProperty({ type: Number, nullable: true }) tmdb_id!: number | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) overview!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Path after TMDb’s image size (`/abc.jpg`), or a full URL for our own posters' }) poster_path!: string | null;
  @ApiProperty({ type: String, nullable: true }) backdrop_path!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) release_date!: string | null;
  @ApiProperty({ type: [String] }) genres!: string[];
  @ApiProperty() vote_average!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Minutes' }) runtime!: number | null;
  @ApiProperty({ enum: ['movie', 'tv'] }) type!: 'movie' | 'tv';
  @ApiProperty({ format: 'date-time' }) cached_at!: string;
  @ApiProperty({ format: 'date-time' }) expires_at!: string;
}

export class OnstreamMoviePage {
  @ApiProperty({ type: [OnstreamMovie] }) results!: OnstreamMovie[];
  @ApiProperty() page!: number;
  @ApiProperty() total_pages!: number;
  @ApiProperty() total_results!: number;
}

export class OnstreamStreamSource {
  @ApiProperty({ description: 'Our HLS: the v1 route that answers a signed playback URL. A licensed provider: its offers page.' }) url!: string;
  @ApiProperty({ example: 'auto', description: '`auto` (adaptive HLS) or `provider`' }) quality!: string;
  @ApiProperty({ example: 'onstream', description: '`onstream` or the provider’s name' }) server!: string;
  @ApiProperty({ example: 'hls', description: '`hls`, or a provider offer: `flatrate`, `rent`, `buy`' }) type!: string;
}

/** Seed 000's Stream Source Model: our own stream and licensed providers, never scraped streams. */
export class OnstreamStreams {
  @ApiProperty() _id!: string;
  @ApiProperty({ type: Number, nullable: true }) tmdb_id!: number | null;
  @ApiProperty({ type: [OnstreamStreamSource] }) sources!: OnstreamStreamSource[];
  @ApiProperty({ format: 'date-time' }) cached_at!: string;
  @ApiProperty({ format: 'date-time' }) expires_at!: string;
}

export class OnstreamGenres {
  @ApiProperty({ type: [String], example: ['Drama', 'Comedy'] }) genres!: string[];
}

export class OnstreamWatchEntry {
  @ApiProperty() movie_id!: string;
  @ApiProperty({ format: 'date-time' }) watched_at!: string;
  @ApiProperty({ description: 'Seconds watched' }) progress!: number;
}

/** Seed 000's User Model without password_hash, which never leaves the users service. */
export class OnstreamUser {
  @ApiProperty() _id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() email!: string;
  @ApiProperty() is_admin!: boolean;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Start of the newest session' }) last_login!: string | null;
  @ApiProperty({ type: [String], description: 'Movie _ids' }) favorites!: string[];
  @ApiProperty({ type: [OnstreamWatchEntry] }) watch_history!: OnstreamWatchEntry[];
}

export class OnstreamFavorites {
  @ApiProperty({ type: [String], description: 'Movie _ids, newest first' }) favorites!: string[];
  @ApiProperty({ type: [OnstreamMovie] }) movies!: OnstreamMovie[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' }) next_cursor!: string | null;
}

export class OnstreamWatchHistory {
  @ApiProperty({ type: [OnstreamWatchEntry] }) watch_history!: OnstreamWatchEntry[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' }) next_cursor!: string | null;
}

export class OnstreamCacheCleared {
  @ApiProperty() cleared!: boolean;
}

const TMDB_IMAGE = /^https:\/\/image\.tmdb\.org\/t\/p\/[a-z0-9]+(\/.+)$/;

/** TMDb's `/abc.jpg` from our image URLs; our own (custom) posters keep their full URL. */
export function imagePath(images: ImageUrls | null): string | null {
  if (!images) return null;
  return TMDB_IMAGE.exec(images.original)?.[1] ?? images.original;
}

export function toOnstreamMovie(title: TitleDetails): OnstreamMovie {
  const cachedAt = new Date(title.updatedAt);
  return {
    _id: title.id,
    tmdb_id: title.externalIds.tmdb ?? null,
    title: title.title,
    overview: title.overview,
    poster_path: imagePath(title.poster),
    backdrop_path: imagePath(title.backdrop),
    release_date: title.releaseDate,
    genres: title.genres,
    vote_average: title.voteAverage,
    runtime: title.runtimeMinutes,
    type: title.type === 'series' ? 'tv' : 'movie',
    cached_at: cachedAt.toISOString(),
    expires_at: new Date(cachedAt.getTime() + METADATA_TTL_MS).toISOString(),
  };
}

export function toOnstreamStreams(title: TitlePage, now: Date): OnstreamStreams {
  const own: OnstreamStreamSource[] = title.stream ? [{ url: title.stream.url, quality: 'auto', server: 'onstream', type: 'hls' }] : [];
  const where = title.whereToWatch;
  const offers = (['flatrate', 'rent', 'buy'] as const).flatMap((type) =>
    (where?.[type] ?? []).map((offer) => ({ url: where?.link ?? '', quality: 'provider', server: offer.name, type })),
  );
  return { _id: title.id, tmdb_id: title.externalIds.tmdb ?? null, sources: [...own, ...offers.filter((offer) => offer.url)], cached_at: now.toISOString(), expires_at: new Date(now.getTime() + STREAMS_TTL_MS).toISOString() };
}

export function toOnstreamToken(pair: TokenPairResponse): OnstreamToken {
  return { access_token: pair.accessToken, token_type: 'bearer', expires_in: pair.expiresIn, refresh_token: pair.refreshToken };
}

export function toWatchEntry(entry: HistoryEntryResponse): OnstreamWatchEntry {
  return { movie_id: entry.titleId, watched_at: entry.watchedAt, progress: entry.positionSeconds };
}

export function toOnstreamUser(account: AccountResponse, lastLogin: string | null, favorites: string[], history: HistoryEntryResponse[]): OnstreamUser {
  return {
    _id: account.id,
    username: account.displayName,
    email: account.email,
    is_admin: account.role === 'admin',
    created_at: account.createdAt,
    last_login: lastLogin,
    favorites,
    watch_history: history.map(toWatchEntry),
  };
}
