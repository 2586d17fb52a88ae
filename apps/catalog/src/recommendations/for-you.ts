import type { Signal } from './model/item-model.js';
import { recencyWeighted, SignalWeights, starsWeight, type TimedSignal } from './model/signal-weights.js';

/** What a profile did, each with when (ms since the epoch). */
export interface TasteSignals {
  ratings: Array<{ titleId: string; stars: number; ratedAt: Date }>;
  favorites: Array<{ titleId: string; at: number }>;
  history: Array<{ titleId: string; finished: boolean; at: number }>;
}

/**
 * The profile's signals as the model reads them (weights in signal-weights.ts): a rating counts
 * as its stars; a favourite or a watched title the profile did not rate counts as what it stands
 * for; the newest weigh most. The offline evaluation builds its signals with the same functions.
 */
export function profileSignals(signals: TasteSignals): Array<Signal<string>> {
  const rated = new Set(signals.ratings.map((rating) => rating.titleId));
  const timed: Array<TimedSignal<string>> = [
    ...signals.ratings.map((rating) => ({ itemId: rating.titleId, weight: starsWeight(rating.stars), at: rating.ratedAt.getTime() })),
    ...signals.favorites.filter((entry) => !rated.has(entry.titleId)).map((entry) => ({ itemId: entry.titleId, weight: SignalWeights.favorite, at: entry.at })),
    ...signals.history
      .filter((entry) => !rated.has(entry.titleId))
      .map((entry) => ({ itemId: entry.titleId, weight: entry.finished ? SignalWeights.finished : SignalWeights.abandoned, at: entry.at })),
  ];
  return recencyWeighted(timed);
}

/** Titles never to recommend for taste reasons: rated, favourited, in the watch history (finished or not). */
export function seenTitleIds(signals: TasteSignals): Set<string> {
  return new Set([
    ...signals.ratings.map((r) => r.titleId),
    ...signals.favorites.map((f) => f.titleId),
    ...signals.history.map((h) => h.titleId),
  ]);
}

/** Titles the profile liked, strongest signal first: ratings ≥ 4 (thumbs up), favourites and finished titles. */
export function likedTitleIds(signals: TasteSignals): string[] {
  return profileSignals(signals)
    .filter((signal) => signal.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((signal) => signal.itemId);
}

/** The most frequent genres among liked titles, most frequent first (ties by name). */
export function favoriteGenres(likedTitles: Array<{ genres: string[] }>, count = 3): string[] {
  const counts = new Map<string, number>();
  for (const title of likedTitles) for (const genre of title.genres) counts.set(genre, (counts.get(genre) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([genre]) => genre);
}

/** Catalog title ids are ObjectIds; users keeps title ids opaque, so anything else is skipped. */
export const isTitleId = (id: string) => /^[0-9a-f]{24}$/i.test(id);
