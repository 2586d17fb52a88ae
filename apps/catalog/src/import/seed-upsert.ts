import type { MaturityLevel } from '@onstream/common';
import type { Title } from '@onstream/common/schemas/title.schema.js';
import { Types } from 'mongoose';
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

/** Seed titles get an _id derived from their MovieLens id: "6d6c" ("ml") then the id in hex. */
export function seedTitleId(movieLensId: number): Types.ObjectId {
  return new Types.ObjectId(`6d6c${movieLensId.toString(16).padStart(20, '0')}`);
}

/** The seed's write of one film: fields it owns (always set) and fields only a new title gets. */
export interface SeedWrite {
  _id: Types.ObjectId;
  set: Partial<Title> & Record<string, unknown>;
  setOnInsert: Partial<Title>;
}

/**
 * The idempotent write of one seed film, keyed by its MovieLens id through a derived _id (an _id
 * match is the lookup FerretDB's SQLite backend answers from its primary key). Only fields the seed
 * knows are set on an existing title; maturity and everything else are written only when it is new.
 */
export function seedWrite(seed: SeedTitle): SeedWrite {
  const maturityLevel = provisionalMaturity(seed.genres);
  return {
    _id: seedTitleId(seed.movieLensId),
    set: {
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
    setOnInsert: { type: 'movie', maturityLevel, maturityRank: maturityRank(maturityLevel) },
  };
}
