import { join } from 'node:path';
import { Api, type ApiResponse } from './support/http.js';
import { PASSWORD, uniqueEmail } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { DATE, DETAILS, expectProblem, NUMBER, nullOr, STRING, STREAMIFY_MOVIE } from './support/seed-contract.js';
import { Platform, ROOT } from './support/platform.js';
import { waitFor } from './support/processes.js';

/**
 * Seed 000 (OnStream backend API contracts) walked top to bottom with its own /api paths and field
 * names, checking every field of its Movie Cache, Stream Source and User models that a route answers.
 */
const platform = new Platform();
const mailbox = new Mailbox();
const seed = new Api((path) => `${platform.baseUrl}${path}`);
const v1 = new Api((path) => platform.url(path));
const NULLABLE_STRING = nullOr('string');
const NULLABLE_NUMBER = nullOr('number');
const MOVIE = {
  _id: STRING, id: NULLABLE_NUMBER, tmdb_id: NULLABLE_NUMBER, genre_ids: expect.any(Array), trailer_url: NULLABLE_STRING, title: STRING, overview: NULLABLE_STRING, poster_path: NULLABLE_STRING, backdrop_path: NULLABLE_STRING,
  release_date: NULLABLE_STRING, genres: expect.any(Array), vote_average: NUMBER, runtime: NULLABLE_NUMBER, type: expect.stringMatching(/^(movie|tv)$/),
  cached_at: DATE, expires_at: DATE, ...STREAMIFY_MOVIE,
};

interface Movie { _id: string; tmdb_id: number | null; genres: string[]; title: string; cached_at: string; expires_at: string }
interface MoviePage { results: Movie[]; page: number; total_pages: number; total_results: number }

let admin: MintedUser;
const user = { username: 'seed-zero', email: uniqueEmail('onstream-000'), id: '', access: '', refresh: '' };
let movie: Movie;

function expectMoviePage(response: ApiResponse<MoviePage>): void {
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ results: expect.any(Array), page: NUMBER, total_pages: NUMBER, total_results: NUMBER });
  for (const item of response.body.results) expect(item).toEqual(MOVIE);
}

beforeAll(async () => {
  await platform.start({
    env: { CATALOG_SEED_ON_START: 'true', CATALOG_SEED_DIR: join(ROOT, '../shared/datasets/movielens-small'), CATALOG_SEED_LIMIT: '60' },
  });
  admin = new MediaTokens(platform.env.JWT_SECRET ?? '').user('admin');
  await waitFor('seed catalog imported', async () => {
    const { body } = await v1.get<{ status: string }>('/admin/catalog/import', admin.token);
    return body.status === 'done' ? true : undefined;
  }, 120_000, 500);
}, 370_000);

afterAll(() => platform.stop(), 60_000);

describe('seed 000 Movies & TV Shows', () => {
  it('GET /api/movies lists movies as the Movie Cache Model, paginated', async () => {
    const page = await seed.get<MoviePage>('/api/movies?page=1&limit=5');
    expectMoviePage(page);
    expect(page.body.results.length).toBe(5);
    expect(page.body.total_results).toBeGreaterThanOrEqual(5);
    movie = page.body.results[0] as Movie;
    // The metadata cache lasts 24 hours (the document's cache strategy).
    expect(Date.parse(movie.expires_at) - Date.parse(movie.cached_at)).toBe(24 * 3600 * 1000);
    expectProblem(await seed.get('/api/movies?limit=0'), 400);
  });

  it('GET /api/movies/{id} answers one movie; an unknown id is a problem+json 404, a malformed one 400', async () => {
    const one = await seed.get<Movie>(`/api/movies/${movie._id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ ...MOVIE, ...DETAILS, _id: movie._id, title: movie.title });
    expectProblem(await seed.get('/api/movies/665f1c2e9b1e8a0012345678'), 404);
    expectProblem(await seed.get('/api/movies/not-an-id'), 400);
  });

  it('GET /api/movies/{id} takes a TMDb id too (seed 001 shares the path), through v1’s GET /titles/tmdb/{tmdbId}', async () => {
    expect(movie.tmdb_id).toEqual(NUMBER);
    const byTmdb = await seed.get<Movie>(`/api/movies/${movie.tmdb_id}`);
    expect(byTmdb.status).toBe(200);
    expect(byTmdb.body).toEqual({ ...MOVIE, ...DETAILS, _id: movie._id, id: movie.tmdb_id, tmdb_id: movie.tmdb_id });
    const v1Title = await v1.get<{ id: string }>(`/titles/tmdb/${movie.tmdb_id}`);
    expect(v1Title.status).toBe(200);
    expect(v1Title.body.id).toBe(movie._id);
    expectProblem(await v1.get('/titles/tmdb/999999999'), 404);
    const trailer = await v1.get<Record<string, unknown>>(`/titles/${movie._id}/trailer`);
    expect(trailer.status).toBe(200);
    expect(trailer.body).toEqual({ trailerUrl: NULLABLE_STRING });
  });

  it('GET /api/movies/{id}/stream answers the Stream Source Model (our HLS and licensed providers only)', async () => {
    const streams = await seed.get<{ sources: Array<Record<string, unknown>>; cached_at: string; expires_at: string }>(`/api/movies/${movie._id}/stream`);
    expect(streams.status).toBe(200);
    expect(streams.body).toEqual({ _id: movie._id, tmdb_id: NULLABLE_NUMBER, sources: expect.any(Array), cached_at: DATE, expires_at: DATE });
    for (const source of streams.body.sources) expect(source).toEqual({ url: STRING, quality: STRING, server: STRING, type: STRING });
    expect(Date.parse(streams.body.expires_at) - Date.parse(streams.body.cached_at)).toBe(3600 * 1000);
  });

  it('GET /api/search finds movies by title and filters by genre', async () => {
    const word = movie.title.split(/\s+/).find((part) => part.length > 3) ?? movie.title;
    const found = await seed.get<MoviePage>(`/api/search?q=${encodeURIComponent(word)}`);
    expectMoviePage(found);
    expect(found.body.results.map((item) => item._id)).toContain(movie._id);
    const genre = movie.genres[0];
    if (genre) {
      const filtered = await seed.get<MoviePage>(`/api/search?q=${encodeURIComponent(word)}&genre=${encodeURIComponent(genre)}`);
      expectMoviePage(filtered);
      for (const item of filtered.body.results) expect(item.genres).toContain(genre);
    }
    expectProblem(await seed.get('/api/search'), 400);
  });

  it('GET /api/trending and GET /api/genres', async () => {
    const trending = await seed.get<MoviePage>('/api/trending');
    expectMoviePage(trending);
    expect(trending.body.results.length).toBeGreaterThan(0);
    // TMDb's shape, which serves seed 001 too: {genres: [{id, name}]}.
    const genres = await seed.get<{ genres: Array<{ id: number | null; name: string }> }>('/api/genres');
    expect(genres.status).toBe(200);
    expect(genres.body.genres.length).toBeGreaterThan(0);
    for (const genre of genres.body.genres) expect(genre).toEqual({ id: NULLABLE_NUMBER, name: STRING });
    expect(genres.body.genres).toContainEqual({ id: 18, name: 'Drama' });
  });
});

describe('seed 000 User Management', () => {
  it('POST /api/auth/register takes username, email and password and answers the User Model', async () => {
    const created = await seed.post<Record<string, unknown>>('/api/auth/register', { username: user.username, email: user.email, password: PASSWORD });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      _id: STRING, id: STRING, username: user.username, name: user.username, email: user.email, avatar: null, is_admin: false, created_at: DATE, join_date: DATE, last_login: null,
      favorites: [], watchlist: [], watch_history: [],
    });
    expect(created.body).not.toHaveProperty('password_hash');
    user.id = created.body._id as string;
    expectProblem(await seed.post('/api/auth/register', { username: 'again', email: user.email, password: PASSWORD }), 409);
    const missing = await seed.post<{ errors: Array<{ field: string }> }>('/api/auth/register', { email: uniqueEmail(), password: PASSWORD });
    expectProblem(missing, 400);
    expect(missing.body.errors.map((error) => error.field)).toContain('username');
  });

  it('POST /api/auth/login answers access_token and token_type once the e-mail is verified', async () => {
    expectProblem(await seed.post('/api/auth/login', { email: user.email, password: PASSWORD }), 403);
    const token = await mailbox.linkToken(user.email, /Confirm your OnStream/);
    expect((await v1.post('/auth/email/verify', { token })).status).toBe(200);
    const login = await seed.post<Record<string, unknown>>('/api/auth/login', { email: user.email, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toEqual({ access_token: STRING, token_type: 'bearer', expires_in: NUMBER, refresh_token: STRING });
    user.access = login.body.access_token as string;
    user.refresh = login.body.refresh_token as string;
    expectProblem(await seed.post('/api/auth/login', { email: user.email, password: 'wrong password 1' }), 401);
  });

  it('a second login lands on the same main profile (the one the first created)', async () => {
    const again = await seed.post<{ access_token: string }>('/api/auth/login', { email: user.email, password: PASSWORD });
    const profiles = await v1.get<{ items: Array<{ id: string; kid: boolean }> }>('/me/profiles', again.body.access_token);
    expect(profiles.body.items.filter((profile) => !profile.kid)).toHaveLength(1);
  });

  it('POST /api/auth/refresh rotates the refresh token; the used one is refused', async () => {
    const refreshed = await seed.post<Record<string, unknown>>('/api/auth/refresh', { refresh_token: user.refresh });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ access_token: STRING, token_type: 'bearer', expires_in: NUMBER, refresh_token: STRING });
    expectProblem(await seed.post('/api/auth/refresh', { refresh_token: user.refresh }), 401);
    const login = await seed.post<{ access_token: string; refresh_token: string }>('/api/auth/login', { email: user.email, password: PASSWORD });
    user.access = login.body.access_token;
    user.refresh = login.body.refresh_token;
  });
});

describe('seed 000 User Features (JWT protected)', () => {
  it('favorites: POST adds, GET lists the ids with their movies, DELETE removes', async () => {
    expectProblem(await seed.post('/api/favorites', { movie_id: movie._id }), 401);
    const added = await seed.post<Record<string, unknown>>('/api/favorites', { movie_id: movie._id }, user.access);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ movie_id: movie._id, added_at: DATE });
    expectProblem(await seed.post('/api/favorites', { movie_id: 'nope' }, user.access), 400);
    const listed = await seed.get<{ favorites: string[]; movies: unknown[]; next_cursor: string | null }>('/api/favorites', user.access);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ favorites: [movie._id], movies: [{ ...MOVIE, _id: movie._id }], next_cursor: null });
    expect((await seed.delete(`/api/favorites/${movie._id}`, user.access)).status).toBe(204);
    expect((await seed.get<{ favorites: string[] }>('/api/favorites', user.access)).body.favorites).toEqual([]);
    await seed.post('/api/favorites', { movie_id: movie._id }, user.access);
  });

  it('watch-history: POST records progress, GET lists entries, DELETE removes one', async () => {
    const recorded = await seed.post<Record<string, unknown>>('/api/watch-history', { movie_id: movie._id, progress: 600, duration: 5400 }, user.access);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toEqual({ movie_id: movie._id, watched_at: DATE, progress: 600 });
    expectProblem(await seed.post('/api/watch-history', { movie_id: movie._id, progress: -1, duration: 5400 }, user.access), 400);
    const history = await seed.get<{ watch_history: unknown[]; next_cursor: string | null }>('/api/watch-history', user.access);
    expect(history.status).toBe(200);
    expect(history.body).toEqual({ watch_history: [{ movie_id: movie._id, watched_at: DATE, progress: 600 }], next_cursor: null });
  });

  it('GET /api/auth/me answers the User Model with favorites and watch history', async () => {
    const me = await seed.get<Record<string, unknown>>('/api/auth/me', user.access);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      _id: user.id, id: user.id, username: user.username, name: user.username, email: user.email, avatar: null, is_admin: false, created_at: DATE, join_date: DATE, last_login: DATE,
      favorites: [movie._id], watchlist: [], watch_history: [{ movie_id: movie._id, watched_at: DATE, progress: 600 }],
    });
    expectProblem(await seed.get('/api/auth/me'), 401);
  });

  it('DELETE /api/watch-history/{id} empties the history', async () => {
    expect((await seed.delete(`/api/watch-history/${movie._id}`, user.access)).status).toBe(204);
    expect((await seed.get<{ watch_history: unknown[] }>('/api/watch-history', user.access)).body.watch_history).toEqual([]);
  });
});

describe('seed 000 Admin Features (admin JWT)', () => {
  it('GET /api/admin/stats answers v1’s statistics to an admin only', async () => {
    const stats = await seed.get<Record<string, unknown>>('/api/admin/stats', admin.token);
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ eventsPerMinute: NUMBER, usersSeen: NUMBER });
    expectProblem(await seed.get('/api/admin/stats', user.access), 403);
  });

  it('GET /api/admin/users lists users in the seed’s field names', async () => {
    const users = await seed.get<{ users: Array<Record<string, unknown>> }>(`/api/admin/users?email=${encodeURIComponent(user.email)}`, admin.token);
    expect(users.status).toBe(200);
    expect(users.body).toEqual({ users: [{ _id: user.id, username: user.username, email: user.email, is_admin: false, is_disabled: false, created_at: DATE }], page: 1, total_pages: 1, total_results: 1 });
    expectProblem(await seed.get('/api/admin/users', user.access), 403);
  });

  it('POST /api/admin/cache/clear clears the catalog cache for staff', async () => {
    const cleared = await seed.post<Record<string, unknown>>('/api/admin/cache/clear', undefined, admin.token);
    expect(cleared.status).toBe(200);
    expect(cleared.body).toEqual({ cleared: true });
    expectProblem(await seed.post('/api/admin/cache/clear', undefined, user.access), 403);
  });
});

