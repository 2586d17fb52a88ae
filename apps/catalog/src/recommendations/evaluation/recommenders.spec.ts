import { ndcgAtK, recallAtK } from './ranking-metrics.js';
import { popularityRecommender, splitByTime, userKnnRecommender, type Rating } from './recommenders.js';

const r = (userId: number, itemId: number, rating: number, timestamp: number): Rating => ({ userId, itemId, rating, timestamp });

describe('ranking metrics', () => {
  it('gives a perfect list NDCG 1 and a hit at rank 2 less', () => {
    expect(ndcgAtK([1, 2], new Set([1, 2]), 10)).toBe(1);
    expect(ndcgAtK([9, 1], new Set([1]), 10)).toBeCloseTo(1 / Math.log2(3));
  });

  it('counts recall over every relevant item', () => {
    expect(recallAtK([1, 9, 8], new Set([1, 2]), 10)).toBe(0.5);
  });
});

describe('splitByTime', () => {
  it('holds out each user’s newest ratings and keeps only liked ones as relevant', () => {
    const ratings = Array.from({ length: 10 }, (_, i) => r(1, i, i === 9 ? 5 : 2, i));
    const { train, relevant } = splitByTime(ratings, 0.2, 4, 10);
    expect(train.get(1)?.map((x) => x.itemId)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(relevant.get(1)).toEqual(new Set([9]));
  });
});

describe('recommenders', () => {
  const train = new Map([
    [1, [r(1, 10, 5, 0), r(1, 11, 5, 0), r(1, 12, 1, 0)]],
    [2, [r(2, 10, 5, 0), r(2, 11, 5, 0), r(2, 13, 5, 0), r(2, 12, 1, 0)]],
    [3, [r(3, 14, 5, 0), r(3, 15, 5, 0), r(3, 12, 5, 0), r(3, 10, 1, 0)]],
  ]);

  it('popularity never recommends what the user rated', () => {
    expect(popularityRecommender(train)(1, 5)).not.toEqual(expect.arrayContaining([10, 11, 12]));
  });

  it('user-kNN recommends what like-minded users liked', () => {
    expect(userKnnRecommender(train)(1, 1)).toEqual([13]);
  });
});
