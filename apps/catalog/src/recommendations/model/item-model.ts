/**
 * The trained "for you" model: for each item, its most related items with a weight, and the items
 * by popularity over the training period. Serving sums the neighbours of the profile's own
 * signals (ADR 0018); the offline evaluation calls the same `rankForProfile`.
 */
export interface ItemModel<I> {
  /** Item ids; the numbers below index into this list. */
  itemIds: I[];
  /** Per item, its neighbours (indexes into itemIds) and their weights, strongest first. */
  neighbours: Int32Array[];
  weights: Float32Array[];
  /** Per item, how many profiles gave it a positive signal in the training data. */
  interactions: Int32Array;
  /** Item indexes by interactions, most first (popularity over the training period only). */
  popular: Int32Array;
}

/** Item indexes by interactions, most first; ties by index so every replica orders alike. */
export function popularityOrder(interactions: Int32Array): Int32Array {
  return Int32Array.from([...interactions.keys()].sort((a, b) => interactions[b] - interactions[a] || a - b));
}

/** One thing a profile did with an item, already turned into a weight (signal-weights.ts). */
export interface Signal<I> {
  itemId: I;
  weight: number;
}

export function indexOfItems<I>(model: ItemModel<I>): Map<I, number> {
  return new Map(model.itemIds.map((id, index) => [id, index]));
}

/**
 * Signals summed per request: the newest this many, four recency half-lives (signal-weights.ts).
 * Older ones weigh under 1/16 of the newest and cost the same work each; without the bound a profile with
 * thousands of ratings held the event loop for tens of milliseconds (every request's p99).
 */
export const MAX_SUMMED_SIGNALS = 600;

/** Per model, a score per item reused by every request (ranking is synchronous): no allocation per request. */
const scratch = new WeakMap<object, Float64Array>();

/**
 * The `count` best items for a profile: each item scores the weighted sum of its similarity to
 * the profile's signals. Items the profile has a signal for, and items `accept` refuses (maturity,
 * parental rules, hidden), are never returned. Work is the profile's signals × their neighbours,
 * summed into a dense score array; only the best few candidates are sorted. `signals` newest first
 * (as profileSignals gives them): only the newest MAX_SUMMED_SIGNALS are summed, all are excluded.
 */
export function rankForProfile<I>(model: ItemModel<I>, index: ReadonlyMap<I, number>, signals: ReadonlyArray<Signal<I>>, count: number, accept: (item: I) => boolean): I[] {
  let scores = scratch.get(model);
  if (!scores) scratch.set(model, (scores = new Float64Array(model.itemIds.length)));
  const own = new Set<number>();
  for (const signal of signals) {
    const at = index.get(signal.itemId);
    if (at !== undefined) own.add(at);
  }
  const touched: number[] = [];
  for (const signal of signals.slice(0, MAX_SUMMED_SIGNALS)) {
    const at = index.get(signal.itemId);
    if (at === undefined || signal.weight === 0) continue;
    const neighbours = model.neighbours[at];
    const weights = model.weights[at];
    for (let n = 0; n < neighbours.length; n += 1) {
      const item = neighbours[n];
      if (scores[item] === 0) touched.push(item);
      scores[item] += signal.weight * weights[n];
    }
  }
  const candidates = touched.filter((item) => scores[item] > 0 && !own.has(item));
  const ranked = candidates.map((item) => ({ item, score: scores[item] }));
  for (const item of touched) scores[item] = 0;
  const byScore = (a: { item: number; score: number }, b: { item: number; score: number }) => b.score - a.score || a.item - b.item;
  // Most requests are served by the best few; a caller refusing many (a kid profile) gets the full order.
  const shortlist = best(ranked, count * 2 + 10, byScore);
  const picked = pick(model, shortlist, count, accept);
  return picked.length >= count || shortlist.length === ranked.length ? picked : pick(model, ranked.sort(byScore), count, accept);
}

/** The `size` first entries in `order`, without sorting the rest. */
function best<T>(entries: T[], size: number, order: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const entry of entries) {
    if (kept.length === size && order(entry, kept[size - 1]) >= 0) continue;
    let at = kept.length === size ? size - 1 : kept.length;
    while (at > 0 && order(entry, kept[at - 1]) < 0) {
      kept[at] = kept[at - 1];
      at -= 1;
    }
    kept[at] = entry;
  }
  return kept;
}

function pick<I>(model: ItemModel<I>, ranked: ReadonlyArray<{ item: number }>, count: number, accept: (item: I) => boolean): I[] {
  const picked: I[] = [];
  for (const { item } of ranked) {
    if (picked.length >= count) break;
    if (accept(model.itemIds[item])) picked.push(model.itemIds[item]);
  }
  return picked;
}

/** The most popular items of the training period that `accept` lets through. */
export function popularItems<I>(model: ItemModel<I>, count: number, accept: (item: I) => boolean): I[] {
  const picked: I[] = [];
  for (const item of model.popular) {
    if (picked.length >= count) break;
    if (accept(model.itemIds[item])) picked.push(model.itemIds[item]);
  }
  return picked;
}
