import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { AVATAR_PATTERN, DisplayName, OptionalNotNull, PageQueryDto, type LibraryItemResponse } from '@onstream/common';
import { SeedMovie } from '../shared/seed-movie.dto.js';

/** `{genre_id}` of GET /api/movies/genre/{genre_id}: a TMDb genre id (28 = Action). */
export class TmdbGenreIdParam {
  @ApiProperty({ example: 28, description: 'TMDb genre id (`/genre/movie/list`)' })
  @Type(() => Number) @IsInt({ message: 'genre_id must be a TMDb genre id' }) @Min(1) @Max(1_000_000)
  genre_id!: number;
}

export class NetflixGenreQuery extends PageQueryDto {}

/** PUT /api/auth/profile: the document's User fields a user may change. */
export class NetflixProfileBody {
  @ApiPropertyOptional({ example: 'Ada Lovelace', maxLength: 80, description: 'The account’s display name.' })
  @OptionalNotNull() @DisplayName('name')
  name?: string;

  @ApiPropertyOptional({ example: 'avatar-3', description: 'Avatar key of the token’s profile.' })
  @OptionalNotNull() @Matches(AVATAR_PATTERN, { message: 'avatar must be an avatar key (a-z, 0-9, -)' })
  avatar?: string;
}

export class NetflixTrailer {
  @ApiProperty({ type: Number, nullable: true, description: 'TMDb id; null for titles not from TMDb' }) id!: number | null;
  @ApiProperty({ description: 'Our title id' }) _id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'https://www.youtube.com/embed/sY1S34973zA', description: 'YouTube embed URL; null when TMDb lists no trailer' }) trailer_url!: string | null;
}

/** One watchlist entry: seed 001 knows the TMDb id, seed 002 its Watchlist model (movie_id, added_at). */
export class SeedWatchlistEntry {
  @ApiProperty({ type: Number, nullable: true, description: 'TMDb id of the movie (001, 002); null for titles not from TMDb' }) movie_id!: number | null;
  @ApiProperty({ description: 'Our title id' }) _id!: string;
  @ApiProperty({ description: 'The account (002’s user_id)' }) user_id!: string;
  @ApiProperty({ format: 'date-time' }) added_at!: string;
}

/** GET /api/watchlist for seeds 001 and 002: the TMDb ids, the entries and their movies. */
export class SeedWatchlist {
  @ApiProperty({ type: [Number], description: 'TMDb ids (001’s `watchlist: List[int]`)' }) watchlist!: number[];
  @ApiProperty({ type: [SeedWatchlistEntry] }) items!: SeedWatchlistEntry[];
  @ApiProperty({ type: [SeedMovie] }) results!: SeedMovie[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' }) next_cursor!: string | null;
}

export function toWatchlistEntry(item: LibraryItemResponse, movie: Pick<SeedMovie, 'id'>, userId: string): SeedWatchlistEntry {
  return { movie_id: movie.id, _id: item.titleId, user_id: userId, added_at: item.addedAt };
}
