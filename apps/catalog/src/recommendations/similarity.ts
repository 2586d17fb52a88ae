import type { StoredTitle } from '../titles/title.mapper.js';

/** What content-based similarity looks at. */
export interface SimilarityFeatures {
  genres: string[];
  keywords: string[];
  castIds: string[];
  crewIds: string[];
  popularity: number;
}

/** A title's features: its genres and keywords, its top-billed cast, its directors and writers. */
export function featuresOf(title: StoredTitle): SimilarityFeatures {
  return {
    genres: title.genres,
    keywords: title.keywords ?? [],
    castIds: (title.cast ?? []).slice(0, 10).map((member) => member.personId.toHexString()),
    crewIds: (title.crew ?? []).filter((member) => member.job === 'Director' || member.job === 'Screenplay' || member.job === 'Writer').map((member) => member.personId.toHexString()),
    popularity: title.popularity,
  };
}

const WEIGHTS = { genres: 3, keywords: 2, cast: 2, crew: 1.5, popularity: 0.5 };

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Set(a);
  const shared = b.filter((item) => left.has(item)).length;
  return shared / (left.size + new Set(b).size - shared);
}

/**
 * How alike a candidate is to the seed title: weighted overlaps of genres, keywords, cast and crew,
 * plus a small popularity prior (relative to the most popular candidate) that breaks ties toward
 * titles people actually watch.
 */
export function similarityScore(seed: SimilarityFeatures, candidate: SimilarityFeatures, maxPopularity: number): number {
  const popularity = maxPopularity > 0 ? Math.log1p(candidate.popularity) / Math.log1p(maxPopularity) : 0;
  return (
    WEIGHTS.genres * jaccard(seed.genres, candidate.genres) +
    WEIGHTS.keywords * jaccard(seed.keywords, candidate.keywords) +
    WEIGHTS.cast * jaccard(seed.castIds, candidate.castIds) +
    WEIGHTS.crew * jaccard(seed.crewIds, candidate.crewIds) +
    WEIGHTS.popularity * popularity
  );
}

/** The `count` best candidates, best first; ties keep the candidates' order. */
export function rankBySimilarity<T>(seed: SimilarityFeatures, candidates: T[], features: (candidate: T) => SimilarityFeatures, count: number): T[] {
  const maxPopularity = Math.max(0, ...candidates.map((candidate) => features(candidate).popularity));
  return candidates
    .map((candidate, index) => ({ candidate, index, score: similarityScore(seed, features(candidate), maxPopularity) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.candidate);
}
