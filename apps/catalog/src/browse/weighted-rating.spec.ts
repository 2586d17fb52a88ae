import { catalogMeanRating, weightedRating } from './weighted-rating.js';

describe('weightedRating', () => {
  it('pulls a title with few votes toward the catalog mean and leaves a title with many near its own average', () => {
    expect(weightedRating({ voteAverage: 10, voteCount: 1 }, 25, 7)).toBeCloseTo((10 + 25 * 7) / 26, 10);
    expect(weightedRating({ voteAverage: 9, voteCount: 10_000 }, 25, 7)).toBeCloseTo(8.995, 3);
  });

  it('is the raw average when the minimum is 0, and null without votes', () => {
    expect(weightedRating({ voteAverage: 6.4, voteCount: 3 }, 0, 7)).toBeCloseTo(6.4, 10);
    expect(weightedRating({ voteAverage: 0, voteCount: 0 }, 25, 7)).toBeNull();
  });
});

describe('catalogMeanRating', () => {
  it('weights each average by its votes and skips unvoted titles', () => {
    expect(catalogMeanRating([{ voteAverage: 8, voteCount: 3 }, { voteAverage: 4, voteCount: 1 }, { voteAverage: 0, voteCount: 0 }])).toBe(7);
    expect(catalogMeanRating([])).toBe(0);
  });
});
