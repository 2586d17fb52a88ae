import { Types } from 'mongoose';
import type { StoredTitle } from './title.mapper.js';

/** Test data: a stored movie with sensible defaults; override what a test is about. */
export function storedTitle(overrides: Partial<StoredTitle> = {}): StoredTitle {
  return {
    _id: new Types.ObjectId(),
    type: 'movie',
    title: 'Heat',
    sortTitle: 'heat',
    originalTitle: null,
    overview: null,
    tagline: null,
    releaseDate: null,
    releaseYear: 1995,
    runtimeMinutes: null,
    genres: ['Action', 'Crime'],
    tags: [],
    originalLanguage: 'en',
    languages: [],
    countries: [],
    posterPath: null,
    backdropPath: null,
    voteAverage: 7.9,
    voteCount: 100,
    popularity: 100,
    certifications: [],
    certificationKeys: [],
    maturityLevel: '18+',
    maturityRank: 4,
    cast: [],
    crew: [],
    keywords: [],
    trailerYouTubeKey: null,
    externalIds: {},
    featured: false,
    parentId: null,
    seasonNumber: null,
    episodeNumber: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-02T00:00:00Z'),
    ...overrides,
  };
}
