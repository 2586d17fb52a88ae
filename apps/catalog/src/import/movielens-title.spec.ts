import { frontArticle, mapGenres, parseMovieLensTitle, toVoteAverage } from './movielens-title.js';
import { provisionalMaturity, seedTitleId, seedWrite } from './seed-upsert.js';

describe('parseMovieLensTitle', () => {
  it('splits off the year', () => {
    expect(parseMovieLensTitle('Toy Story (1995)')).toEqual({ title: 'Toy Story', originalTitle: null, aliases: [], releaseYear: 1995 });
  });

  it('moves a trailing article to the front', () => {
    expect(parseMovieLensTitle('Usual Suspects, The (1995)').title).toBe('The Usual Suspects');
  });

  it('reads the original title in parentheses, with its own article', () => {
    expect(parseMovieLensTitle('City of Lost Children, The (Cité des enfants perdus, La) (1995)')).toMatchObject({
      title: 'The City of Lost Children',
      originalTitle: 'La Cité des enfants perdus',
    });
  });

  it('keeps "a.k.a." names as aliases, not as the original title', () => {
    expect(parseMovieLensTitle('Seven (a.k.a. Se7en) (1995)')).toEqual({ title: 'Seven', originalTitle: null, aliases: ['Se7en'], releaseYear: 1995 });
  });

  it('copes with a title without a year', () => {
    expect(parseMovieLensTitle('Babylon 5')).toMatchObject({ title: 'Babylon 5', releaseYear: null });
  });

  it("joins an elided article without a space", () => {
    expect(frontArticle("Homme du train, L'")).toBe("L'Homme du train");
  });
});

describe('mapGenres', () => {
  it('uses TMDb genre names and drops formats and placeholders', () => {
    expect(mapGenres('Adventure|Children|Sci-Fi|IMAX')).toEqual(['Adventure', 'Family', 'Science Fiction']);
    expect(mapGenres('(no genres listed)')).toEqual([]);
  });
});

describe('toVoteAverage', () => {
  it('puts the mean of 0.5–5 stars on a 0–10 scale with one decimal', () => {
    expect(toVoteAverage(4 + 3.5 + 5, 3)).toBe(8.3);
    expect(toVoteAverage(0, 0)).toBe(0);
  });
});

describe('seedWrite', () => {
  const seed = { movieLensId: 858, tmdbId: 238, imdbId: 'tt0068646', title: 'The Godfather', originalTitle: null, aliases: [], releaseYear: 1972, genres: ['Crime', 'Drama'], voteAverage: 8.9, voteCount: 192, keywords: ['mafia'] };

  it('keys the write by an _id derived from the MovieLens id, so re-running it changes nothing', () => {
    expect(seedWrite(seed)._id.toHexString()).toBe(seedTitleId(858).toHexString());
    expect(seedWrite(seed)).toEqual(seedWrite(seed));
  });

  it('sets popularity from the rating count and ids under externalIds', () => {
    expect(seedWrite(seed).set).toMatchObject({ popularity: 192, voteCount: 192, 'externalIds.tmdb': 238, 'externalIds.movieLens': 858, sortTitle: 'godfather' });
  });

  it('writes maturity only when the title is new, so a staff rating survives a re-import', () => {
    expect(seedWrite(seed).set).not.toHaveProperty('maturityLevel');
    expect(seedWrite(seed).setOnInsert).toEqual({ type: 'movie', maturityLevel: '18+', maturityRank: 4 });
  });

  it('gives family films a provisional 7+', () => {
    expect(provisionalMaturity(['Animation', 'Family'])).toBe('7+');
  });
});
