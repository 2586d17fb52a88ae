/** NDCG@k with binary relevance: DCG of the list over the DCG of a perfect list. */
export function ndcgAtK(recommended: readonly number[], relevant: ReadonlySet<number>, k: number): number {
  let dcg = 0;
  recommended.slice(0, k).forEach((item, index) => {
    if (relevant.has(item)) dcg += 1 / Math.log2(index + 2);
  });
  let ideal = 0;
  for (let index = 0; index < Math.min(k, relevant.size); index += 1) ideal += 1 / Math.log2(index + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the relevant items found in the top k. */
export function recallAtK(recommended: readonly number[], relevant: ReadonlySet<number>, k: number): number {
  if (relevant.size === 0) return 0;
  return recommended.slice(0, k).filter((item) => relevant.has(item)).length / relevant.size;
}
