import { FakeTmdb, GODFATHER } from './support/fake-tmdb.js';
import { Api, type ApiResponse } from './support/http.js';
import { PASSWORD, uniqueEmail } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { DATE, DETAILS, expectProblem, NUMBER, nullOr, STREAMIFY_MOVIE, STRING, startWithTmdbMovies } from './support/seed-contract.js';

/**
 * Seed 002 (Streamify backend, base /api) walked top to bottom with its own paths and bodies:
 * username accounts, its sort keys, actors and similar movies in details, the watchlist by
 * integer movie id, recommendations; errors 400/401/404 as problem+json. Movies from a local fake TMDb.
 */
const platform = new Platform();
const mailbox = new Mailbox();
const TMDB_KEY = 'e2e-tmdb-key';
const tmdb = new FakeTmdb({ apiKey: TMDB_KEY });
const api = new Api((path) => `${platform.baseUrl}/api${path}`);
const v1 = new Api((path) => platform.url(path));
/** Seed 002's Movie: id, title, description, release_year, genre, rating, poster_url, banner_url, video_url, duration, language. */
const MOVIE = { ...STREAMIFY_MOVIE, id: NUMBER, title: STRING, _id: STRING };
const MATRIX = { ...GODFATHER, id: 603, imdb_id: 'tt0133093', title: 'The Matrix', original_title: 'The Matrix', release_date: '1999-03-30', vote_average: 8.2, popularity: 40 };
const PULP_FICTION = { ...GODFATHER, id: 680, imdb_id: 'tt0110912', title: 'Pulp Fiction', original_title: 'Pulp Fiction', release_date: '1994-09-10', vote_average: 8.5, popularity: 30 };

interface Movie { id: number; title: string; release_year: number; rating: number }
interface MoviePage { results: Movie[]; page: number; total_pages: number; total_results: number }

const user = { username: `stream_${Date.now().toString(36)}`, email: uniqueEmail('streamify-002'), access: '' };

async function movies(query: string): Promise<Movie[]> {
  const page: ApiResponse<MoviePage> = await api.get<MoviePage>(`/movies${query}`);
  expect(page.status).toBe(200);
  expect(page.body).toEqual({ results: expect.any(Array), page: NUMBER, total_pages: NUMBER, total_results: NUMBER });
  for (const movie of page.body.results) expect(movie).toMatchObject(MOVIE);
  return page.body.results;
}

beforeAll(async () => {
  await startWithTmdbMovies(platform, tmdb, TMDB_KEY, { 238: GODFATHER, 603: MATRIX, 680: PULP_FICTION });
}, 300_000);

afterAll(async () => {
  await platform.stop();
  await tmdb.stop();
}, 60_000);

describe('seed 002 User', () => {
  it('POST /register creates a username account: id, username, email, join_date, is_admin; a taken username is 409', async () => {
    const created = await api.post<Record<string, unknown>>('/register', { username: user.username, email: user.email, password: PASSWORD });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: STRING, username: user.username, email: user.email, join_date: DATE, is_admin: false });
    expect(created.body).not.toHaveProperty('password_hash');
    const taken = await api.post('/register', { username: user.username.toUpperCase(), email: uniqueEmail(), password: PASSWORD });
    expectProblem(taken, 409);
    expect(taken.body).toMatchObject({ code: 'USERS.USERNAME_TAKEN' });
    expectProblem(await api.post('/register', { username: 'no spaces allowed', email: uniqueEmail(), password: PASSWORD }), 400);
  });

  it('POST /login takes username and password (as the document’s example) and answers a bearer token; wrong is 401', async () => {
    const token = await mailbox.linkToken(user.email, /Confirm your OnStream/);
    expect((await v1.post('/auth/email/verify', { token })).status).toBe(200);
    const login = await api.post<Record<string, unknown>>('/login', { username: user.username, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toEqual({ access_token: STRING, token_type: 'bearer', expires_in: NUMBER, refresh_token: STRING });
    user.access = login.body.access_token as string;
    expectProblem(await api.post('/login', { username: user.username, password: 'wrong password 1' }), 401);
    expectProblem(await api.post('/login', { password: PASSWORD }), 400);
    // Seed 003 logs in at the same path by e-mail and reads {access_token, token_type}.
    const byEmail = await api.post<Record<string, unknown>>('/login', { email: user.email, password: PASSWORD });
    expect(byEmail.status).toBe(200);
    expect(byEmail.body).toMatchObject({ access_token: STRING, token_type: 'bearer' });
    // The same account signs in by username through v1 too.
    expect((await v1.post('/auth/login', { username: user.username, password: PASSWORD })).status).toBe(200);
  });

  it('GET /profile answers the user; without a token 401', async () => {
    expectProblem(await api.get('/profile'), 401);
    const profile = await api.get<Record<string, unknown>>('/profile', user.access);
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ id: STRING, username: user.username, email: user.email, join_date: DATE, is_admin: false, watchlist: [], favorites: [], watch_history: [] });
  });
});

describe('seed 002 Movies', () => {
  it('GET /movies pages movies and sorts by rating, title and year, either way', async () => {
    expect((await movies('?sort=rating_desc')).map((movie) => movie.id)).toEqual([238, 680, 603]);
    expect((await movies('?sort=rating_asc')).map((movie) => movie.id)).toEqual([603, 680, 238]);
    // v1's title order, which files "The Godfather" under G.
    const byTitle = (await movies('?sort=title_asc')).map((movie) => movie.title);
    expect(byTitle).toEqual(['The Godfather', 'The Matrix', 'Pulp Fiction']);
    expect(byTitle).toEqual((await v1.get<{ items: Array<{ title: string }> }>('/titles?sort=title&order=asc')).body.items.map((title) => title.title));
    expect((await movies('?sort=title_desc')).map((movie) => movie.title)).toEqual([...byTitle].reverse());
    expect((await movies('?sort=year_asc')).map((movie) => movie.release_year)).toEqual([1972, 1994, 1999]);
    expect((await movies('?sort=year_desc&page=1')).map((movie) => movie.release_year)).toEqual([1999, 1994, 1972]);
    expect((await movies('?genre=Drama&sort=rating_desc')).length).toBe(3);
    expectProblem(await api.get('/movies?sort=popularity_sideways'), 400);
  });

  it('GET /movies/<int:movie_id> answers the details with actors and similar movies; unknown 404, not an id 400', async () => {
    const details = await api.get<{ actors: Array<Record<string, unknown>>; similar: Array<Record<string, unknown>> }>('/movies/238');
    expect(details.status).toBe(200);
    expect(details.body).toMatchObject({ ...MOVIE, ...DETAILS, id: 238, title: 'The Godfather', release_year: 1972, rating: 8.7, genre: 'Drama, Crime', duration: NUMBER, language: 'en' });
    expect(details.body.actors.map((actor) => actor.name)).toEqual(expect.arrayContaining(['Marlon Brando', 'Al Pacino']));
    for (const actor of details.body.actors) expect(actor).toEqual({ id: STRING, name: STRING, character: STRING, profile_url: nullOr('string') });
    for (const similar of details.body.similar) expect(similar).toEqual({ _id: STRING, title: STRING, release_year: nullOr('number'), genre: nullOr('string'), rating: NUMBER, poster_url: nullOr('string') });
    expectProblem(await api.get('/movies/999999'), 404);
    expectProblem(await api.get('/movies/one-two-three'), 400);
  });

  it('GET /search?q= finds matching movies', async () => {
    const found = await api.get<MoviePage>('/search?q=matrix');
    expect(found.status).toBe(200);
    expect(found.body.results.map((movie) => movie.id)).toContain(603);
    for (const movie of found.body.results) expect(movie).toMatchObject(MOVIE);
    expectProblem(await api.get('/search'), 400);
  });
});

describe('seed 002 Watchlist and recommendations', () => {
  it('POST /watchlist/123 adds by integer id, GET /watchlist lists it, DELETE removes it', async () => {
    expectProblem(await api.post('/watchlist/603'), 401);
    const added = await api.post<Record<string, unknown>>('/watchlist/603', undefined, user.access);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ movie_id: 603, _id: STRING, user_id: STRING, added_at: DATE });
    const listed = await api.get<{ items: unknown[]; results: unknown[] }>('/watchlist', user.access);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([{ movie_id: 603, _id: added.body._id, user_id: added.body.user_id, added_at: DATE }]);
    expect(listed.body.results).toEqual([expect.objectContaining({ ...MOVIE, id: 603 })]);
    expect((await api.delete('/watchlist/603', user.access)).status).toBe(204);
    expect((await api.get<{ items: unknown[] }>('/watchlist', user.access)).body.items).toEqual([]);
  });

  it('GET /recommendations answers movies for the user; without a token 401', async () => {
    expectProblem(await api.get('/recommendations'), 401);
    const recommended = await api.get<MoviePage>('/recommendations', user.access);
    expect(recommended.status).toBe(200);
    expect(recommended.body.results.length).toBeGreaterThan(0);
    for (const movie of recommended.body.results) expect(movie).toMatchObject(MOVIE);
  });
});
