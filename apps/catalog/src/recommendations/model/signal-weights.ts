import type { Signal } from './item-model.js';

/**
 * What each thing a profile does is worth to the model, chosen on the temporal MovieLens split
 * (ADR 0018). Stars count above a neutral 3 (4★ = 1, 5★ = 2, 3★ and below = 0: a low rating is
 * no evidence of taste for anything). Thumbs are stored as 5★ and 1★. Favourites and finished
 * titles cannot be measured on MovieLens; they count as the star rating they stand for.
 */
export const SignalWeights = {
  neutralStars: 3,
  favorite: 2,
  finished: 1,
  /** Started and left: watched, so never recommended, but no evidence of taste. */
  abandoned: 0,
  /** A profile's newest signals weigh more: the weight halves every this many signals back. */
  recencyHalfLife: 150,
} as const;

export function starsWeight(stars: number): number {
  return Math.max(0, stars - SignalWeights.neutralStars);
}

/** One signal before weighting by recency: its base weight and when it happened (any increasing number). */
export interface TimedSignal<I> extends Signal<I> {
  at: number;
}

/** The profile's signals with the newest weighing most; one signal per item (the newest wins). */
export function recencyWeighted<I>(signals: ReadonlyArray<TimedSignal<I>>): Array<Signal<I>> {
  const newestFirst = [...signals].sort((a, b) => b.at - a.at);
  const seen = new Set<I>();
  const weighted: Array<Signal<I>> = [];
  for (const signal of newestFirst) {
    if (seen.has(signal.itemId)) continue;
    seen.add(signal.itemId);
    weighted.push({ itemId: signal.itemId, weight: signal.weight * 0.5 ** (weighted.length / SignalWeights.recencyHalfLife) });
  }
  return weighted;
}
