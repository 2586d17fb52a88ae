import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers for one request; `hang` never answers (a timeout on the client side). */
export type FakeReply = { status: number; body: unknown; headers?: Record<string, string> } | 'hang';

export const TMDB_NOT_FOUND = { success: false, status_code: 34, status_message: 'The resource you requested could not be found.' };
export const TMDB_INVALID_KEY = { status_code: 7, status_message: 'Invalid API key: You must be granted a valid key.', success: false };
export const TMDB_RATE_LIMITED = { status_code: 25, status_message: 'Your request count (#) is over the allowed limit of (40).', success: false };
export const TMDB_INTERNAL = { status_code: 11, status_message: 'Internal error: Something went wrong, contact TMDb.', success: false };

/**
 * A local stand-in for api.themoviedb.org/3 with TMDb's documented response and error shapes.
 * Tests script replies per path (a queue, then a default), and read what was asked.
 */
export class FakeTmdb {
  readonly requests: Array<{ path: string; query: URLSearchParams; authorization: string | undefined }> = [];
  private readonly scripted = new Map<string, FakeReply[]>();
  private readonly defaults = new Map<string, FakeReply>();
  private server: Server | undefined;
  private readonly hanging: ServerResponse[] = [];
  inFlight = 0;
  maxInFlight = 0;

  constructor(private readonly credentials: { apiKey?: string; accessToken?: string }) {}

  /** Replies for a path: each request takes the next one; the last one stays as the default. */
  on(path: string, ...replies: FakeReply[]): this {
    const last = replies[replies.length - 1];
    if (last) this.defaults.set(path, last);
    this.scripted.set(path, replies.slice(0, -1));
    return this;
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/3`;
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://fake');
    const path = url.pathname.replace(/^\/3/, '');
    this.requests.push({ path, query: url.searchParams, authorization: request.headers.authorization });
    const authorised = (this.credentials.apiKey && url.searchParams.get('api_key') === this.credentials.apiKey) || (this.credentials.accessToken && request.headers.authorization === `Bearer ${this.credentials.accessToken}`);
    const reply: FakeReply = authorised ? (this.scripted.get(path)?.shift() ?? this.defaults.get(path) ?? { status: 404, body: TMDB_NOT_FOUND }) : { status: 401, body: TMDB_INVALID_KEY };
    if (reply === 'hang') {
      this.hanging.push(response);
      return;
    }
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    // Answer on the next turn so concurrent requests overlap measurably.
    setImmediate(() => {
      this.inFlight -= 1;
      response.writeHead(reply.status, { 'content-type': 'application/json;charset=utf-8', ...reply.headers });
      response.end(JSON.stringify(reply.body));
    });
  }
}

/** `GET /movie/238` with credits, release_dates, keywords and videos appended, trimmed from TMDb's documented example. */
export const GODFATHER = {
  adult: false,
  backdrop_path: '/tmU7GeKVybMWFButWEGl2M4GeiP.jpg',
  genres: [{ id: 18, name: 'Drama' }, { id: 80, name: 'Crime' }],
  id: 238,
  imdb_id: 'tt0068646',
  original_language: 'en',
  original_title: 'The Godfather',
  overview: 'Spanning the years 1945 to 1955, a chronicle of the fictional Italian-American Corleone crime family.',
  popularity: 95.013,
  poster_path: '/3bhkrj58Vtu7enYsRolD1fZdja1.jpg',
  production_countries: [{ iso_3166_1: 'US', name: 'United States of America' }],
  release_date: '1972-03-14',
  runtime: 175,
  spoken_languages: [{ english_name: 'English', iso_639_1: 'en', name: 'English' }, { english_name: 'Italian', iso_639_1: 'it', name: 'Italiano' }],
  status: 'Released',
  tagline: 'An offer you can’t refuse.',
  title: 'The Godfather',
  video: false,
  vote_average: 8.7,
  vote_count: 20121,
  credits: {
    cast: [
      { adult: false, gender: 2, id: 1158, known_for_department: 'Acting', name: 'Al Pacino', original_name: 'Al Pacino', popularity: 40.1, profile_path: '/fMDFeVf0pjopTJbyRSLFwNDm8Wr.jpg', cast_id: 12, character: 'Michael Corleone', credit_id: '52fe422bc3a36847f8009357', order: 1 },
      { adult: false, gender: 2, id: 3084, known_for_department: 'Acting', name: 'Marlon Brando', original_name: 'Marlon Brando', popularity: 20.3, profile_path: '/fuTEPMsBtV1zE98ujPONbKiYDc2.jpg', cast_id: 5, character: 'Don Vito Corleone', credit_id: '52fe422bc3a36847f800933f', order: 0 },
    ],
    crew: [
      { adult: false, gender: 2, id: 1776, known_for_department: 'Directing', name: 'Francis Ford Coppola', original_name: 'Francis Ford Coppola', popularity: 10.2, profile_path: null, credit_id: '52fe422bc3a36847f80093c9', department: 'Directing', job: 'Director' },
      { adult: false, gender: 2, id: 3085, known_for_department: 'Sound', name: 'Nino Rota', original_name: 'Nino Rota', popularity: 3.1, profile_path: null, credit_id: '52fe422bc3a36847f80093d5', department: 'Sound', job: 'Original Music Composer' },
      { adult: false, gender: 1, id: 9999, known_for_department: 'Crew', name: 'Some Driver', original_name: 'Some Driver', popularity: 0.6, profile_path: null, credit_id: 'x', department: 'Crew', job: 'Driver' },
    ],
  },
  release_dates: {
    results: [
      { iso_3166_1: 'US', release_dates: [{ certification: '', iso_639_1: '', note: '', release_date: '1972-03-14T00:00:00.000Z', type: 1 }, { certification: 'R', iso_639_1: '', note: '', release_date: '1972-03-24T00:00:00.000Z', type: 3 }] },
      { iso_3166_1: 'DE', release_dates: [{ certification: '16', iso_639_1: '', note: '', release_date: '1972-08-24T00:00:00.000Z', type: 3 }] },
    ],
  },
  keywords: { keywords: [{ id: 131, name: 'italy' }, { id: 10391, name: 'mafia' }] },
  videos: {
    results: [
      { iso_639_1: 'en', iso_3166_1: 'US', name: 'Teaser', key: 'abcdefghijk', site: 'YouTube', size: 1080, type: 'Teaser', official: true, published_at: '2022-02-22T16:00:00.000Z', id: 'v1' },
      { iso_639_1: 'en', iso_3166_1: 'US', name: 'Official Trailer', key: 'UaVTIH8mujA', site: 'YouTube', size: 1080, type: 'Trailer', official: true, published_at: '2022-02-22T16:00:00.000Z', id: 'v2' },
    ],
  },
};
