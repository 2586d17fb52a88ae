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
 * The `count` best items for a profile: each item scores the weighted sum of its similarity to
 * the profile's signals. Items the profile has a signal for, and items `accept` refuses (maturity,
 * parental rules, hidden), are never returned. Work is the profile's signals × their neighbours.
 */
export function rankForProfile<I>(model: ItemModel<I>, index: ReadonlyMap<I, number>, signals: ReadonlyArray<Signal<I>>, count: number, accept: (item: I) => boolean): I[] {
  const own = new Set<number>();
  for (const signal of signals) {
    const at = index.get(signal.itemId);
    if (at !== undefined) own.add(at);
  }
  const scores = new Map<number, number>();
  for (const signal of signals) {
    const at = index.get(signal.itemId);
    if (at === undefined || signal.weight === 0) continue;
    const neighbours = model.neighbours[at];
    const weights = model.weights[at];
    for (let n = 0; n < neighbours.length; n += 1) scores.set(neighbours[n], (scores.get(neighbours[n]) ?? 0) + signal.weight * weights[n]);
  }
  const ranked = [...scores].filter(([item, score]) => score > 0 && !own.has(item)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const picked: I[] = [];
  for (const [item] of ranked) {
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
