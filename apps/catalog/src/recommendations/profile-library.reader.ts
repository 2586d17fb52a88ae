import { Injectable, Logger } from '@nestjs/common';
import { DomainError, MAX_PAGE_SIZE, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';
import { maturityCeiling } from '../titles/maturity.js';
import { isRestricted, scopeOfPolicy, type ViewerScope } from '../viewers/viewer-scope.js';

export interface ProfileLibrary {
  /** `at`: when, in ms since the epoch (the newest signals weigh most). */
  favorites: Array<{ titleId: string; at: number }>;
  /** Titles in the watch history: finished ones are a taste signal, all of them are "already watched". */
  history: Array<{ titleId: string; finished: boolean; at: number }>;
  /** What the caller may see: its maturity ceiling and, for kid profiles and paired devices, its parent's rules. */
  scope: ViewerScope;
}

/**
 * Pages read of each list: every favourite and watched title is excluded from recommendations,
 * so the whole list is read, up to this bound (5,000 entries) on NATS calls per request.
 */
const MAX_PAGES = 50;

/**
 * The caller's favourites and watch history, asked from users over NATS on the caller's behalf
 * (ADR 0008), plus the parental rules of a kid profile or paired device. When users does not answer, an adult's
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
        // Only kid profiles and paired devices carry parental rules.
        isRestricted(actor) ? this.users.send(UsersPatterns.GetViewingPolicy, { actor }) : Promise.resolve(null),
      ]);
      return {
        favorites: favorites.map((item) => ({ titleId: item.titleId, at: Date.parse(item.addedAt) || 0 })),
        history: history.map((entry) => ({ titleId: entry.titleId, finished: entry.finished, at: Date.parse(entry.watchedAt) || 0 })),
        scope: policy ? scopeOfPolicy(actor, policy) : { maxMaturityRank: maturityCeiling(actor) },
      };
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 503) throw error;
      // A kid profile's or device's parental rules are unknown then: refuse rather than risk a denied title.
      if (isRestricted(actor)) throw error;
      this.logger.warn({ msg: 'users unavailable: recommending from ratings only', err: error.message });
      return { favorites: [], history: [], scope: { maxMaturityRank: maturityCeiling(actor) } };
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
