import type { StreamDefinition } from '../../jetstream/jetstream-bus.js';

/** Durable catalog events on JetStream (stream CATALOG, subjects `events.catalog.>`). */
export const CatalogEvents = {
  EpisodeCreated: 'catalog.episode.created',
} as const;

/** Ensured by catalog (publisher) and its consumers (users' notifications); the definitions must match. */
export const CATALOG_STREAM: StreamDefinition = { name: 'CATALOG', types: ['catalog.>'] };

/** `catalog.episode.created`: an episode was added under a season of a series. Event id `catalog.episode.created:<episodeId>`. */
export interface EpisodeCreatedEvent {
  episodeId: string;
  seasonId: string;
  seriesId: string;
  seriesName: string;
  episodeName: string;
  seasonNumber: number | null;
  episodeNumber: number | null;
  createdAt: string;
}
