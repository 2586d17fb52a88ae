import type { DeletedResponse, FeedResponse, ImportStatusResponse, SearchResponse, TitleDetails, TitleInput, TitlePage, TitleSummaryPage } from '@onstream/common';
import { FakeTmdb, GODFATHER, TMDB_INTERNAL } from './support/fake-tmdb.js';
import { call, jsonBody } from './support/http.js';
import { Platform } from './support/platform.js';
import { TestTokens } from './support/tokens.js';

/** No seed here: the catalog starts empty and every title is written by staff through the API. */
const platform = new Platform();
const TMDB_KEY = 'e2e-tmdb-key';
const tmdb = new FakeTmdb({ apiKey: TMDB_KEY });
let tokens: TestTokens;
let staff: Record<string, string>;

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

const get = <T>(path: string, headers: Record<string, string> = {}) => call<T>(platform.url(path), { headers });
const create = async (title: Partial<TitleInput>): Promise<TitleDetails> => {
  const { status, body } = await call<TitleDetails>(platform.url('/titles'), jsonBody('POST', { type: 'movie', ...title }, staff));
  if (status !== 201) throw new Error(`create failed with ${status}: ${JSON.stringify(body)}`);
  return body;
};

const godfather: Partial<TitleInput> = {
  title: 'The Godfather',
  originalTitle: 'The Godfather',
  overview: 'Spanning the years 1945 to 1955, a chronicle of the fictional Italian-American Corleone crime family.',
  tagline: 'An offer you can’t refuse.',
  releaseDate: '1972-03-14',
  runtimeMinutes: 175,
  genres: ['Drama', 'Crime'],
  originalLanguage: 'en',
  languages: ['en', 'it', 'la'],
  countries: ['US'],
  posterPath: '/3bhkrj58Vtu7enYsRolD1fZdja1.jpg',
  backdropPath: '/tmU7GeKVybMWFButWEGl2M4GeiP.jpg',
  voteAverage: 8.7,
  voteCount: 20000,
  popularity: 120,
  certifications: [{ country: 'US', certification: 'R' }, { country: 'DE', certification: '16' }],
  cast: [{ name: 'Marlon Brando', character: 'Don Vito Corleone', tmdbId: 3084 }, { name: 'Al Pacino', character: 'Michael Corleone', tmdbId: 1158 }],
  crew: [{ name: 'Francis Ford Coppola', job: 'Director', department: 'Directing', tmdbId: 1776 }],
  keywords: ['Mafia', 'crime family'],
  trailerYouTubeKey: 'UaVTIH8mujA',
  externalIds: { tmdb: 238, imdb: 'tt0068646' },
};

beforeAll(async () => {
  const tmdbBase = await tmdb.start();
  await platform.start({ env: { CATALOG_SEED_DIR: '', CATALOG_CACHE_TTL_SECONDS: '600', TMDB_API_BASE: tmdbBase, TMDB_API_KEY: TMDB_KEY, TMDB_RETRIES: '1' } });
  tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  staff = tokens.header({ role: 'staff' });
});
afterAll(async () => {
  await platform.stop();
  await tmdb.stop();
});

describe('an empty catalog', () => {
  it('starts without a seed dataset and says so', async () => {
    expect((await get<TitleSummaryPage>('/titles')).body.meta.total).toBe(0);
    expect((await get<ImportStatusResponse>('/admin/catalog/import', staff)).body.status).toBe('not-configured');
  });
});

describe('staff writes', () => {
  it('creates a title with every TMDb-rich field and derives maturity from the strictest certification', async () => {
    const created = await create(godfather);
    expect(created).toMatchObject({
      title: 'The Godfather',
      releaseDate: '1972-03-14',
      releaseYear: 1972,
      maturityLevel: '18+',
      trailerUrl: 'https://www.youtube.com/embed/UaVTIH8mujA',
      poster: { small: 'https://image.tmdb.org/t/p/w185/3bhkrj58Vtu7enYsRolD1fZdja1.jpg', original: 'https://image.tmdb.org/t/p/original/3bhkrj58Vtu7enYsRolD1fZdja1.jpg' },
      keywords: ['mafia', 'crime family'],
      externalIds: { tmdb: 238, imdb: 'tt0068646' },
    });
    expect(created.cast.map((member) => [member.name, member.character, member.order])).toEqual([['Marlon Brando', 'Don Vito Corleone', 0], ['Al Pacino', 'Michael Corleone', 1]]);
    expect(created.crew[0]).toMatchObject({ name: 'Francis Ford Coppola', job: 'Director', personId: expect.stringMatching(/^[0-9a-f]{24}$/) });
  });

  it('gives the same person one id across titles', async () => {
    const first = (await get<TitleSummaryPage>('/titles?limit=1')).body.items[0];
    const part2 = await create({ title: 'The Godfather Part II', genres: ['Drama', 'Crime'], cast: [{ name: 'Al Pacino', character: 'Michael Corleone', tmdbId: 1158 }], releaseDate: '1974-12-20' });
    const original = (await get<TitlePage>(`/titles/${first?.id}`)).body;
    expect(part2.cast[0]?.personId).toBe(original.cast.find((member) => member.name === 'Al Pacino')?.personId);
  });

  it('refuses writes from viewers and anonymous callers', async () => {
    expect((await call(platform.url('/titles'), jsonBody('POST', { type: 'movie', title: 'X' }, tokens.header()))).status).toBe(403);
    expect((await call(platform.url('/titles'), jsonBody('POST', { type: 'movie', title: 'X' }))).status).toBe(401);
  });

  it('refuses operator injection in a body field', async () => {
    const { status, body } = await call<Problem>(platform.url('/titles'), jsonBody('POST', { type: 'movie', title: { $gt: '' } }, staff));
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.field)).toContain('title');
  });

  it('builds a series with seasons and episodes and shows them on the title page', async () => {
    const series = await create({ type: 'series', title: 'Chernobyl', genres: ['Drama', 'History'], certifications: [{ country: 'US', certification: 'TV-MA' }] });
    const season = await create({ type: 'season', title: 'Season 1', parentId: series.id, seasonNumber: 1 });
    await create({ type: 'episode', title: '1:23:45', parentId: season.id, seasonNumber: 1, episodeNumber: 1 });
    await create({ type: 'episode', title: 'Please Remain Calm', parentId: season.id, seasonNumber: 1, episodeNumber: 2 });
    expect((await get<TitlePage>(`/titles/${series.id}`)).body.children.map((child) => child.title)).toEqual(['Season 1']);
    expect((await get<TitlePage>(`/titles/${season.id}`)).body.children.map((child) => [child.episodeNumber, child.title])).toEqual([[1, '1:23:45'], [2, 'Please Remain Calm']]);
    expect((await get<TitleSummaryPage>('/titles?type=series')).body.items.map((item) => item.title)).toEqual(['Chernobyl']);
    expect((await get<TitleSummaryPage>('/titles?limit=100')).body.items.map((item) => item.type)).not.toContain('episode');
  });

  it('refuses an episode whose parent is not a season', async () => {
    const movie = await create({ title: 'Standalone' });
    const { status, body } = await call<Problem>(platform.url('/titles'), jsonBody('POST', { type: 'episode', title: 'Orphan', parentId: movie.id }, staff));
    expect(status).toBe(422);
    expect(body.code).toBe('CATALOG.INVALID_HIERARCHY');
  });

  it('deletes a series with its seasons and episodes', async () => {
    const series = await create({ type: 'series', title: 'Short Lived', genres: ['Comedy'] });
    const season = await create({ type: 'season', title: 'Season 1', parentId: series.id, seasonNumber: 1 });
    await create({ type: 'episode', title: 'Pilot', parentId: season.id, episodeNumber: 1 });
    const { body } = await call<DeletedResponse>(platform.url(`/titles/${series.id}`), { method: 'DELETE', headers: staff });
    expect(body).toEqual({ id: series.id, deletedCount: 3 });
    expect((await get(`/titles/${season.id}`)).status).toBe(404);
  });

  it('filters by language and certification', async () => {
    const german = await create({ title: 'Das Boot', originalLanguage: 'de', genres: ['War'], certifications: [{ country: 'US', certification: 'R' }] });
    expect((await get<TitleSummaryPage>('/titles?language=de')).body.items.map((item) => item.id)).toEqual([german.id]);
    const rated = (await get<TitleSummaryPage>('/titles?certification=US:R&limit=100')).body.items.map((item) => item.title).sort();
    expect(rated).toEqual(['Das Boot', 'The Godfather']);
    expect((await get<TitleSummaryPage>('/titles?certification=DE:16')).body.items.map((item) => item.title)).toEqual(['The Godfather']);
  });

  it('puts staff picks in the featured feed', async () => {
    const pick = await create({ title: 'Hero Banner', featured: true, certifications: [{ country: 'US', certification: 'G' }] });
    expect((await get<FeedResponse>('/titles/featured')).body).toEqual({ items: [expect.objectContaining({ id: pick.id })], source: 'staff-picks' });
  });
});

describe('search index in step with edits', () => {
  it('finds a new title, follows a rename and forgets a deleted one', async () => {
    const created = await create({ title: 'Zyxquarian Chronicles', genres: ['Science Fiction'] });
    const titles = async (q: string) => (await get<SearchResponse>(`/search?q=${q}`)).body.items.map((item) => item.title);
    expect(await titles('zyxquarian')).toEqual(['Zyxquarian Chronicles']);
    await call(platform.url(`/titles/${created.id}`), jsonBody('PATCH', { title: 'Qwobbled Frontier' }, staff));
    expect(await titles('zyxquarian')).toEqual([]);
    expect(await titles('qwobbled')).toEqual(['Qwobbled Frontier']);
    await call(platform.url(`/titles/${created.id}`), { method: 'DELETE', headers: staff });
    expect(await titles('qwobbled')).toEqual([]);
  });

  it('finds titles by cast and keywords', async () => {
    expect((await get<SearchResponse>('/search?q=brando')).body.items.map((item) => item.title)).toEqual(['The Godfather']);
    expect((await get<SearchResponse>('/search?q=mafia')).body.items.map((item) => item.title)).toContain('The Godfather');
  });
});

describe('kid profiles', () => {
  let kid: Record<string, string>;
  beforeAll(async () => {
    kid = tokens.header({ kid: true, maturityLimit: '7+', profileId: 'kid-1' });
    await create({ title: 'Puppy Parade', genres: ['Family', 'Animation'], certifications: [{ country: 'US', certification: 'G' }], popularity: 1 });
    await create({ title: 'Puppy Horror Night', genres: ['Horror'], certifications: [{ country: 'US', certification: 'R' }], popularity: 2 });
  });

  it('never lists a title above the limit', async () => {
    const levels = (await get<TitleSummaryPage>('/titles?limit=100', kid)).body.items.map((item) => item.maturityLevel);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((level) => level === 'all' || level === '7+')).toBe(true);
    expect((await get<FeedResponse>('/titles/popular', kid)).body.items.map((item) => item.title)).not.toContain('The Godfather');
  });

  it('answers 404 for the details of a title above the limit', async () => {
    const adultOnly = (await get<SearchResponse>('/search?q=godfather&limit=1')).body.items[0];
    const { status, body } = await get<Problem>(`/titles/${adultOnly?.id}`, kid);
    expect(status).toBe(404);
    expect(body.code).toBe('CATALOG.TITLE_NOT_FOUND');
  });

  it('never finds a title above the limit', async () => {
    expect((await get<SearchResponse>('/search?q=puppy', kid)).body.items.map((item) => item.title)).toEqual(['Puppy Parade']);
    expect((await get<SearchResponse>('/search?q=puppy')).body.items.map((item) => item.title).sort()).toEqual(['Puppy Horror Night', 'Puppy Parade']);
  });

  it('treats a kid profile without a limit as all ages only', async () => {
    const levels = (await get<TitleSummaryPage>('/titles?limit=100', tokens.header({ kid: true }))).body.items.map((item) => item.maturityLevel);
    expect(new Set(levels)).toEqual(new Set(['all']));
  });
});

describe('gateway cache', () => {
  it('serves a repeated read from the cache and refreshes it after a staff edit', async () => {
    const target = await create({ title: 'Cache Me', overview: 'before' });
    const first = await get<TitlePage>(`/titles/${target.id}`);
    const second = await get<TitlePage>(`/titles/${target.id}`);
    expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
    await call(platform.url(`/titles/${target.id}`), jsonBody('PATCH', { overview: 'after' }, staff));
    const third = await get<TitlePage>(`/titles/${target.id}`);
    expect(third.headers.get('x-cache')).toBe('MISS');
    expect(third.body.overview).toBe('after');
  });

  it('after an edit of one title, refreshes its pages and the lists showing it while another title\'s page stays a hit', async () => {
    const edited = await create({ title: 'Precise Western', overview: 'before', genres: ['Western'] });
    const other = await create({ title: 'Unrelated Documentary', overview: 'unchanged', genres: ['Documentary'] });
    const list = '/titles?genre=Western';
    for (const path of [`/titles/${edited.id}`, `/titles/${edited.id}?country=DE`, `/titles/${other.id}`, list]) await get(path);
    expect((await get(`/titles/${other.id}`)).headers.get('x-cache')).toBe('HIT');
    expect((await get(`/titles/${edited.id}?country=DE`)).headers.get('x-cache')).toBe('HIT');

    expect((await call(platform.url(`/titles/${edited.id}`), jsonBody('PATCH', { title: 'Precise Western (restored)', overview: 'after' }, staff))).status).toBe(200);

    const page = await get<TitlePage>(`/titles/${edited.id}`);
    const variant = await get<TitlePage>(`/titles/${edited.id}?country=DE`);
    expect([page.headers.get('x-cache'), page.body.overview, variant.headers.get('x-cache'), variant.body.overview]).toEqual(['MISS', 'after', 'MISS', 'after']);
    const listed = await get<TitleSummaryPage>(list);
    expect(listed.headers.get('x-cache')).toBe('MISS');
    expect(listed.body.items.map((item) => item.title)).toContain('Precise Western (restored)');
    const untouched = await get<TitlePage>(`/titles/${other.id}`);
    expect([untouched.headers.get('x-cache'), untouched.body.overview]).toEqual(['HIT', 'unchanged']);
  });

  it('keeps cached pages of different audiences apart', async () => {
    await get('/titles/popular');
    const kid = await get<FeedResponse>('/titles/popular', tokens.header({ kid: true, maturityLimit: '7+' }));
    expect(kid.headers.get('x-cache')).toBe('MISS');
    expect(kid.body.items.map((item) => item.title)).not.toContain('The Godfather');
  });

  it('empties on the admin route, for staff only', async () => {
    await get('/genres');
    expect((await get('/genres')).headers.get('x-cache')).toBe('HIT');
    expect((await call(platform.url('/admin/catalog/cache'), { method: 'DELETE', headers: tokens.header() })).status).toBe(403);
    expect((await call(platform.url('/admin/catalog/cache'), { method: 'DELETE', headers: tokens.header({ role: 'admin' }) })).body).toEqual({ cleared: true });
    expect((await get('/genres')).headers.get('x-cache')).toBe('MISS');
  });
});

describe('TMDb import', () => {
  const importMovie = (tmdbId: number, headers = staff) => call<TitleDetails & Problem>(platform.url(`/admin/catalog/tmdb/movies/${tmdbId}`), { method: 'POST', headers });

  it('creates a movie from TMDb once and refreshes it in place afterwards', async () => {
    tmdb.on('/movie/603', { status: 200, body: { ...GODFATHER, id: 603, imdb_id: 'tt0133093', title: 'The Matrix', original_title: 'The Matrix', popularity: 10 } });
    const first = await importMovie(603);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ title: 'The Matrix', maturityLevel: '18+', trailerUrl: 'https://www.youtube.com/embed/UaVTIH8mujA', externalIds: { tmdb: 603 } });
    expect(first.body.cast[0]).toMatchObject({ name: 'Marlon Brando', order: 0 });
    tmdb.on('/movie/603', { status: 200, body: { ...GODFATHER, id: 603, title: 'The Matrix', tagline: 'Welcome to the Real World.' } });
    const second = await importMovie(603);
    expect(second.body).toMatchObject({ id: first.body.id, tagline: 'Welcome to the Real World.' });
  });

  it('answers 404 for a movie TMDb does not know and 502 when TMDb keeps failing', async () => {
    expect((await importMovie(999_999)).body).toMatchObject({ status: 404, code: 'CATALOG.PROVIDER_TITLE_NOT_FOUND' });
    tmdb.on('/movie/550', { status: 500, body: TMDB_INTERNAL });
    expect((await importMovie(550)).body).toMatchObject({ status: 502, code: 'CATALOG.METADATA_PROVIDER_FAILED' });
  });

  it('is for staff only', async () => {
    expect((await importMovie(603, tokens.header())).status).toBe(403);
  });
});
