import { popularityOrder, type ItemModel } from './item-model.js';
import { starsWeight } from './signal-weights.js';

/** One profile's weighted interaction with one item (weights ≤ 0 are not positive evidence and are left out). */
export interface Interaction<U, I> {
  userId: U;
  itemId: I;
  weight: number;
}

/**
 * How two items' relation is scored from the users they share.
 * - `rp3beta` (Paudel et al. 2017): the probability of a 3-step random walk item → user → item,
 *   raised to `alpha`, divided by the target item's popularity to the power `beta`.
 * - `cosine`: classic item-kNN, cosine of the items' weighted user vectors.
 */
export type Similarity = { kind: 'rp3beta'; alpha: number; beta: number } | { kind: 'cosine' };

export interface TrainingOptions {
  similarity: Similarity;
  /** Neighbours kept per item. */
  neighbours: number;
}

/**
 * Trains an item-item model: one pass per item over the users who interacted with it, a dense
 * accumulator reused between items, and a bounded heap keeping the strongest `neighbours`.
 * Time is Σ over users of (their item count)², memory the kept neighbours plus two item-sized arrays.
 */
export function trainItemModel<U, I>(signals: Iterable<Interaction<U, I>>, options: TrainingOptions): ItemModel<I> {
  const graph = bipartite(signals);
  const { itemIds, userItems, itemUsers } = graph;
  const itemCount = itemIds.length;
  const itemDegree = new Float64Array(itemCount);
  const itemNorm = new Float64Array(itemCount);
  for (let i = 0; i < itemCount; i += 1) {
    for (const [, w] of itemUsers[i]) {
      itemDegree[i] += w;
      itemNorm[i] += w * w;
    }
    itemNorm[i] = Math.sqrt(itemNorm[i]);
  }
  const userDegree = userItems.map((items) => items.reduce((sum, [, w]) => sum + w, 0));
  const similarity = options.similarity;

  const accumulator = new Float64Array(itemCount);
  const touched = new Int32Array(itemCount);
  const neighbours: Int32Array[] = [];
  const weights: Float32Array[] = [];
  for (let i = 0; i < itemCount; i += 1) {
    let touchedCount = 0;
    for (const [u, wi] of itemUsers[i]) {
      // rp3beta: P(i→u)·P(u→j); cosine: the dot product, normalised below.
      const from = similarity.kind === 'rp3beta' ? wi / itemDegree[i] / userDegree[u] : wi;
      for (const [j, wj] of userItems[u]) {
        if (j === i) continue;
        if (accumulator[j] === 0) touched[touchedCount++] = j;
        accumulator[j] += from * wj;
      }
    }
    const heap = new TopK(options.neighbours);
    for (let t = 0; t < touchedCount; t += 1) {
      const j = touched[t];
      const raw = accumulator[j];
      accumulator[j] = 0;
      const score = similarity.kind === 'rp3beta' ? raw ** similarity.alpha / itemDegree[j] ** similarity.beta : raw / (itemNorm[i] * itemNorm[j]);
      heap.offer(j, score);
    }
    const [ids, scores] = heap.sorted();
    neighbours.push(ids);
    weights.push(scores);
  }
  const interactions = Int32Array.from(itemUsers, (users) => users.length);
  return { itemIds, neighbours, weights, interactions, popular: popularityOrder(interactions) };
}

/** Users and items as dense indexes, with each side's weighted adjacency lists. */
function bipartite<U, I>(interactions: Iterable<Interaction<U, I>>) {
  const users = new Map<U, number>();
  const items = new Map<I, number>();
  const userItems: Array<Array<[number, number]>> = [];
  const itemUsers: Array<Array<[number, number]>> = [];
  for (const { userId, itemId, weight } of interactions) {
    if (!(weight > 0)) continue;
    let u = users.get(userId);
    if (u === undefined) {
      u = userItems.length;
      users.set(userId, u);
      userItems.push([]);
    }
    let i = items.get(itemId);
    if (i === undefined) {
      i = itemUsers.length;
      items.set(itemId, i);
      itemUsers.push([]);
    }
    userItems[u].push([i, weight]);
    itemUsers[i].push([u, weight]);
  }
  return { itemIds: [...items.keys()], userItems, itemUsers };
}

/** The k highest-scoring ids seen, kept in a min-heap. */
class TopK {
  private readonly ids: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.ids = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  offer(id: number, score: number): void {
    if (!(score > 0) || this.k === 0) return;
    if (this.size < this.k) {
      this.ids[this.size] = id;
      this.scores[this.size] = score;
      this.up(this.size++);
    } else if (score > this.scores[0]) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /** Strongest first; equal scores by id, so every run keeps the same model. */
  sorted(): [Int32Array, Float32Array] {
    const order = [...Array(this.size).keys()].sort((a, b) => this.scores[b] - this.scores[a] || this.ids[a] - this.ids[b]);
    return [Int32Array.from(order, (at) => this.ids[at]), Float32Array.from(order, (at) => this.scores[at])];
  }

  private up(at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.scores[parent] <= this.scores[at]) return;
      this.swap(at, parent);
      at = parent;
    }
  }

  private down(at: number): void {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < this.size && this.scores[left] < this.scores[least]) least = left;
      if (right < this.size && this.scores[right] < this.scores[least]) least = right;
      if (least === at) return;
      this.swap(at, least);
      at = least;
    }
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]];
    [this.scores[a], this.scores[b]] = [this.scores[b], this.scores[a]];
  }
}

/** The "for you" model as chosen on the temporal MovieLens split (ADR 0018). */
export const FOR_YOU_TRAINING: TrainingOptions = { similarity: { kind: 'rp3beta', alpha: 0.7, beta: 0.42 }, neighbours: 300 };

/** The "for you" model from ratings, each weighted as signal-weights.ts says: what the job and the evaluation both call. */
export function trainForYouModel<U, I>(ratings: Iterable<{ userId: U; itemId: I; stars: number }>): ItemModel<I> {
  return trainItemModel(
    (function* () {
      for (const { userId, itemId, stars } of ratings) yield { userId, itemId, weight: starsWeight(stars) };
    })(),
    FOR_YOU_TRAINING,
  );
}
