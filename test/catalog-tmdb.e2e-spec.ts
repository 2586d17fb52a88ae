import { jest } from '@jest/globals';
import type {
  CatalogJobResponse, HouseholdProvidersResponse, SearchResponse, SeriesImportResponse, TitleDetails, TitlePage, TitleSummaryPage, WatchProviderListResponse,
} from '@onstream/common';
import {
  AMAZON_VIDEO, APPLE_TV, DISNEY_PLUS, FakeTmdb, GAME_OF_THRONES_SEASONS, GODFATHER, listItem, listPage, NETFLIX, scriptGameOfThrones, TMDB_CONFIGURATION,
  watchProvidersOf, WOW,
} from './support/fake-tmdb.js';
import { call, jsonBody, type Problem } from './support/http.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';
import { TestTokens } from './support/tokens.js';

/** TMDb beyond single movies, through the gateway, against a local fake TMDb: TV, where to watch, households, backfills, the refresh job. */
const platform = new Platform();
// Jobs and imports take a few seconds on a busy machine; every wait below is on a state, not a time.
jest.setTimeout(120_000);
const TMDB_KEY = 'e2e-tmdb-key';
const tmdb = new FakeTmdb({ apiKey: TMDB_KEY });
let tokens: TestTokens;
let staff: Record<string, string>;
let admin: Record<string, string>;

const get = <T>(path: string, headers: Record<string, string> = {}) => call<T>(platform.url(path), { headers });
const post = <T>(path: string, body: unknown, headers: Record<string, string>) => call<T>(platform.url(path), jsonBody('POST', body, headers));
const clearCache = () => call(platform.url('/admin/catalog/cache'), { method: 'DELETE', headers: admin });
const titles = async (path: string, headers: Record<string, string> = {}) => {
  const { status, body } = await get<TitleSummaryPage>(path, headers);
  if (status !== 200) throw new Error(`${path} answered ${status}: ${JSON.stringify(body)}`);
  return body.items.map((item) => item.title).sort();
};

const MATRIX = { ...GODFATHER, id: 603, imdb_id: 'tt0133093', title: 'The Matrix', original_title: 'The Matrix', release_dates: { results: [] } };
const PULP_FICTION = { ...GODFATHER, id: 680, imdb_id: 'tt0110912', title: 'Pulp Fiction', original_title: 'Pulp Fiction' };

/** Runs an admin job to its end and returns its last status. */
async function runToEnd(start: () => Promise<{ status: number; body: CatalogJobResponse }>): Promise<CatalogJobResponse> {
  const started = await start();
  expect(started.status).toBe(202);
  expect(started.body.id).toMatch(/^[a-z-]+-\d+$/);
  return waitFor(`job ${started.body.id}`, async () => {
    const { body } = await get<CatalogJobResponse>(`/admin/catalog/backfills/${started.body.id}`, admin);
    return body.state === 'completed' || body.state === 'failed' ? body : undefined;
  }, 90_000, 250);
}

beforeAll(async () => {
  scriptGameOfThrones(tmdb);
  tmdb
    .on('/configuration', { status: 200, body: TMDB_CONFIGURATION })
    .on('/movie/238', { status: 200, body: GODFATHER })
    .on('/movie/603', { status: 200, body: MATRIX })
    .on('/movie/680', { status: 200, body: PULP_FICTION })
    .on('/movie/238/watch/providers', { status: 200, body: watchProvidersOf(238, { DE: { link: 'https://www.themoviedb.org/movie/238/watch?locale=DE', flatrate: [NETFLIX], rent: [APPLE_TV], buy: [AMAZON_VIDEO] }, US: { flatrate: [DISNEY_PLUS] } }) })
    .on('/tv/1399/watch/providers', { status: 200, body: watchProvidersOf(1399, { DE: { flatrate: [WOW], buy: [APPLE_TV] }, US: { flatrate: [NETFLIX] } }) })
    .on('/movie/603/watch/providers', { status: 200, body: watchProvidersOf(603, { DE: { flatrate: [NETFLIX, WOW] } }) });
  const tmdbBase = await tmdb.start();
  // The test plays the CDN in front of the gateway: its country header is trusted (TRUST_PROXY).
  await platform.start({ env: { CATALOG_SEED_DIR: '', CATALOG_CACHE_TTL_SECONDS: '600', TMDB_API_BASE: tmdbBase, TMDB_API_KEY: TMDB_KEY, TMDB_RETRIES: '1' }, appEnv: { gateway: { TRUST_PROXY: 'true' } } });
  tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  staff = tokens.header({ role: 'staff' });
  admin = tokens.header({ role: 'admin' });
});
afterAll(async () => {
  await platform.stop();
  await tmdb.stop();
});

let seriesId: string;
let godfatherId: string;

describe('TV series import', () => {
  const importSeries = (tmdbId: number | string, headers = staff) => call<SeriesImportResponse & Problem>(platform.url(`/admin/catalog/tmdb/series/${tmdbId}`), { method: 'POST', headers });

  it('imports a series with its seasons and episodes, all at the series’ maturity', async () => {
    const { status, body } = await importSeries(1399);
    expect(status).toBe(200);
    expect(body).toMatchObject({ seasons: 2, episodes: 3, series: { type: 'series', title: 'Game of Thrones', maturityLevel: '18+', externalIds: { tmdb: 1399, imdb: 'tt0944947' } } });
    seriesId = body.series.id;
    const page = (await get<TitlePage>(`/titles/${seriesId}`)).body;
    expect(page.children.map((child) => [child.seasonNumber, child.title])).toEqual([[1, 'Season 1'], [2, 'Season 2']]);
    const season1 = (await get<TitlePage>(`/titles/${page.children[0]?.id}`)).body;
    expect(season1).toMatchObject({ type: 'season', parentId: seriesId, maturityLevel: '18+', poster: { small: expect.stringContaining('/w185/wgfKiqzuMrFIkU1M68DDDY8kGC1.jpg') } });
    expect(season1.children.map((child) => [child.episodeNumber, child.title, child.releaseDate])).toEqual([[1, 'Winter Is Coming', '2011-04-17'], [2, 'The Kingsroad', '2011-04-24']]);
  });

  it('refreshes in place when imported again (upsert by TMDb id at every level)', async () => {
    const before = (await get<TitlePage>(`/titles/${seriesId}`)).body.children.map((child) => child.id);
    const again = await importSeries(1399);
    expect(again.body).toMatchObject({ seasons: 2, episodes: 3, series: { id: seriesId } });
    await clearCache();
    expect((await get<TitlePage>(`/titles/${seriesId}`)).body.children.map((child) => child.id)).toEqual(before);
    expect((await get<TitleSummaryPage>('/titles?type=series')).body.meta.total).toBe(1);
  });

  it('refuses bad ids, unknown series and non-staff callers', async () => {
    expect((await importSeries('abc')).status).toBe(400);
    expect((await importSeries(0)).status).toBe(400);
    expect((await importSeries(424242)).body).toMatchObject({ status: 404, code: 'CATALOG.PROVIDER_TITLE_NOT_FOUND' });
    expect((await importSeries(1399, tokens.header())).status).toBe(403);
  });
});

describe('where to watch', () => {
  beforeAll(async () => {
    const { status, body } = await call<TitleDetails>(platform.url('/admin/catalog/tmdb/movies/238'), { method: 'POST', headers: staff });
    expect(status).toBe(200);
    godfatherId = body.id;
  });

  it('shows the licensed offers of the requested country with provider ids, names and logos', async () => {
    const { whereToWatch } = (await get<TitlePage>(`/titles/${godfatherId}?country=de`)).body;
    expect(whereToWatch).toEqual({
      country: 'DE',
      link: 'https://www.themoviedb.org/movie/238/watch?locale=DE',
      flatrate: [{ providerId: 8, name: 'Netflix', logoUrl: `https://image.tmdb.org/t/p/w92${NETFLIX.logo_path}` }],
      rent: [{ providerId: 2, name: 'Apple TV', logoUrl: `https://image.tmdb.org/t/p/w92${APPLE_TV.logo_path}` }],
      buy: [{ providerId: 10, name: 'Amazon Video', logoUrl: `https://image.tmdb.org/t/p/w92${AMAZON_VIDEO.logo_path}` }],
    });
  });

  it('falls back to the viewer’s geo header, cached per country', async () => {
    const us = await get<TitlePage>(`/titles/${godfatherId}`, { 'cf-ipcountry': 'US' });
    const de = await get<TitlePage>(`/titles/${godfatherId}`, { 'cf-ipcountry': 'DE' });
    expect(us.body.whereToWatch?.flatrate.map((offer) => offer.name)).toEqual(['Disney Plus']);
    expect(de.body.whereToWatch?.flatrate.map((offer) => offer.name)).toEqual(['Netflix']);
    expect((await get<TitlePage>(`/titles/${godfatherId}`, { 'cf-ipcountry': 'US' })).headers.get('x-cache')).toBe('HIT');
    expect((await get<TitlePage>(`/titles/${godfatherId}`)).body.whereToWatch).toBeNull();
    expect((await get<TitlePage>(`/titles/${godfatherId}?country=FR`)).body.whereToWatch).toBeNull();
  });

  it('refuses a malformed country', async () => {
    const { status, body } = await get<Problem>(`/titles/${godfatherId}?country=Germany`);
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.field)).toContain('country');
  });

  it('lists the known providers, optionally by country', async () => {
    const all = (await get<WatchProviderListResponse>('/providers')).body.items;
    expect(all.map((provider) => provider.providerId).sort((a, b) => a - b)).toEqual([2, 8, 10, 30, 337]);
    expect(all.find((provider) => provider.providerId === 8)).toMatchObject({ name: 'Netflix', countries: ['DE', 'US'], logoUrl: expect.stringContaining('/w92/') });
    expect((await get<WatchProviderListResponse>('/providers?country=US')).body.items.map((provider) => provider.name).sort()).toEqual(['Disney Plus', 'Netflix']);
    expect((await get('/providers?country=1')).status).toBe(400);
  });
});

describe('household streaming services', () => {
  let holder: Record<string, string>;
  const household = (body: unknown, headers = holder) => call<HouseholdProvidersResponse & Problem>(platform.url('/me/household/providers'), jsonBody('PUT', body, headers));
  beforeAll(() => {
    holder = tokens.header();
  });

  it('starts empty and refuses unknown or malformed provider ids', async () => {
    expect((await get<HouseholdProvidersResponse>('/me/household/providers', holder)).body).toEqual({ providerIds: [], country: null, updatedAt: null });
    const unknown = await household({ providerIds: [8, 99999] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('USERS.UNKNOWN_WATCH_PROVIDER');
    expect((await household({ providerIds: ['8'] })).status).toBe(400);
    expect((await household({ providerIds: [{ $gt: 0 }] })).status).toBe(400);
    expect((await household({ providerIds: [8], country: 'Deutschland' })).status).toBe(400);
    expect((await household({ providerIds: [8] }, tokens.header({ kid: true, profileId: 'kid-1' }))).status).toBe(403);
    expect((await household({ providerIds: [8] }, {})).status).toBe(401);
  });

  it('filters lists and search to the household’s services in its country', async () => {
    expect((await household({ providerIds: [8], country: 'DE' })).body).toMatchObject({ providerIds: [8], country: 'DE' });
    expect(await titles('/titles?myServices=true', holder)).toEqual(['The Godfather']);
    await household({ providerIds: [30], country: 'DE' });
    expect(await titles('/titles?myServices=true', holder)).toEqual(['Game of Thrones']);
    expect((await get<SearchResponse>('/search?q=godfather&myServices=true', holder)).body.items).toEqual([]);
    expect((await get<SearchResponse>('/search?q=thrones&myServices=true', holder)).body.items.map((item) => item.title)).toEqual(['Game of Thrones']);
    // Another household's answer is never served from the cache.
    const other = tokens.header();
    await household({ providerIds: [8], country: 'DE' }, other);
    expect(await titles('/titles?myServices=true', other)).toEqual(['The Godfather']);
  });

  it('takes explicit providers with a country from the query or the geo header', async () => {
    expect(await titles('/titles?providers=8,30&country=DE')).toEqual(['Game of Thrones', 'The Godfather']);
    expect(await titles('/titles?providers=8', { 'cf-ipcountry': 'US' })).toEqual(['Game of Thrones']);
    expect((await get<Problem>('/titles?providers=8')).body).toMatchObject({ status: 400, code: 'CATALOG.COUNTRY_REQUIRED' });
    expect((await get('/titles?providers=netflix&country=DE')).status).toBe(400);
    expect((await get('/titles?myServices=true')).status).toBe(401);
  });
});

describe('admin backfills', () => {
  it('fills where-to-watch for every title with a TMDb id and reports progress to completion', async () => {
    const matrix = await post<TitleDetails>('/titles', { type: 'movie', title: 'The Matrix', externalIds: { tmdb: 603 } }, staff);
    expect((await get<TitlePage>(`/titles/${matrix.body.id}?country=DE`)).body.whereToWatch).toBeNull();
    const done = await runToEnd(() => post<CatalogJobResponse>('/admin/catalog/backfills', { kind: 'providers' }, admin));
    expect(done).toMatchObject({ kind: 'providers', state: 'completed', total: 3, processed: 3, failed: 0, error: null });
    // The cached answer from before is dropped by the catalog's cache-stale broadcast, not by hand.
    const offered = await waitFor('fresh where-to-watch', async () => (await get<TitlePage>(`/titles/${matrix.body.id}?country=DE`)).body.whereToWatch ?? undefined, 60_000, 200);
    expect(offered.flatrate.map((offer) => offer.name)).toEqual(['Netflix', 'WOW']);
  });

  it('adds episodes TMDb published since the import', async () => {
    const season2 = GAME_OF_THRONES_SEASONS[2] as { episodes: Array<Record<string, unknown>> };
    const added = { ...season2.episodes[0], id: 974431, episode_number: 2, name: 'The Night Lands', air_date: '2012-04-08' };
    tmdb.on('/tv/1399/season/2', { status: 200, body: { ...season2, episodes: [...season2.episodes, added] } });
    const done = await runToEnd(() => post<CatalogJobResponse>('/admin/catalog/backfills', { kind: 'episodes' }, admin));
    expect(done).toMatchObject({ kind: 'episodes', state: 'completed', total: 1, processed: 1, failed: 0 });
    await clearCache();
    const seasons = (await get<TitlePage>(`/titles/${seriesId}`)).body.children;
    const episodes = (await get<TitlePage>(`/titles/${seasons[1]?.id}`)).body.children;
    expect(episodes.map((child) => child.title)).toEqual(['The North Remembers', 'The Night Lands']);
  });

  it('counts titles TMDb fails on and carries on', async () => {
    tmdb.on('/movie/603', { status: 500, body: { status_code: 11, status_message: 'Internal error', success: false } });
    const done = await runToEnd(() => post<CatalogJobResponse>('/admin/catalog/backfills', { kind: 'images' }, admin));
    expect(done).toMatchObject({ kind: 'images', state: 'completed', total: 3, processed: 3, failed: 1 });
    tmdb.on('/movie/603', { status: 200, body: MATRIX });
  });

  it('is for admins only and refuses bad input', async () => {
    expect((await post('/admin/catalog/backfills', { kind: 'providers' }, staff)).status).toBe(403);
    expect((await post('/admin/catalog/backfills', { kind: 'everything' }, admin)).status).toBe(400);
    expect((await post('/admin/catalog/backfills', { kind: { $ne: null } }, admin)).status).toBe(400);
    expect((await get<Problem>('/admin/catalog/backfills/backfill-providers-1', admin)).body).toMatchObject({ status: 404, code: 'CATALOG.BACKFILL_NOT_FOUND' });
    expect((await get('/admin/catalog/backfills/..%2F..%2Fetc', admin)).status).toBe(400);
    expect((await get('/admin/catalog/backfills/backfill-providers-1', staff)).status).toBe(403);
  });
});

describe('TMDb refresh (the nightly job, run on demand)', () => {
  const ranks = async (id: string) => (await get<TitlePage>(`/titles/${id}`)).body.tmdbTrending;

  it('stores trending ranks, imports new titles and clears ranks that dropped out', async () => {
    const matrixId = (await get<SearchResponse>('/search?q=matrix')).body.items[0]?.id ?? '';
    tmdb
      .on('/trending/all/day', { status: 200, body: listPage([listItem(1399, 'tv', 400), listItem(287, 'person', 90), listItem(603, 'movie', 80)]) })
      .on('/trending/all/week', { status: 200, body: listPage([listItem(238, 'movie', 120), listItem(1399, 'tv', 400), listItem(680, 'movie', 70)]) })
      .on('/movie/popular', { status: 200, body: listPage([listItem(238, 'movie', 120)]) });
    const done = await runToEnd(() => post<CatalogJobResponse>('/admin/catalog/tmdb/refresh', {}, admin));
    expect(done).toMatchObject({ kind: 'tmdb-refresh', state: 'completed', total: 4, processed: 4, failed: 0 });
    await clearCache();
    expect(await ranks(seriesId)).toEqual({ day: 1, week: 2 });
    expect(await ranks(matrixId)).toEqual({ day: 2, week: null });
    expect(await ranks(godfatherId)).toEqual({ day: null, week: 1 });
    const pulp = (await get<SearchResponse>('/search?q=pulp')).body.items[0];
    expect(pulp?.title).toBe('Pulp Fiction');
    expect(await ranks(pulp?.id ?? '')).toEqual({ day: null, week: 3 });

    tmdb.on('/trending/all/day', { status: 200, body: listPage([listItem(238, 'movie', 130)]) });
    await runToEnd(() => post<CatalogJobResponse>('/admin/catalog/tmdb/refresh', {}, admin));
    await clearCache();
    expect(await ranks(seriesId)).toEqual({ day: null, week: 2 });
    expect(await ranks(godfatherId)).toEqual({ day: 1, week: 1 });
  });

  it('is for admins only', async () => {
    expect((await post('/admin/catalog/tmdb/refresh', {}, staff)).status).toBe(403);
    expect((await post('/admin/catalog/tmdb/refresh', {}, {})).status).toBe(401);
  });
});
