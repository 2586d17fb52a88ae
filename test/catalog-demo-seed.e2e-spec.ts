import { join } from 'node:path';
import type { ImportStatusResponse, SearchResponse, TitleDetails, TitlePage, TitleSummaryPage } from '@onstream/common';
import { DEMO_CATALOG } from '../apps/catalog/src/import/demo-catalog.data.js';
import { call, jsonBody } from './support/http.js';
import { Platform, ROOT } from './support/platform.js';
import { ManagedProcess, waitFor } from './support/processes.js';
import { TestTokens } from './support/tokens.js';

/**
 * A fresh install with no MovieLens folder: the demo catalog shipped in the repository is the seed.
 * The platform starts with the seed off, so a list can be cached while the catalog is still empty;
 * the catalog then restarts with the seed on, as on a first start, and the import's end must clear it.
 */
const platform = new Platform();
let tokens: TestTokens;
const get = <T>(path: string, headers: Record<string, string> = {}) => call<T>(platform.url(path), { headers });
const movieOrSeries = DEMO_CATALOG.length;

beforeAll(async () => {
  await platform.start({ env: { CATALOG_SEED_DIR: '', CATALOG_CACHE_TTL_SECONDS: '600', SEARCH_CACHE_TTL_SECONDS: '600', CATALOG_RATING_MIN_VOTES: '3' } });
  tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
}, 120_000);
afterAll(() => platform.stop(), 60_000);

async function restartCatalogWithSeed(): Promise<void> {
  await platform.app('catalog').stop();
  const catalog = new ManagedProcess('catalog', process.execPath, [join(ROOT, 'dist/apps/catalog/main.js')], { ...platform.env, CATALOG_SEED_ON_START: 'true' }, join(platform.logDir, 'catalog-seeding.log'));
  platform.apps.set('catalog', catalog);
  catalog.start();
  await platform.waitUntilReady(120_000);
}

describe('first start without MovieLens', () => {
  it('answers a list cached while the catalog was empty with the imported titles once the import is done', async () => {
    const before = await get<TitleSummaryPage>('/titles?limit=1');
    expect(before.body.meta.total).toBe(0);
    const cached = await get<TitleSummaryPage>('/titles?limit=1');
    expect(cached.headers.get('x-cache')).toBe('HIT');

    await restartCatalogWithSeed();
    await waitFor('the demo seed import', async () => {
      const { body } = await get<ImportStatusResponse>('/admin/catalog/import', tokens.header({ role: 'staff' }));
      return body.status === 'done' ? body : undefined;
    }, 120_000, 500);

    // The gateway hears the import's stale-cache broadcast on its own connection: wait for it, with a deadline.
    const after = await waitFor('a fresh list after the import', async () => {
      const { body } = await get<TitleSummaryPage>('/titles?limit=1');
      return body.meta.total > 0 ? body : undefined;
    }, 30_000, 200);
    expect(after.meta.total).toBe(movieOrSeries);
  }, 300_000);

  it('shows a demo title with its licence, credits and our editors’ rating, and finds a series by a word of its overview', async () => {
    const found = await get<SearchResponse>('/search?q=llama&limit=5');
    const caminandes = found.body.items.find((item) => item.title === 'Caminandes');
    expect(caminandes).toMatchObject({ type: 'series', unrated: false, maturityLevel: 'all' });
    const page = await get<TitlePage>(`/titles/${caminandes?.id ?? ''}`);
    expect(page.body).toMatchObject({ license: expect.stringContaining('CC BY'), crew: [expect.objectContaining({ name: 'Pablo Vazquez', job: 'Director' })] });
    const bunny = (await get<SearchResponse>('/search?q=big%20buck%20bunny&limit=1')).body.items[0];
    expect(bunny).toMatchObject({ title: 'Big Buck Bunny', unrated: false });
  });

  it('shows a kid profile the demo titles rated for all ages and none of the horror', async () => {
    const kid = tokens.header({ kid: true, maturityLimit: 'all' });
    const { body } = await get<TitleSummaryPage>('/titles?limit=100&sort=title', kid);
    const names = body.items.map((item) => item.title);
    expect(names).toContain('Big Buck Bunny');
    expect(names).not.toContain('Night of the Living Dead');
    expect(body.items.every((item) => item.maturityLevel === 'all')).toBe(true);
  });
});

describe('rating sort and unrated titles', () => {
  const staff = () => tokens.header({ role: 'staff' });
  const create = async (title: string, voteAverage: number, voteCount: number, extra: Record<string, unknown> = {}) => {
    const { status, body } = await call<TitleDetails>(platform.url('/titles'), jsonBody('POST', { type: 'movie', title, genres: ['Documentary'], voteAverage, voteCount, ...extra }, staff()));
    expect(status).toBe(201);
    return body;
  };

  it('puts a title with many good votes above one with a single perfect vote (weighted rating, m from config)', async () => {
    await create('Zz One Perfect Vote', 10, 1);
    await create('Zz Many Good Votes', 9, 400);
    await create('Zz Many Poor Votes', 4, 400);
    const { body } = await get<TitleSummaryPage>('/titles?genre=Documentary&sort=rating&limit=10');
    const ours = body.items.map((item) => item.title).filter((name) => name.startsWith('Zz '));
    expect(ours).toEqual(['Zz Many Good Votes', 'Zz One Perfect Vote', 'Zz Many Poor Votes']);
  });

  it('marks a title without a certification or a staff rating unrated, and keeps it from kid profiles', async () => {
    const unrated = await create('Zz Uncertified Documentary', 8, 10);
    expect(unrated).toMatchObject({ unrated: true, maturityLevel: '18+' });
    const certified = await create('Zz Certified Documentary', 8, 10, { certifications: [{ country: 'US', certification: 'G' }] });
    expect(certified).toMatchObject({ unrated: false, maturityLevel: 'all' });
    const kid = await get<TitleSummaryPage>('/titles?genre=Documentary&sort=title&limit=50', tokens.header({ kid: true, maturityLimit: 'all' }));
    expect(kid.body.items.map((item) => item.title).filter((name) => name.includes('Documentary'))).toEqual(['Zz Certified Documentary']);
  });
});
