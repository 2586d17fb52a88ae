import { Injectable, Logger } from '@nestjs/common';
import { DomainError, MAX_PAGE_SIZE, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';
import { maturityCeiling } from '../titles/maturity.js';
import { isRestricted, scopeOfPolicy, type ViewerScope } from '../viewers/viewer-scope.js';
import { ProfileLibraryCache, type LibraryEntries, type LibraryVersion } from './profile-library.cache.js';

/** The caller's entries; `partial` when users did not answer and nothing was cached (then they are empty, not the profile's). */
export interface ProfileLibraryEntries extends LibraryEntries {
  partial?: true;
}

export interface ProfileLibrary extends ProfileLibraryEntries {
  /** What the caller may see: its maturity ceiling and, for kid profiles and paired devices, its parent's rules. */
  scope: ViewerScope;
}

/**
 * Pages read of each list on a cache miss: every favourite and watched title is excluded from
 * recommendations, so the whole list is read, up to this bound (5,000 entries).
 */
const MAX_PAGES = 50;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const usersDown = (error: unknown) => error instanceof DomainError && error.status === 503;

/**
 * The caller's favourites and watch history from the Redis read model (ProfileLibraryCache, kept by
 * users' library events); on a miss read from users over NATS on the caller's behalf (ADR 0008), page
 * by page, and cached unless an event raced the read. A kid profile's or paired device's parental
 * rules are asked of users on every request (one small call; adults make none). When users does not
 * answer, an adult's recommendations go on from what is cached (or from ratings alone); a kid's
 * answer 503 (its rules are unknown). Redis down: every request asks users.
 */
@Injectable()
export class ProfileLibraryReader {
  private readonly logger = new Logger(ProfileLibraryReader.name);

  constructor(
    private readonly users: UsersClient,
    private readonly cache: ProfileLibraryCache,
  ) {}

  async read(actor: AuthUser): Promise<ProfileLibrary> {
    // A kid profile's or device's parental rules unknown: refuse rather than risk a denied title (the 503 goes through).
    const [entries, scope] = await Promise.all([this.entries(actor), this.scopeOf(actor)]);
    return { ...entries, scope };
  }

  /** What the caller may see (a call to users for kid profiles and paired devices). */
  async scopeOf(actor: AuthUser): Promise<ViewerScope> {
    // Only kid profiles and paired devices carry parental rules.
    if (!isRestricted(actor)) return { maxMaturityRank: maturityCeiling(actor) };
    return scopeOfPolicy(actor, await this.users.send(UsersPatterns.GetViewingPolicy, { actor }));
  }

  /** The caller's favourites and watch history. */
  async entries(actor: AuthUser): Promise<ProfileLibraryEntries> {
    const profileId = actor.profileId ?? '';
    let version: LibraryVersion | null = null;
    try {
      const cached = await this.cache.read(profileId);
      if (cached) return cached;
      version = await this.cache.version(profileId);
    } catch (error) {
      this.logger.warn({ msg: 'library cache unavailable: asking users', err: message(error) });
    }
    const readAt = Date.now();
    let entries: LibraryEntries;
    try {
      entries = await this.fromUsers(actor);
    } catch (error) {
      if (!usersDown(error) || isRestricted(actor)) throw error;
      this.logger.warn({ msg: 'users unavailable: recommending from ratings only', err: message(error) });
      return { favorites: [], history: [], partial: true };
    }
    if (version !== null) await this.cache.fill(profileId, version, entries, readAt).catch((error: unknown) => this.logger.warn({ msg: 'library cache not filled', err: message(error) }));
    return entries;
  }

  private async fromUsers(actor: AuthUser): Promise<LibraryEntries> {
    const [favorites, history] = await Promise.all([
      allPages((cursor) => this.users.send(UsersPatterns.ListLibrary, { list: 'favorites', limit: MAX_PAGE_SIZE, cursor, actor })),
      allPages((cursor) => this.users.send(UsersPatterns.ListHistory, { limit: MAX_PAGE_SIZE, cursor, actor })),
    ]);
    return {
      favorites: favorites.map((item) => ({ titleId: item.titleId, at: Date.parse(item.addedAt) || 0 })),
      history: history.map((entry) => ({ titleId: entry.titleId, finished: entry.finished, at: Date.parse(entry.watchedAt) || 0 })),
    };
  }
}

/** Every item of a cursor-paged list, newest first as users returns them. */
async function allPages<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let read = 0; read < MAX_PAGES; read += 1) {
    const next = await page(cursor);
    items.push(...next.items);
    if (!next.nextCursor) break;
    cursor = next.nextCursor;
  }
  return items;
}
