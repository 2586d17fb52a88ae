import { Injectable, Logger } from '@nestjs/common';
import { DomainError, UsersClient, UsersPatterns, type AuthUser } from '@onstream/common';

export interface ProfileLibrary {
  favoriteIds: string[];
  /** Titles in the watch history: finished ones are a taste signal, all of them are "already watched". */
  history: Array<{ titleId: string; finished: boolean }>;
  /** Titles a parent denied to this (kid) profile. */
  deniedIds: string[];
}

/** How much of a profile's library feeds its recommendations (the newest entries). */
const LIBRARY_WINDOW = 100;

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
        this.users.send(UsersPatterns.ListLibrary, { list: 'favorites', limit: LIBRARY_WINDOW, actor }),
        this.users.send(UsersPatterns.ListHistory, { limit: LIBRARY_WINDOW, actor }),
        // Only kid profiles carry parental rules.
        actor.kidProfile ? this.users.send(UsersPatterns.GetViewingPolicy, { actor }) : Promise.resolve(null),
      ]);
      return {
        favoriteIds: favorites.items.map((item) => item.titleId),
        history: history.items.map((entry) => ({ titleId: entry.titleId, finished: entry.finished })),
        deniedIds: policy?.deniedTitleIds ?? [],
      };
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 503) throw error;
      // A kid profile's parental rules are unknown then: refuse rather than risk a denied title.
      if (actor.kidProfile) throw error;
      this.logger.warn({ msg: 'users unavailable: recommending from ratings only', err: error.message });
      return { favoriteIds: [], history: [], deniedIds: [] };
    }
  }
}
