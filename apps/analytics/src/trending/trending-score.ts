import type { TrendingEntry, TrendingUpdatedEvent } from '@onstream/common';
import { HOUR_MS } from '../aggregation/bucket-counters.js';

export const TrendingWindows = {
  '24h': { spanMs: 24 * HOUR_MS, halfLifeHours: 6 },
  '7d': { spanMs: 7 * 24 * HOUR_MS, halfLifeHours: 48 },
} as const;
export type TrendingWindow = keyof typeof TrendingWindows;

/** Ten minutes watched weigh as much as one view. */
const WATCH_SECONDS_PER_VIEW = 600;
const TOP = 100;

/**
 * Score of a title in a window: Σ over its hour buckets of (views + watch time / 10 min), each
 * halved for every half-life of age (hours are aged from their middle).
 */
export function trendingScores(
  parts: Array<{ scopeId: string; hour: Date; views: number; watchSec: number }>,
  window: TrendingWindow,
  now: Date,
): TrendingEntry[] {
  const { spanMs, halfLifeHours } = TrendingWindows[window];
  const since = now.getTime() - spanMs;
  const byVideo = new Map<string, TrendingEntry>();
  for (const part of parts) {
    const hourMs = part.hour.getTime();
    if (hourMs < since - HOUR_MS || hourMs > now.getTime()) continue;
    const ageHours = Math.max(0, (now.getTime() - (hourMs + HOUR_MS / 2)) / HOUR_MS);
    const weight = 0.5 ** (ageHours / halfLifeHours);
    const entry = byVideo.get(part.scopeId) ?? { videoId: part.scopeId, score: 0, views: 0, watchSec: 0 };
    entry.score += (part.views + part.watchSec / WATCH_SECONDS_PER_VIEW) * weight;
    entry.views += part.views;
    entry.watchSec += part.watchSec;
    byVideo.set(part.scopeId, entry);
  }
  return [...byVideo.values()]
    .filter((entry) => entry.score > 0)
    .map((entry) => ({ ...entry, score: Math.round(entry.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.videoId.localeCompare(b.videoId))
    .slice(0, TOP);
}

export function trendingEvent(window: TrendingWindow, titles: TrendingEntry[], now: Date): TrendingUpdatedEvent {
  return { window, computedAt: now.toISOString(), titles };
}
