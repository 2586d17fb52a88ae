import type { Rating } from './evaluation/recommenders.js';

/** Implicit taste: a favourite counts like 5 stars, a finished title like 4, unless the profile rated it. */
const FAVORITE_STARS = 5;
const FINISHED_STARS = 4;
/** Ratings at or above this are "liked" (their genres are the profile's favourite genres). */
export const LIKED_STARS = 4;

export interface TasteSignals {
  ratings: Array<{ titleId: string; stars: number; ratedAt: Date }>;
  favoriteIds: string[];
  history: Array<{ titleId: string; finished: boolean }>;
  deniedIds?: string[];
}

/**
 * The profile's ratings as the recommender reads them: explicit stars first, then favourites and
 * finished titles as implicit ones. Timestamps do not matter to user-kNN.
 */
export function tasteVector(profileId: string, signals: TasteSignals): Array<Rating<string, string>> {
  const byTitle = new Map<string, number>();
  for (const rating of signals.ratings) byTitle.set(rating.titleId, rating.stars);
  for (const titleId of signals.favoriteIds) if (!byTitle.has(titleId)) byTitle.set(titleId, FAVORITE_STARS);
  for (const entry of signals.history) if (entry.finished && !byTitle.has(entry.titleId)) byTitle.set(entry.titleId, FINISHED_STARS);
  return [...byTitle].map(([itemId, rating]) => ({ userId: profileId, itemId, rating, timestamp: 0 }));
}

/** Titles never to recommend: rated, favourited, in the watch history (finished or not) or denied by a parent. */
export function seenTitleIds(signals: TasteSignals): Set<string> {
  return new Set([...signals.ratings.map((r) => r.titleId), ...signals.favoriteIds, ...signals.history.map((h) => h.titleId), ...(signals.deniedIds ?? [])]);
}

/** Titles the profile liked: ratings ≥ 4 (thumbs up), favourites and finished titles. */
export function likedTitleIds(signals: TasteSignals): string[] {
  return [
    ...new Set([
      ...signals.ratings.filter((r) => r.stars >= LIKED_STARS).map((r) => r.titleId),
      ...signals.favoriteIds,
      ...signals.history.filter((h) => h.finished).map((h) => h.titleId),
    ]),
  ];
}

/** The most frequent genres among liked titles, most frequent first (ties by name). */
export function favoriteGenres(likedTitles: Array<{ genres: string[] }>, count = 3): string[] {
  const counts = new Map<string, number>();
  for (const title of likedTitles) for (const genre of title.genres) counts.set(genre, (counts.get(genre) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([genre]) => genre);
}

/** Catalog title ids are ObjectIds; users keeps title ids opaque, so anything else is skipped. */
export const isTitleId = (id: string) => /^[0-9a-f]{24}$/i.test(id);
