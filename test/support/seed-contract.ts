import { expect } from '@jest/globals';
import { FakeTmdb, TMDB_CONFIGURATION } from './fake-tmdb.js';
import { call, type ApiResponse } from './http.js';
import type { Platform } from './platform.js';
import { waitFor } from './processes.js';
import { TestTokens } from './tokens.js';

/** Matchers for the seed documents' field types, shared by the compat e2e files. */
export const STRING = expect.any(String);
export const NUMBER = expect.any(Number);
export const DATE = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);

/** A document's nullable field: null, or a value of the type. */
export const nullOr = (type: string) => ({ asymmetricMatch: (value: unknown) => value === null || typeof value === type, toAsymmetricMatcher: () => `null or ${type}` });

/** Our errors stay RFC 9457 problem+json with the status the document lists. */
export function expectProblem(response: ApiResponse, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code: STRING, requestId: STRING, detail: STRING });
}

/** Seed 002's Movie fields, which every movie on the shared /api routes carries too. */
export const STREAMIFY_MOVIE = {
  description: nullOr('string'), release_year: nullOr('number'), genre: nullOr('string'), rating: NUMBER, poster_url: nullOr('string'), banner_url: nullOr('string'),
  video_url: nullOr('string'), duration: nullOr('number'), language: nullOr('string'),
};
/** What a movie's details add (seed 002): actors and similar movies. */
export const DETAILS = { actors: expect.any(Array), similar: expect.any(Array) };

/** A fake TMDb with these movies (by TMDb id), the platform on it, and the movies imported by an admin; answers the test's token minter. */
export async function startWithTmdbMovies(platform: Platform, tmdb: FakeTmdb, apiKey: string, movies: Record<number, unknown>, env: Record<string, string> = {}): Promise<TestTokens> {
  tmdb.on('/configuration', { status: 200, body: TMDB_CONFIGURATION });
  for (const [id, body] of Object.entries(movies)) tmdb.on(`/movie/${id}`, { status: 200, body });
  const tmdbBase = await tmdb.start();
  await platform.start({ env: { CATALOG_SEED_DIR: '', TMDB_API_BASE: tmdbBase, TMDB_API_KEY: apiKey, TMDB_RETRIES: '1', ...env } });
  const tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  const admin = tokens.sign({ role: 'admin' });
  for (const id of Object.keys(movies)) {
    const imported = await call(platform.url(`/admin/catalog/tmdb/movies/${id}`), { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(imported.status).toBe(200);
  }
  await genreCountsOf(platform, Object.values(movies));
  return tokens;
}

/** Genre counts follow title writes a moment later (GENRE_RECOUNT_DELAY_MS): waits until they count these movies. */
async function genreCountsOf(platform: Platform, movies: unknown[]): Promise<void> {
  const expected = new Map<string, number>();
  for (const movie of movies as Array<{ genres?: Array<{ name: string }> }>) {
    for (const { name } of movie.genres ?? []) expected.set(name, (expected.get(name) ?? 0) + 1);
  }
  await waitFor('genre counts of the imported movies', async () => {
    const listed = await call<{ items: Array<{ name: string; titleCount: number }> }>(platform.url('/genres'));
    const counts = new Map(listed.body.items.map((genre) => [genre.name, genre.titleCount]));
    return [...expected].every(([name, count]) => counts.get(name) === count) ? true : undefined;
  }, 30_000, 250);
}
