import { FakeTmdb, GODFATHER } from './support/fake-tmdb.js';
import { Api, type ApiResponse } from './support/http.js';
import { PASSWORD, uniqueEmail } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { DATE, DETAILS, expectProblem, NUMBER, nullOr, STRING, STREAMIFY_MOVIE, startWithTmdbMovies } from './support/seed-contract.js';
import { Platform } from './support/platform.js';

/**
 * Seed 001 (Netflix clone backend contracts) walked top to bottom with its own /api paths, request
 * shapes and TMDb-shaped answers: TMDb ids in paths, `genre_ids`, `trailer_url` as a YouTube embed,
 * and its error statuses (401, 404) as problem+json. Movies come from a local fake TMDb.
 */
const platform = new Platform();
const mailbox = new Mailbox();
const TMDB_KEY = 'e2e-tmdb-key';
const tmdb = new FakeTmdb({ apiKey: TMDB_KEY });
const seed = new Api((path) => `${platform.baseUrl}${path}`);
const v1 = new Api((path) => platform.url(path));
/** Seed 001's Movie Model, every field with its type (the union route answers seed 000's fields too). */
const MOVIE = {
  id: NUMBER, title: STRING, overview: STRING, poster_path: STRING, backdrop_path: STRING, release_date: STRING, vote_average: NUMBER, genre_ids: expect.any(Array), trailer_url: nullOr('string'),
  _id: STRING, tmdb_id: NUMBER, genres: expect.any(Array), runtime: nullOr('number'), type: 'movie', cached_at: DATE, expires_at: DATE, ...STREAMIFY_MOVIE,
};
const MATRIX = {
  ...GODFATHER, id: 603, imdb_id: 'tt0133093', title: 'The Matrix', original_title: 'The Matrix', popularity: 20.5,
  genres: [{ id: 28, name: 'Action' }, { id: 878, name: 'Science Fiction' }], videos: { results: [] },
};

interface Movie { id: number | null; _id: string; title: string; genre_ids: number[]; trailer_url: string | null; poster_path: string }
interface MoviePage { results: Movie[]; page: number; total_pages: number; total_results: number }

const user = { name: 'Netflix Watcher', email: uniqueEmail('netflix-001'), access: '' };

function expectMoviePage(response: ApiResponse<MoviePage>): Movie[] {
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ results: expect.any(Array), page: NUMBER, total_pages: NUMBER, total_results: NUMBER });
  for (const item of response.body.results) expect(item).toEqual(MOVIE);
  return response.body.results;
}

beforeAll(async () => {
  await startWithTmdbMovies(platform, tmdb, TMDB_KEY, { 238: GODFATHER, 603: MATRIX });
}, 300_000);

afterAll(async () => {
  await platform.stop();
  await tmdb.stop();
}, 60_000);

describe('seed 001 Authentication', () => {
  it('POST /api/auth/register takes name, email and password and answers the User Model without password_hash', async () => {
    const created = await seed.post<Record<string, unknown>>('/api/auth/register', { name: user.name, email: user.email, password: PASSWORD });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: STRING, email: user.email, name: user.name, avatar: null, watchlist: [], created_at: DATE });
    expect(created.body).not.toHaveProperty('password_hash');
    expectProblem(await seed.post('/api/auth/register', { name: user.name, email: user.email, password: PASSWORD }), 409);
  });

  it('POST /api/auth/login answers a bearer token once the e-mail is verified; a wrong password is 401', async () => {
    const token = await mailbox.linkToken(user.email, /Confirm your OnStream/);
    expect((await v1.post('/auth/email/verify', { token })).status).toBe(200);
    const login = await seed.post<{ access_token: string; token_type: string }>('/api/auth/login', { email: user.email, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ access_token: STRING, token_type: 'bearer' });
    user.access = login.body.access_token;
    expectProblem(await seed.post('/api/auth/login', { email: user.email, password: 'wrong password 1' }), 401);
  });

  it('GET /api/auth/me needs the token (401 without) and answers the User Model', async () => {
    expectProblem(await seed.get('/api/auth/me'), 401);
    const me = await seed.get<Record<string, unknown>>('/api/auth/me', user.access);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: STRING, email: user.email, name: user.name, avatar: null, watchlist: [], created_at: DATE });
  });

  it('PUT /api/auth/profile changes the name and the avatar; a bad avatar is 400', async () => {
    const updated = await seed.put<Record<string, unknown>>('/api/auth/profile', { name: 'Ada Watcher', avatar: 'avatar-3' }, user.access);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: STRING, email: user.email, name: 'Ada Watcher', avatar: 'avatar-3' });
    expect((await seed.get<{ name: string }>('/api/auth/me', user.access)).body.name).toBe('Ada Watcher');
    expectProblem(await seed.put('/api/auth/profile', { avatar: 'Not An Avatar!' }, user.access), 400);
    expectProblem(await seed.put('/api/auth/profile', { name: 'x' }), 401);
  });
});

describe('seed 001 Movies & TV Shows', () => {
  it('GET /api/movies/featured answers one movie for the hero section', async () => {
    const featured = await seed.get<Movie>('/api/movies/featured');
    expect(featured.status).toBe(200);
    expect(featured.body).toEqual(MOVIE);
  });

  it('GET /api/movies/popular and /api/movies/trending answer TMDb-shaped pages of movies', async () => {
    const popular = expectMoviePage(await seed.get<MoviePage>('/api/movies/popular'));
    expect(popular.map((movie) => movie.id)).toEqual([238, 603]);
    expect(expectMoviePage(await seed.get<MoviePage>('/api/movies/trending')).length).toBeGreaterThan(0);
    expectProblem(await seed.get('/api/movies/trending?window=month'), 400);
  });

  it('GET /api/movies/genre/{genre_id} lists a TMDb genre (28 = Action); an unknown genre id is 404', async () => {
    const action = expectMoviePage(await seed.get<MoviePage>('/api/movies/genre/28'));
    expect(action.map((movie) => movie.id)).toEqual([603]);
    expect(action[0]?.genre_ids).toEqual([28, 878]);
    expectProblem(await seed.get('/api/movies/genre/424242'), 404);
    expectProblem(await seed.get('/api/movies/genre/action'), 400);
  });

  it('GET /api/movies/search?q=&genre= searches, the genre as a TMDb id or a name', async () => {
    expect(expectMoviePage(await seed.get<MoviePage>('/api/movies/search?q=godfather')).map((movie) => movie.id)).toContain(238);
    expect(expectMoviePage(await seed.get<MoviePage>('/api/movies/search?q=godfather&genre=28'))).toEqual([]);
    expect(expectMoviePage(await seed.get<MoviePage>('/api/movies/search?q=godfather&genre=18')).map((movie) => movie.id)).toEqual([238]);
    expect(expectMoviePage(await seed.get<MoviePage>('/api/movies/search?q=godfather&genre=Drama')).map((movie) => movie.id)).toEqual([238]);
    expectProblem(await seed.get('/api/movies/search?q=godfather&genre=999999'), 400);
    expectProblem(await seed.get('/api/movies/search'), 400);
  });

  it('GET /api/movies/{movie_id} takes the TMDb id and answers TMDb’s Movie with trailer_url; unknown is 404', async () => {
    const godfather = await seed.get<Movie>('/api/movies/238');
    expect(godfather.status).toBe(200);
    expect(godfather.body).toEqual({ ...MOVIE, ...DETAILS, id: 238, tmdb_id: 238, title: 'The Godfather', poster_path: GODFATHER.poster_path, backdrop_path: GODFATHER.backdrop_path, genre_ids: [18, 80] });
    expect(godfather.body.trailer_url).toMatch(/^https:\/\/www\.youtube\.com\/embed\/[\w-]+$/);
    expectProblem(await seed.get('/api/movies/999999'), 404);
  });

  it('GET /api/movies/{movie_id}/trailer answers the YouTube embed URL from TMDb videos (null when there is none)', async () => {
    const trailer = await seed.get<Record<string, unknown>>('/api/movies/238/trailer');
    expect(trailer.status).toBe(200);
    const key = GODFATHER.videos.results.find((video) => video.site === 'YouTube' && video.type === 'Trailer')?.key;
    expect(trailer.body).toEqual({ id: 238, _id: STRING, trailer_url: `https://www.youtube.com/embed/${key}` });
    expect((await seed.get<Record<string, unknown>>('/api/movies/603/trailer')).body).toEqual({ id: 603, _id: STRING, trailer_url: null });
    expectProblem(await seed.get('/api/movies/999999/trailer'), 404);
    expectProblem(await seed.get('/api/movies/not-a-movie/trailer'), 400);
  });

  it('GET /api/genres answers TMDb’s genre list', async () => {
    const genres = await seed.get<{ genres: Array<{ id: number | null; name: string }> }>('/api/genres');
    expect(genres.status).toBe(200);
    expect(genres.body.genres).toEqual(expect.arrayContaining([{ id: 18, name: 'Drama' }, { id: 28, name: 'Action' }]));
  });
});

describe('seed 001 Watchlist', () => {
  it('POST /api/watchlist/{movie_id} adds by TMDb id; GET lists it; the user’s watchlist carries TMDb ids', async () => {
    expectProblem(await seed.post('/api/watchlist/238'), 401);
    const added = await seed.post<Record<string, unknown>>('/api/watchlist/238', undefined, user.access);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ movie_id: 238, _id: STRING, user_id: STRING, added_at: DATE });
    expectProblem(await seed.post('/api/watchlist/999999', undefined, user.access), 404);
    const listed = await seed.get<Record<string, unknown>>('/api/watchlist', user.access);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ watchlist: [238], items: [{ movie_id: 238, _id: added.body._id, user_id: added.body.user_id, added_at: DATE }], results: [{ ...MOVIE, id: 238 }], next_cursor: null });
    expect((await seed.get<{ watchlist: number[] }>('/api/auth/me', user.access)).body.watchlist).toEqual([238]);
  });

  it('DELETE /api/watchlist/{movie_id} removes it', async () => {
    expect((await seed.delete('/api/watchlist/238', user.access)).status).toBe(204);
    expect((await seed.get<{ watchlist: number[] }>('/api/watchlist', user.access)).body.watchlist).toEqual([]);
    expectProblem(await seed.delete('/api/watchlist/238'), 401);
  });

  it('POST /api/auth/logout ends the session: the token is refused afterwards', async () => {
    expect((await seed.post('/api/auth/logout', undefined, user.access)).status).toBe(204);
    expectProblem(await seed.get('/api/watchlist', user.access), 401);
  });
});
