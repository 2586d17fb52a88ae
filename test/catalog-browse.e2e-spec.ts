import { join } from 'node:path';
import type { CategoriesResponse, FeedResponse, GenreListResponse, ImportStatusResponse, SearchResponse, TitlePage, TitleSummary, TitleSummaryPage } from '@onstream/common';
import { call } from './support/http.js';
import { Platform, ROOT } from './support/platform.js';
import { waitFor } from './support/processes.js';
import { TestTokens } from './support/tokens.js';

/** The first 1,000 MovieLens films (ids 1–1,3xx) include Toy Story, Heat and The Godfather. */
const SEED_LIMIT = 1000;
const platform = new Platform();
let tokens: TestTokens;

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

const get = <T>(path: string, headers: Record<string, string> = {}) => call<T>(platform.url(path), { headers });
const byTitle = async (name: string): Promise<TitleSummary> => {
  const { body } = await get<SearchResponse>(`/search?q=${encodeURIComponent(name)}&limit=1`);
  const hit = body.items[0];
  if (!hit || hit.title !== name) throw new Error(`${name} is not the first search hit`);
  return hit;
};

beforeAll(async () => {
  await platform.start({ env: { CATALOG_SEED_ON_START: 'true', CATALOG_SEED_DIR: join(ROOT, '../shared/datasets/movielens-small'), CATALOG_SEED_LIMIT: String(SEED_LIMIT), CATALOG_IMPORT_BATCH_SIZE: '250' } });
  tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  await waitFor('the seed import', async () => {
    const { body } = await get<ImportStatusResponse>('/admin/catalog/import', tokens.header({ role: 'staff' }));
    return body.status === 'done' ? body : undefined;
  }, 120_000, 500);
}, 180_000);
afterAll(() => platform.stop());

describe('seed import', () => {
  it('imports the configured subset once, with ratings as votes and popularity', async () => {
    const status = await get<ImportStatusResponse>('/admin/catalog/import', tokens.header({ role: 'admin' }));
    expect(status.body).toMatchObject({ status: 'done', processed: SEED_LIMIT, total: SEED_LIMIT, error: null });
    const all = await get<TitleSummaryPage>('/titles?limit=1');
    expect(all.body.meta.total).toBe(SEED_LIMIT);
    const toyStory = await get<TitlePage>(`/titles/${(await byTitle('Toy Story')).id}`);
    expect(toyStory.body).toMatchObject({
      type: 'movie',
      releaseYear: 1995,
      genres: ['Adventure', 'Animation', 'Family', 'Comedy', 'Fantasy'],
      externalIds: { movieLens: 1, tmdb: 862, imdb: 'tt0114709' },
      maturityLevel: '7+',
    });
    expect(toyStory.body.voteCount).toBeGreaterThan(100);
    expect(toyStory.body.voteAverage).toBeGreaterThan(7);
    expect(toyStory.body.popularity).toBe(toyStory.body.voteCount);
  });

  it('moves trailing articles to the front and keeps the original title', async () => {
    const { body } = await get<TitlePage>(`/titles/${(await byTitle('The City of Lost Children')).id}`);
    expect(body.originalTitle).toBe('La Cité des enfants perdus');
  });

  it('refuses the import status to viewers', async () => {
    expect((await get('/admin/catalog/import', tokens.header())).status).toBe(403);
    expect((await get('/admin/catalog/import')).status).toBe(401);
  });
});

describe('GET /titles', () => {
  const page = async (query: string) => (await get<TitleSummaryPage>(`/titles?${query}`)).body;

  it('sorts by popularity, most popular first, by default', async () => {
    const { items } = await page('limit=50');
    const popularity = items.map((item) => item.popularity);
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a));
  });

  it('sorts by weighted rating: titles with many votes above perfect scores from a few, unvoted titles at the bottom', async () => {
    const top = (await page('sort=rating&limit=10')).items;
    const perfect = (await page('ratingMin=10&sort=title&limit=50')).items;
    expect(perfect.length).toBeGreaterThan(0);
    expect(top.every((item) => item.voteCount >= 10)).toBe(true);
    expect(top.filter((item) => perfect.some((score) => score.id === item.id))).toEqual([]);
    // Ascending: the unvoted titles first, then every voted one.
    const counts = (await page('sort=rating&order=asc&limit=50')).items.map((item) => item.voteCount);
    const firstVoted = counts.findIndex((count) => count > 0);
    expect(firstVoted).toBeGreaterThan(0);
    expect(counts.slice(firstVoted).every((count) => count > 0)).toBe(true);
  });

  it('sorts by title A–Z ignoring leading articles', async () => {
    const { items } = await page('sort=title&limit=100&yearFrom=1995&yearTo=1995');
    const keys = items.map((item) => item.title.toLowerCase().replace(/^(the|a|an) /, ''));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('sorts by release date, newest first', async () => {
    const years = (await page('sort=releaseDate&limit=50')).items.map((item) => item.releaseYear ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('filters by genre, year range and rating range together', async () => {
    const { items, meta } = await page('genre=Comedy,Romance&yearFrom=1990&yearTo=1994&ratingMin=6&ratingMax=8&limit=100');
    expect(meta.total).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.genres.some((genre) => genre === 'Comedy' || genre === 'Romance')).toBe(true);
      expect(item.releaseYear).toBeGreaterThanOrEqual(1990);
      expect(item.releaseYear).toBeLessThanOrEqual(1994);
      expect(item.voteAverage).toBeGreaterThanOrEqual(6);
      expect(item.voteAverage).toBeLessThanOrEqual(8);
    }
  });

  it('pages without overlap', async () => {
    const [first, second] = [await page('limit=20&page=1'), await page('limit=20&page=2')];
    const ids = new Set(first.items.map((item) => item.id));
    expect(second.items.some((item) => ids.has(item.id))).toBe(false);
    expect(first.meta).toMatchObject({ page: 1, limit: 20, total: SEED_LIMIT, totalPages: SEED_LIMIT / 20 });
  });

  it('lists one type only', async () => {
    expect((await page('type=series')).meta.total).toBe(0);
    expect((await page('type=movie&limit=1')).meta.total).toBe(SEED_LIMIT);
  });
});

describe('feeds and rows', () => {
  it('serves popular, trending (day and week), new and featured feeds', async () => {
    const popular = (await get<FeedResponse>('/titles/popular?limit=5')).body;
    expect(popular.items).toHaveLength(5);
    expect(popular.source).toBe('popularity');
    const trendingDay = (await get<FeedResponse>('/titles/trending?window=day&limit=5')).body;
    const trendingWeek = (await get<FeedResponse>('/titles/trending?window=week&limit=5')).body;
    expect(trendingDay.source).toBe('popularity-fallback:day');
    expect(trendingWeek.items.length).toBeGreaterThan(0);
    const newest = Math.max(...trendingWeek.items.map((item) => item.releaseYear ?? 0));
    for (const item of trendingWeek.items) expect(item.releaseYear).toBeGreaterThanOrEqual(newest - 2);
    const fresh = (await get<FeedResponse>('/titles/new?limit=5')).body;
    expect(fresh.items[0]?.releaseYear).toBe(Math.max(...(await get<TitleSummaryPage>('/titles?sort=releaseDate&limit=1')).body.items.map((i) => i.releaseYear ?? 0)));
    const featured = (await get<FeedResponse>('/titles/featured?limit=3')).body;
    expect(featured).toMatchObject({ source: 'popularity-fallback' });
    expect(featured.items.map((item) => item.id)).toEqual(popular.items.slice(0, 3).map((item) => item.id));
  });

  it('lists genres largest first and the titles of one genre', async () => {
    const genres = (await get<GenreListResponse>('/genres')).body.items;
    expect(genres[0]).toMatchObject({ slug: 'drama', name: 'Drama' });
    expect(genres.map((genre) => genre.slug)).toContain('science-fiction');
    const scienceFiction = (await get<TitleSummaryPage>('/genres/science-fiction/titles?limit=100')).body;
    expect(scienceFiction.meta.total).toBe(genres.find((genre) => genre.slug === 'science-fiction')?.titleCount);
    for (const item of scienceFiction.items) expect(item.genres).toContain('Science Fiction');
    expect((await get<Problem>('/genres/no-such-genre/titles')).body.code).toBe('CATALOG.GENRE_NOT_FOUND');
  });

  it('returns home-page genre rows in one call', async () => {
    const { rows } = (await get<CategoriesResponse>('/titles/categories?rows=4&perRow=3')).body;
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.items).toHaveLength(3);
      for (const item of row.items) expect(item.genres).toContain(row.genre.name);
    }
  });
});

describe('GET /titles/:id', () => {
  it('shows similar titles that share genres, never the title itself', async () => {
    const toyStory = await byTitle('Toy Story');
    const { body } = await get<TitlePage>(`/titles/${toyStory.id}`);
    expect(body.similar.length).toBeGreaterThan(5);
    expect(body.similar.map((item) => item.id)).not.toContain(toyStory.id);
    for (const item of body.similar) expect(item.genres.some((genre) => toyStory.genres.includes(genre))).toBe(true);
    expect(body.similar[0]?.genres).toEqual(expect.arrayContaining(['Animation', 'Family']));
  });

  it('answers 404 with a catalog code for an unknown id', async () => {
    const { status, body } = await get<Problem>('/titles/0123456789abcdef01234567');
    expect(status).toBe(404);
    expect(body.code).toBe('CATALOG.TITLE_NOT_FOUND');
  });
});

describe('GET /search', () => {
  it('finds The Godfather despite a typo', async () => {
    const { body } = await get<SearchResponse>('/search?q=godfathr');
    expect(body.items[0]?.title).toBe('The Godfather');
  });

  it('completes a title as the viewer types', async () => {
    const { body } = await get<SearchResponse>('/search?q=toy%20sto');
    expect(body.items[0]?.title).toBe('Toy Story');
  });

  it('ranks the popular title first among equal matches', async () => {
    const { body } = await get<SearchResponse>('/search?q=heat');
    expect(body.items[0]?.title).toBe('Heat');
  });

  it('counts genres, years and types over every match and filters by them', async () => {
    const all = (await get<SearchResponse>('/search?q=love&limit=5')).body;
    expect(all.meta.total).toBeGreaterThan(5);
    expect(all.facets.types).toEqual([{ value: 'movie', count: all.meta.total }]);
    const comedy = all.facets.genres.find((facet) => facet.value === 'Comedy');
    expect(comedy?.count).toBeGreaterThan(0);
    const filtered = (await get<SearchResponse>('/search?q=love&genre=Comedy&limit=100')).body;
    expect(filtered.meta.total).toBe(comedy?.count);
    const year = all.facets.years[0];
    const inYear = (await get<SearchResponse>(`/search?q=love&yearFrom=${year?.value}&yearTo=${year?.value}`)).body;
    expect(inYear.meta.total).toBe(year?.count);
  });

  it('searches tags as keywords', async () => {
    const { body } = await get<SearchResponse>('/search?q=pixar');
    expect(body.items.map((item) => item.title)).toContain('Toy Story');
  });
});

describe('bad input', () => {
  const expect400 = async (path: string, field?: string) => {
    const { status, body } = await get<Problem>(path);
    expect(status).toBe(400);
    if (field) expect(body.errors?.map((error) => error.field)).toContain(field);
  };

  it('refuses a page far past the end', () => expect400('/titles?page=1000000000', 'page'));
  it('refuses a negative limit', () => expect400('/titles?limit=-1', 'limit'));
  it('refuses a limit above the hard maximum', () => expect400('/titles?limit=101', 'limit'));
  it('refuses an unknown sort', () => expect400('/titles?sort=price', 'sort'));
  it('refuses an unknown order', () => expect400('/titles?order=sideways', 'order'));
  it('refuses a 5 kB search query', () => expect400(`/search?q=${'a'.repeat(5000)}`, 'q'));
  it('refuses a search without q', () => expect400('/search', 'q'));
  it('refuses operator injection in a filter', () => expect400(`/titles?genre[$gt]=`));
  it('refuses operator injection as a filter value', () => expect400(`/titles?language=${encodeURIComponent('{"$gt": ""}')}`, 'language'));
  it('treats operator-like text in a search as plain words', async () => {
    const { status, body } = await get<SearchResponse>(`/search?q=${encodeURIComponent('{"$gt": ""}')}`);
    // Plain text to the search index: no operator meaning, so no match rather than everything.
    expect(status).toBe(200);
    expect(body.meta.total).toBe(0);
  });
  it('refuses a malformed title id', () => expect400('/titles/abc', 'id'));
  it('refuses a year range that ends before it starts', async () => {
    const { status, body } = await get<Problem>('/titles?yearFrom=2000&yearTo=1990');
    expect(status).toBe(400);
    expect(body.code).toBe('CATALOG.INVALID_RANGE');
  });
});
