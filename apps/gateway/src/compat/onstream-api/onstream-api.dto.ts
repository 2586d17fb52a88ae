import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsMongoId, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import {
  DisplayName, EmailAddress, GivenPassword, NewPassword, OptionalNotNull,
  type TitlePage, type TokenPairResponse,
} from '@onstream/common';
import { SeedMovie } from '../shared/seed-movie.dto.js';
import { SeedWatchEntry } from '../shared/seed-users.js';

/** Stream sources: 1 hour. */
export const STREAMS_TTL_MS = 3600 * 1000;

/** Seeds 000 (`username`) and 001 (`name`) register on one route: either names the account. */
export class OnstreamRegisterBody {
  @ApiPropertyOptional({ example: 'ada', minLength: 1, maxLength: 80, description: 'Seed 000: the account’s display name (or send `name`).' })
  @ValidateIf((body: OnstreamRegisterBody) => body.name === undefined)
  @DisplayName('username')
  username?: string;

  @ApiPropertyOptional({ example: 'Ada Lovelace', minLength: 1, maxLength: 80, description: 'Seed 001: the account’s display name (or send `username`).' })
  @ValidateIf((body: OnstreamRegisterBody) => body.username === undefined)
  @DisplayName('name')
  name?: string;

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

export class SeedGenre {
  @ApiProperty({ type: Number, nullable: true, example: 18, description: 'TMDb genre id' }) id!: number | null;
  @ApiProperty({ example: 'Drama' }) name!: string;
}

export class OnstreamGenres {
  @ApiProperty({ type: [SeedGenre] }) genres!: SeedGenre[];
}

export class OnstreamFavorites {
  @ApiProperty({ type: [String], description: 'Movie _ids, newest first' }) favorites!: string[];
  @ApiProperty({ type: [SeedMovie] }) movies!: SeedMovie[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' }) next_cursor!: string | null;
}

export class OnstreamWatchHistory {
  @ApiProperty({ type: [SeedWatchEntry] }) watch_history!: SeedWatchEntry[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' }) next_cursor!: string | null;
}

export class OnstreamCacheCleared {
  @ApiProperty() cleared!: boolean;
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
