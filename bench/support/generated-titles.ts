import { ObjectId } from 'mongodb';

const WORDS = ['Silver', 'River', 'Midnight', 'Lost', 'Kingdom', 'Shadow', 'Garden', 'Winter', 'Echo', 'Harbor', 'Crimson', 'Empire', 'Forest', 'Signal', 'Golden', 'Storm', 'Paper', 'Moon', 'Falcon', 'Ember'];
const GENRES = ['Drama', 'Comedy', 'Thriller', 'Action', 'Romance', 'Documentary', 'Horror', 'Crime', 'Animation', 'Family'];
const LEVELS = ['all', '7+', '13+', '16+', '18+'] as const;

/** A title document as the catalog stores it; deterministic, so runs compare. */
export function generatedTitle(index: number, now: Date): Record<string, unknown> {
  const word = (shift: number) => WORDS[(index * 7 + shift * 13) % WORDS.length];
  const title = `${word(0)} ${word(1)} ${word(2)} ${index}`;
  const year = 1950 + (index % 75);
  const rank = index % LEVELS.length;
  return {
    _id: new ObjectId(), type: 'movie', title, sortTitle: title.toLowerCase(), originalTitle: null, overview: null, tagline: null,
    releaseDate: new Date(Date.UTC(year, index % 12, 1 + (index % 28))), releaseYear: year, runtimeMinutes: 80 + (index % 60),
    genres: [GENRES[index % GENRES.length], GENRES[(index * 3 + 1) % GENRES.length]], originalLanguage: 'en', languages: ['en'], countries: ['US'],
    posterPath: null, backdropPath: null, voteAverage: (index % 100) / 10, voteCount: index % 5000, popularity: (index % 1000) / 10,
    certifications: [], certificationKeys: [], maturityLevel: LEVELS[rank], maturityRank: rank, cast: [], crew: [], keywords: [word(3).toLowerCase()],
    trailerYouTubeKey: null, externalIds: {}, featured: false, parentId: null, seasonNumber: null, episodeNumber: null, tags: [], createdAt: now, updatedAt: now,
  };
}
