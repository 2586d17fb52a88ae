import { inverse, Matrix } from 'ml-matrix';
import type { Recommender } from './recommenders.js';

/**
 * EASE (Steck 2019), the baseline to beat: B = I − P·diag(1/diag(P)) with P = (XᵀX + λI)⁻¹, over
 * the `maxItems` most active items (the inverse is dense: items² memory, items³ time). Binary X.
 */
export function easeRecommender(train: Map<number, Array<{ itemId: number }>>, lambda: number, maxItems: number): Recommender {
  const counts = new Map<number, number>();
  for (const ratings of train.values()) for (const { itemId } of ratings) counts.set(itemId, (counts.get(itemId) ?? 0) + 1);
  const items = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxItems).map(([item]) => item);
  const index = new Map(items.map((item, at) => [item, at]));
  const n = items.length;
  const gram = new Matrix(n, n);
  for (const ratings of train.values()) {
    const own = ratings.flatMap(({ itemId }) => index.get(itemId) ?? []);
    for (const a of own) for (const b of own) gram.set(a, b, gram.get(a, b) + 1);
  }
  for (let i = 0; i < n; i += 1) gram.set(i, i, gram.get(i, i) + lambda);
  const p = inverse(gram);
  const weights = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) weights[i * n + j] = i === j ? 0 : -p.get(i, j) / p.get(j, j);
  return (userId, count) => {
    const own = (train.get(userId) ?? []).flatMap(({ itemId }) => index.get(itemId) ?? []);
    const seen = new Set((train.get(userId) ?? []).map(({ itemId }) => itemId));
    const scores = new Float64Array(n);
    for (const i of own) for (let j = 0; j < n; j += 1) scores[j] += weights[i * n + j];
    return [...scores.keys()].filter((j) => !seen.has(items[j])).sort((a, b) => scores[b] - scores[a] || a - b).slice(0, count).map((j) => items[j]);
  };
}
