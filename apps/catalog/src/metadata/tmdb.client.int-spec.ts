import {
  APPLE_TV, DISNEY_PLUS, FakeTmdb, GAME_OF_THRONES, GODFATHER, listItem, listPage, NETFLIX, scriptGameOfThrones, TMDB_CONFIGURATION, TMDB_INTERNAL, TMDB_RATE_LIMITED,
  watchProvidersOf, WOW,
} from '../../../../test/support/fake-tmdb.js';
import { MetadataProviderError } from './metadata-provider.js';
import { retryAfterMs, TmdbClient, type TmdbClientOptions } from './tmdb.client.js';

// The TMDb client over real HTTP against a local fake TMDb with the documented shapes.
const API_KEY = 'test-api-key';
const TOKEN = 'test-v4-read-access-token';
let fake: FakeTmdb;
let baseUrl: string;

const client = (options: Partial<TmdbClientOptions> = {}) =>
  new TmdbClient({ baseUrl, apiKey: API_KEY, concurrency: 4, timeoutMs: 500, retries: 3, minBackoffMs: 10, maxRetryAfterMs: 5000, ...options });

beforeEach(async () => {
  fake = new FakeTmdb({ apiKey: API_KEY, accessToken: TOKEN });
  baseUrl = await fake.start();
});
afterEach(() => fake.stop());

describe('TmdbClient', () => {
  it('maps a movie with credits, certifications, keywords and trailer to our model', async () => {
    fake.on('/movie/238', { status: 200, body: GODFATHER });
    const movie = await client().movie(238);
    expect(movie).toMatchObject({
      type: 'movie',
      title: 'The Godfather',
      releaseDate: '1972-03-14',
      runtimeMinutes: 175,
      genres: ['Drama', 'Crime'],
      languages: ['en', 'it'],
      countries: ['US'],
      posterPath: '/3bhkrj58Vtu7enYsRolD1fZdja1.jpg',
      certifications: [{ country: 'US', certification: 'R' }, { country: 'DE', certification: '16' }],
      keywords: ['italy', 'mafia'],
      trailerYouTubeKey: 'UaVTIH8mujA',
      externalIds: { tmdb: 238, imdb: 'tt0068646' },
    });
    expect(movie?.cast?.map((member) => [member.order, member.name, member.character])).toEqual([[0, 'Marlon Brando', 'Don Vito Corleone'], [1, 'Al Pacino', 'Michael Corleone']]);
    expect(movie?.crew?.map((member) => member.job)).toEqual(['Director', 'Original Music Composer']);
    expect(fake.requests[0]?.query.get('append_to_response')).toBe('credits,release_dates,keywords,videos,external_ids');
  });

  it('sends a v3 key as api_key and a v4 token as a bearer header', async () => {
    fake.on('/movie/238', { status: 200, body: GODFATHER });
    await client().movie(238);
    await client({ apiKey: undefined, accessToken: TOKEN }).movie(238);
    expect(fake.requests.map((r) => [r.query.get('api_key'), r.authorization])).toEqual([[API_KEY, undefined], [null, `Bearer ${TOKEN}`]]);
  });

  it('answers null for a movie TMDb does not know', async () => {
    expect(await client().movie(1)).toBeNull();
    expect(fake.requests).toHaveLength(1);
  });

  it('stops at once on an invalid key', async () => {
    const error = await client({ apiKey: 'wrong' }).movie(238).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetadataProviderError);
    expect(error).toMatchObject({ status: 401 });
    expect(fake.requests).toHaveLength(1);
  });

  it('waits out a 429 for its Retry-After (capped), then succeeds', async () => {
    fake.on('/movie/238', { status: 429, body: TMDB_RATE_LIMITED, headers: { 'retry-after': '7' } }, { status: 200, body: GODFATHER });
    const waits: number[] = [];
    expect((await client({ sleep: async (ms) => void waits.push(ms) }).movie(238))?.title).toBe('The Godfather');
    expect(fake.requests).toHaveLength(2);
    expect(waits).toEqual([5000]); // 7 s asked, capped at maxRetryAfterMs
  });

  it('retries server errors with backoff and gives up after the configured attempts', async () => {
    fake.on('/movie/238', { status: 500, body: TMDB_INTERNAL });
    const error = await client({ retries: 2 }).movie(238).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetadataProviderError);
    expect(error).toMatchObject({ status: 500 });
    expect(fake.requests).toHaveLength(3);
  });

  it('retries a request that timed out', async () => {
    fake.on('/movie/238', 'hang', { status: 200, body: GODFATHER });
    expect((await client({ timeoutMs: 200 }).movie(238))?.title).toBe('The Godfather');
    expect(fake.requests).toHaveLength(2);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    for (let id = 1; id <= 12; id += 1) fake.on(`/movie/${id}`, { status: 200, body: { ...GODFATHER, id } });
    const limited = client({ concurrency: 2 });
    await Promise.all(Array.from({ length: 12 }, (_, index) => limited.movie(index + 1)));
    expect(fake.requests).toHaveLength(12);
    expect(fake.maxInFlight).toBeLessThanOrEqual(2);
  });
});

describe('TmdbClient beyond single movies', () => {
  it('maps a TV series with content ratings, creators, keywords and its season numbers', async () => {
    scriptGameOfThrones(fake);
    const found = await client().series(1399);
    expect(found?.seasonNumbers).toEqual([1, 2]);
    expect(found?.series).toMatchObject({
      type: 'series',
      title: 'Game of Thrones',
      releaseDate: '2011-04-17',
      runtimeMinutes: 60,
      genres: ['Sci-Fi & Fantasy', 'Drama', 'Action & Adventure'],
      countries: ['US'],
      certifications: [{ country: 'US', certification: 'TV-MA' }, { country: 'DE', certification: '16' }],
      keywords: ['dragon', 'based on novel or book'],
      trailerYouTubeKey: 'bjqEWgDVPe0',
      externalIds: { tmdb: 1399, imdb: 'tt0944947' },
    });
    expect(found?.series.crew?.[0]).toMatchObject({ name: 'David Benioff', job: 'Creator' });
    expect(fake.requests[0]?.query.get('append_to_response')).toBe('credits,content_ratings,keywords,videos,external_ids');
  });

  it('maps a season with its episodes, each carrying its own TMDb id', async () => {
    scriptGameOfThrones(fake);
    const season = await client().season(1399, 1);
    expect(season?.season).toMatchObject({ type: 'season', title: 'Season 1', seasonNumber: 1, releaseDate: '2011-04-17', externalIds: { tmdb: 3624 } });
    expect(season?.episodes.map((episode) => [episode.episodeNumber, episode.title, episode.externalIds?.tmdb, episode.runtimeMinutes])).toEqual([
      [1, 'Winter Is Coming', 63056, 62],
      [2, 'The Kingsroad', 63057, 62],
    ]);
    expect(await client().season(1399, 9)).toBeNull();
  });

  it('keeps subscription, rent and buy offers per country and drops malformed countries', async () => {
    fake.on('/movie/238/watch/providers', { status: 200, body: watchProvidersOf(238, { DE: { link: 'https://www.themoviedb.org/movie/238/watch?locale=DE', flatrate: [WOW, NETFLIX], rent: [APPLE_TV], free: [DISNEY_PLUS] }, xx: { flatrate: [NETFLIX] } }) });
    expect(await client().watchProviders('movie', 238)).toEqual([
      {
        country: 'DE',
        link: 'https://www.themoviedb.org/movie/238/watch?locale=DE',
        flatrate: [{ providerId: 8, name: 'Netflix', logoPath: NETFLIX.logo_path, displayPriority: 4 }, { providerId: 30, name: 'WOW', logoPath: WOW.logo_path, displayPriority: 10 }],
        rent: [{ providerId: 2, name: 'Apple TV', logoPath: APPLE_TV.logo_path, displayPriority: 6 }],
        buy: [],
      },
    ]);
    expect(await client().watchProviders('tv', 404)).toEqual([]);
  });

  it('lists trending movies and series without people, and popular movies', async () => {
    fake.on('/trending/all/day', { status: 200, body: listPage([listItem(1399, 'tv', 300), listItem(31, 'person', 50), listItem(238, 'movie', 95)]) });
    fake.on('/movie/popular', { status: 200, body: listPage([listItem(550, 'movie', 60)]) });
    expect((await client().trending('day')).map((item) => [item.mediaType, item.providerId])).toEqual([['tv', 1399], ['movie', 238]]);
    expect(await client().popularMovies(2)).toEqual([{ mediaType: 'movie', providerId: 550, popularity: 60, voteAverage: 7.5, voteCount: 100 }]);
    expect(fake.requests.at(-1)?.query.get('page')).toBe('2');
  });

  it('reads image sizes from /configuration', async () => {
    fake.on('/configuration', { status: 200, body: { ...TMDB_CONFIGURATION, images: { ...TMDB_CONFIGURATION.images, poster_sizes: ['w92', 'w200', 'w400', 'bogus size', 'original'] } } });
    expect((await client().imageSizes()).poster).toEqual(['w92', 'w200', 'w400', 'original']);
  });

  it('waits out a 429 on list endpoints too', async () => {
    fake.on('/trending/all/week', { status: 429, body: TMDB_RATE_LIMITED, headers: { 'retry-after': '1' } }, { status: 200, body: listPage([listItem(1399, 'tv', 300)]) });
    const waits: number[] = [];
    expect(await client({ sleep: async (ms) => void waits.push(ms) }).trending('week')).toHaveLength(1);
    expect(waits).toEqual([1000]);
  });

  it('gives up on a season that keeps timing out', async () => {
    fake.on('/tv/1399', { status: 200, body: GAME_OF_THRONES }).on('/tv/1399/season/1', 'hang');
    await expect(client({ timeoutMs: 150, retries: 1 }).season(1399, 1)).rejects.toBeInstanceOf(MetadataProviderError);
    expect(fake.requests).toHaveLength(2);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
    expect(retryAfterMs('soon')).toBeNull();
  });
});
