import { expect } from '@jest/globals';
import type { ApiResponse } from './http.js';

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
