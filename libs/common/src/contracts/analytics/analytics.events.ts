import type { StreamDefinition } from '../../jetstream/jetstream-bus.js';

/** JetStream event types of analytics (stored under `events.`, see eventSubject). */
export const AnalyticsEvents = {
  PlaybackBatch: 'analytics.playback.batch',
  TrendingUpdated: 'analytics.trending.updated',
} as const;

/** Published by media when a video is created (docs/adr/0014); analytics learns the owner from it (docs/adr/0004). */
export const MediaVideoCreated = 'media.video.created';

export interface MediaVideoCreatedEvent {
  videoId: string;
  creatorId: string;
}

/** Ensured by the gateway (publisher) and analytics (consumer); the definitions must match. */
export const ANALYTICS_STREAM: StreamDefinition = { name: 'ANALYTICS', types: ['analytics.>'], maxAgeMs: 7 * 24 * 3600_000 };
export const MEDIA_VIDEO_STREAM: StreamDefinition = { name: 'MEDIA_VIDEOS', types: ['media.video.>'] };

export interface TrendingEntry {
  videoId: string;
  score: number;
  views: number;
  watchSec: number;
}

export interface TrendingUpdatedEvent {
  window: '24h' | '7d';
  computedAt: string;
  titles: TrendingEntry[];
}
