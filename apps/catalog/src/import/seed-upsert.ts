import type { MaturityLevel } from '@onstream/common';
import type { Title } from '@onstream/common/schemas/title.schema.js';
import type { AnyBulkWriteOperation } from 'mongoose';
import { maturityRank } from '../titles/maturity.js';
import { sortTitleOf } from '../titles/sort-title.js';
import type { SeedTitle } from './movielens-title.js';

/**
 * MovieLens carries no certifications. Family films get a provisional 7+; everything else stays
 * unrated (18+) until staff or TMDb certify it, so kid profiles never see an unchecked title.
 */
export function provisionalMaturity(genres: string[]): MaturityLevel {
  return genres.includes('Family') ? '7+' : '18+';
}

/**
 * The idempotent upsert of one seed film, keyed by TMDb id when it has one (so a title that TMDb
 * or staff created first is enriched, not duplicated), else by MovieLens id. Only fields the seed
 * knows are set; maturity and everything else are written only when the title is new.
 */
export function seedUpsert(seed: SeedTitle): AnyBulkWriteOperation<Title> {
  const filter = seed.tmdbId !== undefined ? { 'externalIds.tmdb': seed.tmdbId } : { 'externalIds.movieLens': seed.movieLensId };
  const maturityLevel = provisionalMaturity(seed.genres);
  return {
    updateOne: {
      filter,
      update: {
        $set: {
          title: seed.title,
          sortTitle: sortTitleOf(seed.title),
          originalTitle: seed.originalTitle,
          releaseYear: seed.releaseYear,
          genres: seed.genres,
          voteAverage: seed.voteAverage,
          voteCount: seed.voteCount,
          // Rating count stands in for popularity until TMDb or analytics provide one.
          popularity: seed.voteCount,
          keywords: [...new Set([...seed.keywords, ...seed.aliases.map((alias) => alias.toLowerCase())])],
          'externalIds.movieLens': seed.movieLensId,
          ...(seed.tmdbId !== undefined && { 'externalIds.tmdb': seed.tmdbId }),
          ...(seed.imdbId !== undefined && { 'externalIds.imdb': seed.imdbId }),
        },
        $setOnInsert: { type: 'movie', maturityLevel, maturityRank: maturityRank(maturityLevel) },
      },
      upsert: true,
    },
  };
}
