import { Injectable, Logger } from '@nestjs/common';
import { DomainError, MAX_PAGE_SIZE, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';

export interface ProfileLibrary {
  /** `at`: when, in ms since the epoch (the newest signals weigh most). */
  favorites: Array<{ titleId: string; at: number }>;
  /** Titles in the watch history: finished ones are a taste signal, all of them are "already watched". */
  history: Array<{ titleId: string; finished: boolean; at: number }>;
  /** Titles a parent denied to this (kid) profile. */
  deniedIds: string[];
}

/**
 * Pages read of each list: every favourite and watched title is excluded from recommendations,
 * so the whole list is read, up to this bound (5,000 entries) on NATS calls per request.
 */
const MAX_PAGES = 50;

/**
 * The caller's favourites and watch history, asked from users over NATS on the caller's behalf
 * (ADR 0008), plus a kid profile's parental deny list. When users does not answer, an adult's
 * recommendations still work from ratings alone; a kid's answer 503 (its rules are unknown).
 */
@Injectable()
export class ProfileLibraryReader {
  private readonly logger = new Logger(ProfileLibraryReader.name);

  constructor(private readonly users: UsersClient) {}

  async read(actor: AuthUser): Promise<ProfileLibrary> {
    try {
      const [favorites, history, policy] = await Promise.all([
        allPages((cursor) => this.users.send(UsersPatterns.ListLibrary, { list: 'favorites', limit: MAX_PAGE_SIZE, cursor, actor })),
        allPages((cursor) => this.users.send(UsersPatterns.ListHistory, { limit: MAX_PAGE_SIZE, cursor, actor })),
        // Only kid profiles carry parental rules.
        actor.kidProfile ? this.users.send(UsersPatterns.GetViewingPolicy, { actor }) : Promise.resolve(null),
      ]);
      return {
        favorites: favorites.map((item) => ({ titleId: item.titleId, at: Date.parse(item.addedAt) || 0 })),
        history: history.map((entry) => ({ titleId: entry.titleId, finished: entry.finished, at: Date.parse(entry.watchedAt) || 0 })),
        deniedIds: policy?.deniedTitleIds ?? [],
      };
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 503) throw error;
      // A kid profile's parental rules are unknown then: refuse rather than risk a denied title.
      if (actor.kidProfile) throw error;
      this.logger.warn({ msg: 'users unavailable: recommending from ratings only', err: error.message });
      return { favorites: [], history: [], deniedIds: [] };
    }
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
