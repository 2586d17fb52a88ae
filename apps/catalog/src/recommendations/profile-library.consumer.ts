import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JetStreamBus, LibraryEvents, USERS_EVENTS_STREAM, type EventEnvelope, type LibraryChangedEvent } from '@onstream/common';
import { ProfileLibraryCache, type LibraryChange } from './profile-library.cache.js';

/** The change an event makes to one title of the cached library; null for a whole-library event. */
export function changeOf(type: string, event: LibraryChangedEvent): LibraryChange | null {
  const at = Date.parse(event.at);
  const titleId = event.titleId ?? '';
  switch (type) {
    case LibraryEvents.FavoriteAdded:
      return { list: 'favorite', titleId, value: String(Date.parse(event.addedAt ?? event.at)), at };
    case LibraryEvents.FavoriteRemoved:
      return { list: 'favorite', titleId, value: null, at };
    case LibraryEvents.HistoryWritten:
      return { list: 'history', titleId, value: event.finished ? '1' : '0', at };
    case LibraryEvents.HistoryRemoved:
      return { list: 'history', titleId, value: null, at };
    default:
      return null;
  }
}

/**
 * Durable consumer of users' library events (one at a time, in stream order; replicas share it):
 * keeps "for you"'s cached library of each profile in step (ADR 0018). Applying an event is
 * idempotent and a stale one changes nothing (per-title timestamps), so no processed-events record
 * is kept. A cleared history or deleted profile drops the cached library (refilled from users).
 */
@Injectable()
export class ProfileLibraryConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: JetStreamBus,
    private readonly cache: ProfileLibraryCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.consume<LibraryChangedEvent>(
      { stream: USERS_EVENTS_STREAM.name, durable: 'catalog-profile-library', types: Object.values(LibraryEvents) },
      (event) => this.apply(event),
    );
  }

  async apply(event: EventEnvelope<LibraryChangedEvent>): Promise<void> {
    const change = changeOf(event.type, event.data);
    if (change) await this.cache.apply(event.data.profileId, change);
    else await this.cache.invalidate(event.data.profileId);
  }
}
