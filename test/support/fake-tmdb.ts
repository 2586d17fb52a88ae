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

/** `GET /tv/1399` with credits, content_ratings, keywords, videos and external_ids appended, trimmed from TMDb's documented example (two seasons kept). */
export const GAME_OF_THRONES = {
  adult: false,
  backdrop_path: '/2OMB0ynKlyIenMJWI2Dy9IWT4c.jpg',
  created_by: [{ id: 9813, credit_id: '5256c8c219c2956ff604858a', name: 'David Benioff', original_name: 'David Benioff', gender: 2, profile_path: '/xvNN5huL0X8yJ7h3IZfGG4O2zBD.jpg' }],
  episode_run_time: [60],
  first_air_date: '2011-04-17',
  genres: [{ id: 10765, name: 'Sci-Fi & Fantasy' }, { id: 18, name: 'Drama' }, { id: 10759, name: 'Action & Adventure' }],
  homepage: 'http://www.hbo.com/game-of-thrones',
  id: 1399,
  in_production: false,
  languages: ['en'],
  last_air_date: '2019-05-19',
  name: 'Game of Thrones',
  number_of_episodes: 3,
  number_of_seasons: 2,
  origin_country: ['US'],
  original_language: 'en',
  original_name: 'Game of Thrones',
  overview: 'Seven noble families fight for control of the mythical land of Westeros.',
  popularity: 346.098,
  poster_path: '/1XS1oqL89opfnbLl8WnZY1O1uJx.jpg',
  seasons: [
    { air_date: '2011-04-17', episode_count: 2, id: 3624, name: 'Season 1', overview: 'Trouble is brewing in the Seven Kingdoms of Westeros.', poster_path: '/wgfKiqzuMrFIkU1M68DDDY8kGC1.jpg', season_number: 1, vote_average: 8.3 },
    { air_date: '2012-04-01', episode_count: 1, id: 3625, name: 'Season 2', overview: 'The cold winds of winter are rising in Westeros.', poster_path: '/9xfNkPwDOqyeUvfNhs1XlWA0esP.jpg', season_number: 2, vote_average: 8.2 },
  ],
  spoken_languages: [{ english_name: 'English', iso_639_1: 'en', name: 'English' }],
  status: 'Ended',
  tagline: 'Winter Is Coming',
  type: 'Scripted',
  vote_average: 8.4,
  vote_count: 21000,
  credits: {
    cast: [{ adult: false, gender: 2, id: 22970, known_for_department: 'Acting', name: 'Peter Dinklage', original_name: 'Peter Dinklage', popularity: 30.1, profile_path: '/9CAd7wr8QZyIN0E7nm8v1B6WkGn.jpg', character: 'Tyrion Lannister', credit_id: '5256c8b219c2956ff6047cd8', order: 0 }],
    crew: [],
  },
  content_ratings: { results: [{ descriptors: [], iso_3166_1: 'US', rating: 'TV-MA' }, { descriptors: [], iso_3166_1: 'DE', rating: '16' }] },
  keywords: { results: [{ name: 'dragon', id: 12554 }, { name: 'based on novel or book', id: 818 }] },
  videos: { results: [{ iso_639_1: 'en', iso_3166_1: 'US', name: 'Official Trailer', key: 'bjqEWgDVPe0', site: 'YouTube', size: 1080, type: 'Trailer', official: true, published_at: '2011-03-01T00:00:00.000Z', id: 'v3' }] },
  external_ids: { imdb_id: 'tt0944947', freebase_mid: '/m/0524b41', tvdb_id: 121361, tvrage_id: 24493, facebook_id: 'GameOfThrones', instagram_id: 'gameofthrones', twitter_id: 'GameOfThrones' },
};

const episode = (id: number, season: number, number: number, name: string, airDate: string) => ({
  air_date: airDate, episode_number: number, episode_type: 'standard', id, name, overview: `${name}.`, production_code: '', runtime: 62, season_number: season, show_id: 1399,
  still_path: '/wrGWeW4WKxnaeA8sxJb2T9O6ryo.jpg', vote_average: 7.9, vote_count: 300, crew: [], guest_stars: [],
});

/** `GET /tv/1399/season/{n}` for the two seasons above. */
export const GAME_OF_THRONES_SEASONS: Record<number, unknown> = {
  1: { _id: '5256c89f19c2956ff6046d47', air_date: '2011-04-17', name: 'Season 1', overview: 'Trouble is brewing in the Seven Kingdoms of Westeros.', id: 3624, poster_path: '/wgfKiqzuMrFIkU1M68DDDY8kGC1.jpg', season_number: 1, vote_average: 8.3,
    episodes: [episode(63056, 1, 1, 'Winter Is Coming', '2011-04-17'), episode(63057, 1, 2, 'The Kingsroad', '2011-04-24')] },
  2: { _id: '5256c8a019c2956ff6046e2b', air_date: '2012-04-01', name: 'Season 2', overview: 'The cold winds of winter are rising in Westeros.', id: 3625, poster_path: '/9xfNkPwDOqyeUvfNhs1XlWA0esP.jpg', season_number: 2, vote_average: 8.2,
    episodes: [episode(974430, 2, 1, 'The North Remembers', '2012-04-01')] },
};

const offer = (provider_id: number, provider_name: string, logo_path: string, display_priority: number) => ({ logo_path, provider_id, provider_name, display_priority });
export const NETFLIX = offer(8, 'Netflix', '/pbpMk2JmcoNnQwx5JGpXngfoWtp.jpg', 4);
export const WOW = offer(30, 'WOW', '/1WESsDgqbUAlOAaKB2Kc2lBvDcJ.jpg', 10);
export const DISNEY_PLUS = offer(337, 'Disney Plus', '/97yvRBw1GzX7fXprcF80er19ot.jpg', 1);
export const APPLE_TV = offer(2, 'Apple TV', '/9ghgSC0MA082EL6HLCW3GalykFD.jpg', 6);
export const AMAZON_VIDEO = offer(10, 'Amazon Video', '/5NyLm42TmCqCMOZFvH4fcoSNKEW.jpg', 12);

/** `GET /{movie|tv}/{id}/watch/providers` in TMDb's documented shape (data by JustWatch). */
export const watchProvidersOf = (id: number, results: Record<string, { link?: string; flatrate?: unknown[]; rent?: unknown[]; buy?: unknown[]; free?: unknown[]; ads?: unknown[] }>) => ({ id, results });

/** An item of TMDb's list endpoints (trending, popular) in the documented shape. */
export const listItem = (id: number, media_type: 'movie' | 'tv' | 'person', popularity: number, title = `Title ${id}`) =>
  media_type === 'tv'
    ? { adult: false, backdrop_path: null, id, name: title, original_name: title, overview: '', poster_path: null, media_type, original_language: 'en', genre_ids: [18], popularity, first_air_date: '2020-01-01', vote_average: 7.5, vote_count: 100, origin_country: ['US'] }
    : media_type === 'person'
      ? { adult: false, id, name: title, original_name: title, media_type, popularity, gender: 1, known_for_department: 'Acting', profile_path: null, known_for: [] }
      : { adult: false, backdrop_path: null, id, title, original_title: title, overview: '', poster_path: null, media_type, original_language: 'en', genre_ids: [18], popularity, release_date: '2020-01-01', video: false, vote_average: 7.5, vote_count: 100 };

export const listPage = (results: unknown[], page = 1) => ({ page, results, total_pages: 1, total_results: results.length });

/** `GET /configuration`, TMDb's documented example. */
export const TMDB_CONFIGURATION = {
  change_keys: ['adult', 'air_date', 'also_known_as', 'alternative_titles', 'biography', 'birthday', 'budget', 'cast', 'certifications'],
  images: {
    base_url: 'http://image.tmdb.org/t/p/',
    secure_base_url: 'https://image.tmdb.org/t/p/',
    backdrop_sizes: ['w300', 'w780', 'w1280', 'original'],
    logo_sizes: ['w45', 'w92', 'w154', 'w185', 'w300', 'w500', 'original'],
    poster_sizes: ['w92', 'w154', 'w185', 'w342', 'w500', 'w780', 'original'],
    profile_sizes: ['w45', 'w185', 'h632', 'original'],
    still_sizes: ['w92', 'w185', 'w300', 'original'],
  },
};

/** Scripts Game of Thrones (series and both seasons) on a fake. */
export function scriptGameOfThrones(fake: FakeTmdb): FakeTmdb {
  fake.on('/tv/1399', { status: 200, body: GAME_OF_THRONES });
  for (const [number, season] of Object.entries(GAME_OF_THRONES_SEASONS)) fake.on(`/tv/1399/season/${number}`, { status: 200, body: season });
  return fake;
}
