import { createValidationPipe, DomainError, type TitleDetails, type TitlePage } from '@onstream/common';
import { toDevice, toPairCode } from '../axolotly/axolotly-devices.dto.js';
import { toReport } from '../axolotly/axolotly-reports.controller.js';
import { AxolotlyPolicyBody, toKidProfile, toPolicy, toServices } from '../axolotly/axolotly-family.dto.js';
import { toAxolotlyUser } from '../axolotly/axolotly.controller.js';
import { toWatchlistEntry } from '../netflix-clone/netflix-clone.dto.js';
import { fromSeedSort } from './seed-movie-query.js';
import { imagePath, isTmdbId, toSeedMovie, toSeedMovieDetails } from './seed-movie.dto.js';
import { genreNames, tmdbGenreId, tmdbGenreName } from './tmdb-genres.js';

const TITLE = {
  id: '665f1c2e9b1e8a0012345678', type: 'movie', title: 'The Godfather', releaseYear: 1972, genres: ['Drama', 'Crime', 'Made Up'], voteAverage: 8.7, voteCount: 10, popularity: 95,
  overview: 'A family.', releaseDate: '1972-03-14', runtimeMinutes: 175, updatedAt: '2026-12-01T00:00:00.000Z', trailerUrl: 'https://www.youtube.com/embed/UaVTIH8mujA',
  poster: { original: 'https://image.tmdb.org/t/p/original/3bhk.jpg' }, backdrop: { original: 'https://cdn.example.com/own/backdrop.jpg' }, externalIds: { tmdb: 238 },
} as unknown as TitleDetails;

describe('seed movie mapping (seeds 000, 001, 002)', () => {
  it('answers TMDb’s Movie fields: the TMDb id as id, image paths, TMDb genre ids of the genres TMDb has, the trailer embed URL', () => {
    expect(toSeedMovie(TITLE)).toMatchObject({
      _id: TITLE.id, id: 238, tmdb_id: 238, poster_path: '/3bhk.jpg', backdrop_path: 'https://cdn.example.com/own/backdrop.jpg', genres: ['Drama', 'Crime', 'Made Up'], genre_ids: [18, 80],
      trailer_url: 'https://www.youtube.com/embed/UaVTIH8mujA', runtime: 175, type: 'movie', cached_at: '2026-12-01T00:00:00.000Z', expires_at: '2026-12-02T00:00:00.000Z',
    });
  });

  it('answers id null for a title not from TMDb, and tv for a series', () => {
    expect(toSeedMovie({ ...TITLE, type: 'series', externalIds: {} } as TitleDetails)).toMatchObject({ id: null, tmdb_id: null, type: 'tv' });
    expect(imagePath(null)).toBeNull();
  });

  it('tells TMDb ids (digits) from our ids', () => {
    expect(isTmdbId('238')).toBe(true);
    expect(isTmdbId(TITLE.id)).toBe(false);
  });
});

describe('TMDb genre ids', () => {
  it('translates both ways', () => {
    expect(tmdbGenreId('Action')).toBe(28);
    expect(tmdbGenreName(878)).toBe('Science Fiction');
    expect(tmdbGenreId('Made Up')).toBeNull();
  });

  it('turns a genre filter’s TMDb ids into names and keeps names', () => {
    expect(genreNames(['28', 'Drama'])).toEqual(['Action', 'Drama']);
  });

  it('refuses an id TMDb does not have, naming genre', () => {
    expect(() => genreNames(['424242'])).toThrow(DomainError);
    try {
      genreNames(['424242']);
    } catch (error) {
      expect((error as DomainError).details).toEqual({ errors: [{ field: 'genre', message: 'TMDb has no genre 424242.' }] });
    }
  });
});

describe('watchlist entries (seeds 001 and 002)', () => {
  it('answer the TMDb id as movie_id beside our id and the account', () => {
    expect(toWatchlistEntry({ titleId: TITLE.id, addedAt: '2026-12-05T10:00:00.000Z' }, { id: 238 }, 'u1')).toEqual({ movie_id: 238, _id: TITLE.id, user_id: 'u1', added_at: '2026-12-05T10:00:00.000Z' });
  });
});

describe('seed 002 mapping', () => {
  it('answers its Movie fields beside TMDb’s', () => {
    expect(toSeedMovie({ ...TITLE, poster: { large: 'https://image.tmdb.org/t/p/w500/3bhk.jpg', original: 'https://image.tmdb.org/t/p/original/3bhk.jpg' }, originalLanguage: 'en', stream: null } as unknown as TitleDetails)).toMatchObject({
      description: 'A family.', release_year: 1972, genre: 'Drama, Crime, Made Up', rating: 8.7, poster_url: 'https://image.tmdb.org/t/p/w500/3bhk.jpg',
      banner_url: 'https://cdn.example.com/own/backdrop.jpg', video_url: null, duration: 175, language: 'en',
    });
  });

  it('adds actors and similar movies to the details', () => {
    const page = {
      ...TITLE, cast: [{ personId: 'p1', name: 'Marlon Brando', character: 'Vito', order: 0, profileUrl: null }],
      similar: [{ id: 't2', title: 'Heat', releaseYear: 1995, genres: [], voteAverage: 8, poster: null }],
    } as unknown as TitlePage;
    expect(toSeedMovieDetails(page)).toMatchObject({
      actors: [{ id: 'p1', name: 'Marlon Brando', character: 'Vito', profile_url: null }],
      similar: [{ _id: 't2', title: 'Heat', release_year: 1995, genre: null, rating: 8, poster_url: null }],
    });
  });

  it.each([
    ['rating_asc', undefined, { sort: 'rating', order: 'asc' }],
    ['title_desc', undefined, { sort: 'title', order: 'desc' }],
    ['year_desc', 'asc', { sort: 'releaseDate', order: 'desc' }],
    ['popularity', 'asc', { sort: 'popularity', order: 'asc' }],
    [undefined, undefined, { sort: 'popularity' }],
  ] as const)('maps sort %s (order %s) to v1’s %o', (sort, order, expected) => {
    expect(fromSeedSort(sort, order)).toEqual(expected);
  });
});

describe('seed 003 mapping', () => {
  const account = { id: 'u1', email: 'ada@example.com', displayName: 'Ada', username: null, role: 'viewer', emailVerified: false, createdAt: '2026-01-01T00:00:00.000Z' } as const;

  it('answers an account as a parent, an admin as admin', () => {
    expect(toAxolotlyUser(account)).toMatchObject({ id: 'u1', email: 'ada@example.com', role: 'parent', join_date: '2026-01-01T00:00:00.000Z' });
    expect(toAxolotlyUser({ ...account, role: 'admin' }).role).toBe('admin');
  });

  it('answers a kid profile with its maturity limit and whether it has a PIN, never the PIN', () => {
    const profile = { id: 'p1', name: 'Mia', avatar: null, language: 'en', kid: true, maturityLevel: '7+', hasPin: true, createdAt: '2026-01-02T00:00:00.000Z' } as const;
    expect(toKidProfile(profile)).toEqual({ id: 'p1', name: 'Mia', avatar: null, maturity_level: '7+', has_pin: true, created_at: '2026-01-02T00:00:00.000Z' });
  });

  it('answers a title rule as a policy of the kid profile', () => {
    expect(toPolicy('p1', { titleId: 't1', rule: 'deny', updatedAt: '2026-01-03T00:00:00.000Z' })).toEqual({ kid_profile_id: 'p1', title_id: 't1', policy: 'deny', updated_at: '2026-01-03T00:00:00.000Z' });
  });

  it('answers the household’s providers as the family’s services', () => {
    expect(toServices({ providerIds: [8, 337], country: 'DE', updatedAt: null })).toEqual({ service_ids: [8, 337], country: 'DE', updated_at: null });
  });

  it('answers pairing codes and paired devices in the document’s field names', () => {
    expect(toPairCode({ code: 'K7QM-X2PD', expiresAt: '2026-01-04T00:10:00.000Z' })).toEqual({ code: 'K7QM-X2PD', expires_at: '2026-01-04T00:10:00.000Z' });
    const device = { id: 'd1', deviceName: 'Kids TV', deviceType: 'tv', profileId: 'p1', pairedAt: '2026-01-04T00:00:00.000Z', lastSeenAt: '2026-01-05T00:00:00.000Z' } as const;
    expect(toDevice(device)).toEqual({ id: 'd1', name: 'Kids TV', device_type: 'tv', kid_profile_id: 'p1', paired_at: '2026-01-04T00:00:00.000Z', last_seen_at: '2026-01-05T00:00:00.000Z' });
  });

  it('takes a policy’s title as our id or a TMDb id, in a string or a JSON number, and refuses anything else', async () => {
    const validate = (title_id: unknown) => createValidationPipe().transform({ kid_profile_id: '665f1c2e9b1e8a0012345678', title_id, policy: 'allow' }, { type: 'body', metatype: AxolotlyPolicyBody });
    await expect(validate(238)).resolves.toMatchObject({ title_id: '238' });
    await expect(validate('665f1c2e9b1e8a0012345678')).resolves.toMatchObject({ title_id: '665f1c2e9b1e8a0012345678' });
    for (const hostile of [1.5, -3, 1e12, true, ['238'], { $gt: '' }, '']) await expect(validate(hostile)).rejects.toThrow();
  });

  it('answers a content report in snake_case, the reporter as reporter_id', () => {
    const report = {
      id: 'r1', targetType: 'title', targetId: 't1', reason: 'other', details: null, reporterUserId: 'u1', status: 'resolved', action: 'dismiss', note: 'ok', resolvedBy: 'u2',
      createdAt: '2026-01-06T00:00:00.000Z', resolvedAt: '2026-01-07T00:00:00.000Z',
    } as const;
    expect(toReport(report)).toEqual({
      id: 'r1', target_type: 'title', target_id: 't1', reason: 'other', details: null, reporter_id: 'u1', status: 'resolved', action: 'dismiss', note: 'ok', resolved_by: 'u2',
      created_at: '2026-01-06T00:00:00.000Z', resolved_at: '2026-01-07T00:00:00.000Z',
    });
  });
});
