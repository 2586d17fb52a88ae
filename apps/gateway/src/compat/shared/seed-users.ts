import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ErrorCodes, UsersClient, UsersPatterns, type AccountResponse, type AuthUser, type HistoryEntryResponse } from '@onstream/common';
import { unlessRefused } from '../compat.decorators.js';
import { SeedMovies } from './seed-movies.js';

/** The lists a user answer shows: their newest entries, as v1's first pages do. */
export const USER_LIST_LIMIT = 50;

export class SeedWatchEntry {
  @ApiProperty() movie_id!: string;
  @ApiProperty({ format: 'date-time' }) watched_at!: string;
  @ApiProperty({ description: 'Seconds watched' }) progress!: number;
}

/**
 * The user as seeds 000 and 001 answer it on their shared /api/auth routes: seed 000's User Model
 * and seed 001's User together (their union), without password_hash, which never leaves the users service.
 */
export class SeedUser {
  @ApiProperty({ description: 'Seed 000' }) _id!: string;
  @ApiProperty({ description: 'Seed 001 (the same id)' }) id!: string;
  @ApiProperty({ description: 'Seeds 000 and 002: the sign-in username, else the display name' }) username!: string;
  @ApiProperty({ description: 'Seed 001: the display name' }) name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Avatar key of the token’s profile' }) avatar!: string | null;
  @ApiProperty() is_admin!: boolean;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time', description: 'Seed 002 (= created_at)' }) join_date!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Start of the newest session' }) last_login!: string | null;
  @ApiProperty({ type: [String], description: 'Movie _ids' }) favorites!: string[];
  @ApiProperty({ type: [Number], description: 'TMDb ids of the watchlist’s titles from TMDb' }) watchlist!: number[];
  @ApiProperty({ type: [SeedWatchEntry] }) watch_history!: SeedWatchEntry[];
}

export function toWatchEntry(entry: HistoryEntryResponse): SeedWatchEntry {
  return { movie_id: entry.titleId, watched_at: entry.watchedAt, progress: entry.positionSeconds };
}

export function newSeedUser(account: AccountResponse): SeedUser {
  return {
    _id: account.id, id: account.id, username: account.username ?? account.displayName, name: account.displayName, email: account.email, avatar: null,
    is_admin: account.role === 'admin', created_at: account.createdAt, join_date: account.createdAt, last_login: null, favorites: [], watchlist: [], watch_history: [],
  };
}

/** Builds the seeds' user from v1's reads: GET /me, /me/sessions, /me/profiles and the profile's lists. */
@Injectable()
export class SeedUsers {
  constructor(
    private readonly users: UsersClient,
    private readonly movies: SeedMovies,
  ) {}

  async of(actor: AuthUser): Promise<SeedUser> {
    // Lists are per profile: a token without one shows empty lists rather than a refusal.
    const list = <T>(call: Promise<{ items: T[] }>) => unlessRefused(call, ErrorCodes.UsersProfileRequired, { items: [] as T[] });
    const [me, sessions, profiles, favorites, watchlist, history] = await Promise.all([
      this.users.send(UsersPatterns.GetMe, { actor }),
      this.users.send(UsersPatterns.ListSessions, { actor }),
      this.users.send(UsersPatterns.ListProfiles, { actor }),
      list(this.users.send(UsersPatterns.ListLibrary, { list: 'favorites', limit: USER_LIST_LIMIT, actor })),
      list(this.users.send(UsersPatterns.ListLibrary, { list: 'watchlist', limit: USER_LIST_LIMIT, actor })),
      list(this.users.send(UsersPatterns.ListHistory, { limit: USER_LIST_LIMIT, actor })),
    ]);
    const watched = await this.movies.details(watchlist.items.map((item) => ({ id: item.titleId })), actor);
    return {
      ...newSeedUser(me),
      avatar: profiles.items.find((profile) => profile.id === actor.profileId)?.avatar ?? null,
      last_login: sessions.items.map((session) => session.createdAt).sort().at(-1) ?? null,
      favorites: favorites.items.map((item) => item.titleId),
      watchlist: watched.flatMap((movie) => (movie.id === null ? [] : [movie.id])),
      watch_history: history.items.map(toWatchEntry),
    };
  }
}
