/** Ids are MovieLens numbers offline and profile/title id strings in the service. */
export type Id = number | string;

export interface Rating<U extends Id = number, I extends Id = number> {
  userId: U;
  itemId: I;
  rating: number;
  timestamp: number;
}

/** Ascending id order (numeric for numbers): ties break the same way on every run. */
const byId = (a: Id, b: Id): number => (a < b ? -1 : a > b ? 1 : 0);

export interface UserSplit {
  train: Map<number, Rating[]>;
  /** Per user: items in their latest ratings that they liked (the ones to predict). */
  relevant: Map<number, Set<number>>;
}

/**
 * Per user, the oldest (1 − testShare) of their ratings train and the newest are held out; a
 * held-out item counts as relevant when rated at least `likedAt`. Users with fewer than
 * `minRatings` ratings or nothing liked in their held-out part are not evaluated (but still train).
 */
export function splitByTime(ratings: Rating[], testShare = 0.2, likedAt = 4, minRatings = 10): UserSplit {
  const byUser = new Map<number, Rating[]>();
  for (const rating of ratings) byUser.set(rating.userId, [...(byUser.get(rating.userId) ?? []), rating]);
  const train = new Map<number, Rating[]>();
  const relevant = new Map<number, Set<number>>();
  for (const [userId, own] of byUser) {
    const ordered = [...own].sort((a, b) => a.timestamp - b.timestamp || a.itemId - b.itemId);
    const cut = own.length >= minRatings ? Math.floor(ordered.length * (1 - testShare)) : ordered.length;
    train.set(userId, ordered.slice(0, cut));
    const liked = new Set(ordered.slice(cut).filter((rating) => rating.rating >= likedAt).map((rating) => rating.itemId));
    if (liked.size > 0) relevant.set(userId, liked);
  }
  return { train, relevant };
}

export type Recommender<U extends Id = number, I extends Id = number> = (userId: U, count: number) => I[];

/** Baseline: the most-rated items the user has not rated yet. */
export function popularityRecommender<U extends Id, I extends Id>(train: Map<U, Rating<U, I>[]>): Recommender<U, I> {
  const counts = new Map<I, number>();
  for (const ratings of train.values()) for (const rating of ratings) counts.set(rating.itemId, (counts.get(rating.itemId) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || byId(a[0], b[0])).map(([item]) => item);
  return (userId, count) => {
    const seen = new Set((train.get(userId) ?? []).map((rating) => rating.itemId));
    return ranked.filter((item) => !seen.has(item)).slice(0, count);
  };
}

/**
 * User-based collaborative filtering for top-N: cosine similarity between users' mean-centred
 * ratings, then each unseen item scores the summed similarity of the `neighbours` most similar
 * users who liked it (rated above their own mean). What "for you" would run on ratings and history.
 */
export function userKnnRecommender<U extends Id, I extends Id>(train: Map<U, Rating<U, I>[]>, neighbours = 50): Recommender<U, I> {
  const vectors = new Map<U, Map<I, number>>();
  for (const [userId, ratings] of train) {
    const mean = ratings.reduce((sum, rating) => sum + rating.rating, 0) / Math.max(1, ratings.length);
    vectors.set(userId, new Map(ratings.map((rating) => [rating.itemId, rating.rating - mean])));
  }
  const norms = new Map([...vectors].map(([userId, vector]) => [userId, Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0))]));
  return (userId, count) => {
    const own = vectors.get(userId);
    const ownNorm = norms.get(userId) ?? 0;
    if (!own || ownNorm === 0) return [];
    const similar = [...vectors]
      .filter(([other]) => other !== userId)
      .map(([other, vector]) => {
        let dot = 0;
        for (const [item, value] of own) dot += value * (vector.get(item) ?? 0);
        const otherNorm = norms.get(other) ?? 0;
        return { vector, similarity: otherNorm === 0 ? 0 : dot / (ownNorm * otherNorm) };
      })
      .filter((neighbour) => neighbour.similarity > 0)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, neighbours);
    const scores = new Map<I, number>();
    for (const { vector, similarity } of similar) {
      for (const [item, centred] of vector) if (centred > 0 && !own.has(item)) scores.set(item, (scores.get(item) ?? 0) + similarity);
    }
    return [...scores].sort((a, b) => b[1] - a[1] || byId(a[0], b[0])).slice(0, count).map(([item]) => item);
  };
}
