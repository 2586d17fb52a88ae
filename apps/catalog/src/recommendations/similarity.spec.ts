import { rankBySimilarity, similarityScore, type SimilarityFeatures } from './similarity.js';

const features = (overrides: Partial<SimilarityFeatures>): SimilarityFeatures => ({ genres: [], keywords: [], castIds: [], crewIds: [], popularity: 0, ...overrides });

describe('similarityScore', () => {
  const seed = features({ genres: ['Crime', 'Drama'], keywords: ['mafia'], castIds: ['pacino'], crewIds: ['coppola'] });

  it('scores shared genres, keywords, cast and crew above genres alone', () => {
    const sameWorld = features({ genres: ['Crime', 'Drama'], keywords: ['mafia'], castIds: ['pacino'], crewIds: ['coppola'] });
    const sameGenres = features({ genres: ['Crime', 'Drama'] });
    expect(similarityScore(seed, sameWorld, 0)).toBeGreaterThan(similarityScore(seed, sameGenres, 0));
  });

  it('scores nothing in common as zero when popularity is unknown', () => {
    expect(similarityScore(seed, features({ genres: ['Comedy'] }), 0)).toBe(0);
  });
});

describe('rankBySimilarity', () => {
  it('orders by score, breaks ties by popularity and keeps the top count', () => {
    const seed = features({ genres: ['Crime'] });
    const candidates = [
      { name: 'comedy', f: features({ genres: ['Comedy'], popularity: 1000 }) },
      { name: 'crime-obscure', f: features({ genres: ['Crime'], popularity: 1 }) },
      { name: 'crime-popular', f: features({ genres: ['Crime'], popularity: 500 }) },
    ];
    expect(rankBySimilarity(seed, candidates, (c) => c.f, 2).map((c) => c.name)).toEqual(['crime-popular', 'crime-obscure']);
  });
});
