import type { StreamDefinition } from '../../jetstream/jetstream-bus.js';

/** Durable users events (stream USERS_EVENTS, subjects `events.users.>`); ensured by users and by its consumers (catalog). */
export const USERS_EVENTS_STREAM: StreamDefinition = { name: 'USERS_EVENTS', types: ['users.>'] };

/**
 * Changes of a profile's favourites and watch history, stored by users with each write and published
 * by its outbox relay, so that catalog keeps its "for you" read model of the profile's library (ADR
 * 0018). The watchlist is not a taste signal and is not published. `HistoryCleared` is no longer
 * published (a cleared history is one `HistoryRemoved` per title); consumers still handle it.
 */
export const LibraryEvents = {
  FavoriteAdded: 'users.library.favorite-added',
  FavoriteRemoved: 'users.library.favorite-removed',
  HistoryWritten: 'users.history.written',
  HistoryRemoved: 'users.history.removed',
  HistoryCleared: 'users.history.cleared',
  ProfileDeleted: 'users.profile.deleted',
} as const;
export type LibraryEventType = (typeof LibraryEvents)[keyof typeof LibraryEvents];

/**
 * One library change. `at` (ISO) is when users made it: a consumer keeps, per title, the change with
 * the newest `at`, so a redelivered older event cannot undo a newer one. `titleId` is absent for a
 * cleared history and a deleted profile; `addedAt` is the favourite's first date, `finished` the
 * history entry's state (its `watchedAt` is `at`).
 */
export interface LibraryChangedEvent {
  profileId: string;
  at: string;
  titleId?: string;
  addedAt?: string;
  finished?: boolean;
}
