import type {
  ApprovedContentPage, CategoriesResponse, ContentTagListResponse, ContentTagResponse, FeedResponse, ParentalControlsResponse, SearchResponse, TitleDetails,
  TitleInput, TitlePage, TitleSummaryPage, TitleTagsResponse,
} from '@onstream/common';
import { Api, type ApiResponse, type Problem } from './support/http.js';
import { IdentitySteps, type SignedUpUser, type TokenPair } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';
import { TestTokens } from './support/tokens.js';

/**
 * Parental controls through the gateway: a parent's title rules, denied content tags and
 * allow-list mode narrow every read of a kid profile and of a paired device (Axolotly launcher),
 * and the gateway's cache never serves a page filtered under an older policy.
 */
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const steps = new IdentitySteps(api, new Mailbox());
let staff: string;
let viewer: string;

beforeAll(async () => {
  await platform.start({ env: { CATALOG_SEED_DIR: '', CATALOG_CACHE_TTL_SECONDS: '600', SEARCH_CACHE_TTL_SECONDS: '600' } });
  const tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  staff = tokens.sign({ role: 'staff' });
  viewer = tokens.sign({ role: 'viewer' });
});
afterAll(() => platform.stop());

const ok = <T>(response: ApiResponse<T>, status = 200): T => {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};
const createTitle = async (title: Partial<TitleInput>) => ok(await api.post<TitleDetails>('/titles', { type: 'movie', maturityLevel: 'all', genres: ['Family'], ...title }, staff), 201);
const select = async (email: string, profileId: string) =>
  ok(await api.post<{ accessToken: string }>(`/me/profiles/${profileId}/select`, {}, (await steps.login(email)).accessToken)).accessToken;

const listIds = async (token?: string, query = '') => ok(await api.get<TitleSummaryPage>(`/titles?limit=100${query}`, token)).items.map((t) => t.id);
const searchIds = async (q: string, token?: string) => ok(await api.get<SearchResponse>(`/search?q=${encodeURIComponent(q)}&limit=100`, token)).items.map((t) => t.id);
const popularIds = async (token?: string) => ok(await api.get<FeedResponse>('/titles/popular?limit=100', token)).items.map((t) => t.id);
const rowIds = async (token?: string) => ok(await api.get<CategoriesResponse>('/titles/categories?perRow=30', token)).rows.flatMap((row) => row.items.map((t) => t.id));

let parent: SignedUpUser;
let kidProfileId: string;
let kid: string;
let sibling: string;
let dinoPark: TitleDetails;
let dinoQuest: TitleDetails;
let scaryForest: TitleDetails;
let crimeSaga: TitleDetails;

beforeAll(async () => {
  dinoPark = await createTitle({ title: 'Dino Park Adventure', popularity: 50, keywords: ['dinosaur'] });
  dinoQuest = await createTitle({ title: 'Dino Quest', popularity: 40, keywords: ['dinosaur'] });
  scaryForest = await createTitle({ title: 'The Scary Forest', popularity: 30 });
  crimeSaga = await createTitle({ title: 'Dino Crime Saga', maturityLevel: '18+', popularity: 60 });
  parent = await steps.newUser('parent');
  const kidProfile = ok(await api.post<{ id: string }>('/me/profiles', { name: 'Kid', kid: true, maturityLevel: '7+' }, parent.tokens.accessToken), 201);
  const adultProfile = ok(await api.post<{ id: string }>('/me/profiles', { name: 'Grown-up' }, parent.tokens.accessToken), 201);
  kidProfileId = kidProfile.id;
  kid = await select(parent.email, kidProfile.id);
  sibling = await select(parent.email, adultProfile.id);
});

const setRule = async (titleId: string, rule: 'allow' | 'deny') => ok(await api.put(`/me/profiles/${kidProfileId}/title-rules/${titleId}`, { rule }, parent.tokens.accessToken));
const removeRule = async (titleId: string) => ok(await api.delete(`/me/profiles/${kidProfileId}/title-rules/${titleId}`, parent.tokens.accessToken), 204);
/**
 * Reads until the answer comes from the cache. A page is not stored when any catalog invalidation
 * lands while it is read (the cache's epoch), and the titles created in beforeAll still send theirs
 * for a while on a loaded machine: so the read that warms the cache may need to be repeated.
 */
const cachedRead = <T>(path: string, token: string) => waitFor(`a cached ${path}`, async () => {
  const response = await api.get<T>(path, token);
  return response.headers.get('x-cache') === 'HIT' ? response : undefined;
}, 10_000);
const setControls = (body: unknown, token = parent.tokens.accessToken) => api.put<ParentalControlsResponse & Problem>(`/me/profiles/${kidProfileId}/parental-controls`, body, token);

describe('a title a parent denied', () => {
  it('leaves the kid’s list, search, feeds, rows, similar titles and details (404), at once and past the cache', async () => {
    // Warm the cache under the kid's current policy: the second read is a hit that includes the title.
    expect(await listIds(kid)).toEqual(expect.arrayContaining([dinoPark.id, dinoQuest.id]));
    expect((await cachedRead<TitleSummaryPage>('/titles?limit=100', kid)).body.items.map((t) => t.id)).toContain(dinoPark.id);
    expect(await searchIds('dino', kid)).toContain(dinoPark.id);
    expect((await cachedRead(`/titles/${dinoPark.id}`, kid)).status).toBe(200);
    expect(await listIds(kid)).not.toContain(crimeSaga.id);

    await setRule(dinoPark.id, 'deny');

    const afterList = await api.get<TitleSummaryPage>('/titles?limit=100', kid);
    expect(afterList.headers.get('x-cache')).toBe('MISS');
    expect(afterList.body.items.map((t) => t.id)).toEqual(expect.arrayContaining([dinoQuest.id]));
    expect(afterList.body.items.map((t) => t.id)).not.toContain(dinoPark.id);
    expect(await searchIds('dino', kid)).not.toContain(dinoPark.id);
    expect(await searchIds('dino', kid)).toContain(dinoQuest.id);
    expect(await popularIds(kid)).not.toContain(dinoPark.id);
    expect(await rowIds(kid)).not.toContain(dinoPark.id);
    const details = await api.get<Problem>(`/titles/${dinoPark.id}`, kid);
    expect([details.status, details.body.code]).toEqual([404, 'CATALOG.TITLE_NOT_FOUND']);
    const similar = ok(await api.get<TitlePage>(`/titles/${dinoQuest.id}`, kid)).similar.map((t) => t.id);
    expect(similar).not.toContain(dinoPark.id);
  });

  it('stays visible to the adult sibling profile and to anonymous callers', async () => {
    expect(await listIds(sibling)).toEqual(expect.arrayContaining([dinoPark.id, crimeSaga.id]));
    expect(await searchIds('dino', sibling)).toContain(dinoPark.id);
    expect((await api.get(`/titles/${dinoPark.id}`, sibling)).status).toBe(200);
    expect((await api.get(`/titles/${dinoPark.id}`)).status).toBe(200);
    const similar = ok(await api.get<TitlePage>(`/titles/${dinoQuest.id}`, sibling)).similar.map((t) => t.id);
    expect(similar).toContain(dinoPark.id);
  });

  it('comes back when the parent removes the rule (a new policy version, not a stale cached page)', async () => {
    await removeRule(dinoPark.id);
    expect(await listIds(kid)).toContain(dinoPark.id);
    expect((await api.get(`/titles/${dinoPark.id}`, kid)).status).toBe(200);
    await setRule(dinoPark.id, 'deny');
    // Same policy as before the removal: its cached pages (filtered under it) are served again, correctly without the title.
    expect(await listIds(kid)).not.toContain(dinoPark.id);
    expect((await api.get(`/titles/${dinoPark.id}`, kid)).status).toBe(404);
  });
});

describe('a kid profile’s maturity limit', () => {
  it('applies at the next read when the parent lowers it; raising it needs the profile selected again', async () => {
    const teenFilm = await createTitle({ title: 'Teen Dino Mystery', maturityLevel: '13+', popularity: 20 });
    const setLimit = async (maturityLevel: string) => ok(await api.patch(`/me/profiles/${kidProfileId}`, { maturityLevel }, parent.tokens.accessToken));
    await setLimit('13+');
    // A token carries the limit it was issued under: the kid's older token stays at 7+.
    expect((await api.get(`/titles/${teenFilm.id}`, kid)).status).toBe(404);
    const teenKid = await select(parent.email, kidProfileId);
    // Read twice: the second read is answered from the policy users keeps in its read model.
    expect((await api.get(`/titles/${teenFilm.id}`, teenKid)).status).toBe(200);
    expect((await api.get(`/titles/${teenFilm.id}`, teenKid)).status).toBe(200);
    expect(await listIds(teenKid)).toContain(teenFilm.id);

    await setLimit('7+');
    expect((await api.get(`/titles/${teenFilm.id}`, teenKid)).status).toBe(404);
    expect(await listIds(teenKid)).not.toContain(teenFilm.id);
    expect(await searchIds('dino', teenKid)).not.toContain(teenFilm.id);
  });
});

describe('content tags', () => {
  it('staff create tags and tag titles; tags appear in the title payload and the public list', async () => {
    const created = ok(await api.post<ContentTagResponse>('/tags', { slug: 'scary-scenes', name: 'Scary scenes', description: 'May frighten young children.' }, staff), 201);
    expect(created).toMatchObject({ slug: 'scary-scenes', name: 'Scary scenes', titleCount: 0 });
    ok(await api.post('/tags', { slug: 'violence', name: 'Violence' }, staff), 201);
    const duplicate = await api.post<Problem>('/tags', { slug: 'violence', name: 'Again' }, staff);
    expect([duplicate.status, duplicate.body.code]).toEqual([409, 'CATALOG.TAG_EXISTS']);

    expect(ok(await api.put<TitleTagsResponse>(`/titles/${scaryForest.id}/tags/scary-scenes`, undefined, staff))).toEqual({ id: scaryForest.id, tags: ['scary-scenes'] });
    expect(ok(await api.put<TitleTagsResponse>(`/titles/${scaryForest.id}/tags/scary-scenes`, undefined, staff)).tags).toEqual(['scary-scenes']);
    expect(ok(await api.get<TitlePage>(`/titles/${scaryForest.id}`)).tags).toEqual(['scary-scenes']);
    const tags = ok(await api.get<ContentTagListResponse>('/tags')).items;
    expect(tags.map((t) => [t.slug, t.titleCount])).toEqual([['scary-scenes', 1], ['violence', 0]]);
    expect(ok(await api.patch<ContentTagResponse>('/tags/violence', { name: 'Violence and fights' }, staff))).toMatchObject({ slug: 'violence', name: 'Violence and fights' });
  });

  it('a denied tag drops its titles out of the kid’s lists, search and details; the sibling still sees them', async () => {
    expect(await searchIds('scary forest', kid)).toContain(scaryForest.id);
    expect(ok(await setControls({ deniedTags: ['scary-scenes'] }))).toMatchObject({ mode: 'open', deniedTags: ['scary-scenes'] });
    expect(await listIds(kid)).not.toContain(scaryForest.id);
    expect(await searchIds('scary forest', kid)).not.toContain(scaryForest.id);
    expect((await api.get(`/titles/${scaryForest.id}`, kid)).status).toBe(404);
    expect(await listIds(sibling)).toContain(scaryForest.id);
    expect(await searchIds('scary forest', sibling)).toContain(scaryForest.id);
  });

  it('untagging a title brings it back for the kid (the search index stays in step)', async () => {
    expect(ok(await api.delete<TitleTagsResponse>(`/titles/${scaryForest.id}/tags/scary-scenes`, staff)).tags).toEqual([]);
    expect(await searchIds('scary forest', kid)).toContain(scaryForest.id);
    expect((await api.get(`/titles/${scaryForest.id}`, kid)).status).toBe(200);
    ok(await api.put(`/titles/${scaryForest.id}/tags/scary-scenes`, undefined, staff));
    expect(await searchIds('scary forest', kid)).not.toContain(scaryForest.id);
  });

  it('refuses unknown tags: 422 for a parent, 404 for staff tagging a title', async () => {
    const unknown = await setControls({ deniedTags: ['scary-scenes', 'gore'] });
    expect([unknown.status, unknown.body.code]).toEqual([422, 'USERS.UNKNOWN_CONTENT_TAG']);
    const tagging = await api.put<Problem>(`/titles/${scaryForest.id}/tags/gore`, undefined, staff);
    expect([tagging.status, tagging.body.code]).toEqual([404, 'CATALOG.TAG_NOT_FOUND']);
    const missingTitle = await api.put<Problem>('/titles/64b000000000000000000000/tags/violence', undefined, staff);
    expect([missingTitle.status, missingTitle.body.code]).toEqual([404, 'CATALOG.TITLE_NOT_FOUND']);
    expect(ok(await setControls({}))).toMatchObject({ deniedTags: ['scary-scenes'] });
  });
});

describe('the Axolotly launcher with a paired device', () => {
  let device: string;
  beforeAll(async () => {
    const code = ok(await api.post<{ code: string }>('/me/devices/pairing-codes', { profileId: kidProfileId }, parent.tokens.accessToken), 201);
    device = ok(await api.post<TokenPair>('/auth/device/pair', { code: code.code, deviceName: 'Kids tablet' })).accessToken;
  });

  it('lists only approved titles, page by page: within the limit, nothing denied by title or tag', async () => {
    const first = ok(await api.get<ApprovedContentPage>('/launcher/approved-content?limit=100', device));
    expect(first.profileId).toBe(kidProfileId);
    expect(first.items.map((t) => t.id)).toEqual([dinoQuest.id]);
    expect(first.meta.total).toBe(1);
    // The device's other reads are filtered the same way.
    expect(await searchIds('dino', device)).toEqual([dinoQuest.id]);
    expect((await api.get(`/titles/${dinoPark.id}`, device)).status).toBe(404);

    await removeRule(dinoPark.id);
    const paged = ok(await api.get<ApprovedContentPage>('/launcher/approved-content?limit=1&page=2', device));
    expect(paged.meta).toEqual({ page: 2, limit: 1, total: 2, totalPages: 2 });
    expect(paged.items.map((t) => t.id)).toEqual([dinoQuest.id]);
    expect(paged.policyVersion).not.toBe(first.policyVersion);
  });

  it('in allow-list mode shows only titles the parent allowed', async () => {
    await setRule(dinoQuest.id, 'allow');
    ok(await setControls({ mode: 'allow-list' }));
    expect(ok(await api.get<ApprovedContentPage>('/launcher/approved-content', device)).items.map((t) => t.id)).toEqual([dinoQuest.id]);
    expect(await listIds(kid)).toEqual([dinoQuest.id]);
    expect((await api.get(`/titles/${dinoPark.id}`, kid)).status).toBe(404);
    // An allowed title above the maturity limit stays hidden: the limit is never lifted.
    await setRule(crimeSaga.id, 'allow');
    expect(await listIds(kid)).toEqual([dinoQuest.id]);
    ok(await setControls({ mode: 'open' }));
    expect(await listIds(kid)).toEqual(expect.arrayContaining([dinoPark.id, dinoQuest.id]));
  });

  it('refuses account and kid-profile tokens (403) and anonymous callers (401)', async () => {
    const account = await api.get<Problem>('/launcher/approved-content', parent.tokens.accessToken);
    expect([account.status, account.body.code]).toEqual([403, 'AUTH.SCOPE_FORBIDDEN']);
    expect((await api.get('/launcher/approved-content', kid)).status).toBe(403);
    expect((await api.get('/launcher/approved-content')).status).toBe(401);
    expect((await api.get('/launcher/approved-content', 'not-a-token')).status).toBe(401);
  });

  it('refuses bad paging with 400', async () => {
    for (const query of ['limit=-1', 'page=1000000000', 'limit=abc', 'page[$gt]=']) {
      expect([query, (await api.get(`/launcher/approved-content?${query}`, device)).status]).toEqual([query, 400]);
    }
  });
});

describe('who may manage tags and controls', () => {
  it('answers 401 to anonymous callers and 403 to viewers and kid profiles', async () => {
    const matrix: Array<[string, string, string, unknown]> = [
      ['POST', '/tags', '', { slug: 'themes', name: 'Themes' }],
      ['PATCH', '/tags/violence', '', { name: 'x' }],
      ['DELETE', '/tags/violence', '', undefined],
      ['PUT', `/titles/${dinoQuest.id}/tags/violence`, '', undefined],
      ['DELETE', `/titles/${dinoQuest.id}/tags/violence`, '', undefined],
    ];
    for (const [method, path, , body] of matrix) {
      expect([method, path, (await api.call(method, path, { body })).status]).toEqual([method, path, 401]);
      expect([method, path, (await api.call(method, path, { body, token: viewer })).status]).toEqual([method, path, 403]);
      expect([method, path, (await api.call(method, path, { body, token: kid })).status]).toEqual([method, path, 403]);
    }
    expect((await setControls({ mode: 'allow-list' }, kid)).status).toBe(403);
    expect((await api.get(`/me/profiles/${kidProfileId}/parental-controls`)).status).toBe(401);
    expect(ok(await api.get<ParentalControlsResponse>(`/me/profiles/${kidProfileId}/parental-controls`, parent.tokens.accessToken))).toMatchObject({ mode: 'open', deniedTags: ['scary-scenes'] });
    expect((await api.get('/tags')).status).toBe(200);
  });

  it('deleting a tag takes it off every title', async () => {
    expect(ok(await api.delete<{ untaggedTitles: number }>('/tags/scary-scenes', staff))).toEqual({ slug: 'scary-scenes', untaggedTitles: 1 });
    expect(ok(await api.get<TitlePage>(`/titles/${scaryForest.id}`)).tags).toEqual([]);
    expect(await searchIds('scary forest', kid)).toContain(scaryForest.id);
    expect((await api.delete<Problem>('/tags/scary-scenes', staff)).status).toBe(404);
  });
});

describe('bad input', () => {
  it('refuses over-long, malformed and injection-shaped tags with 400', async () => {
    const cases: unknown[] = [
      { slug: 'long-name', name: 'x'.repeat(5000) },
      { slug: 'long-description', name: 'Fine', description: 'y'.repeat(5000) },
      { slug: { $gt: '' }, name: 'Injection' },
      { slug: '{"$gt":""}', name: 'Injection' },
      { slug: 'ok-slug', name: { $gt: '' } },
      { slug: 'Upper Case', name: 'Bad slug' },
      { slug: 'ctrl', name: 'bell\u0007' },
      { slug: 'x'.repeat(41), name: 'Too long slug' },
    ];
    for (const body of cases) {
      const response = await api.post<Problem>('/tags', body, staff);
      expect([JSON.stringify(body).slice(0, 60), response.status, response.body.code]).toEqual([JSON.stringify(body).slice(0, 60), 400, 'COMMON.VALIDATION_FAILED']);
    }
    expect((await api.patch('/tags/violence', { name: 'z'.repeat(5000) }, staff)).status).toBe(400);
    expect((await api.put(`/titles/${dinoQuest.id}/tags/${encodeURIComponent('{"$gt":""}')}`, undefined, staff)).status).toBe(400);
    expect((await api.put(`/titles/${encodeURIComponent('{"$gt":""}')}/tags/violence`, undefined, staff)).status).toBe(400);
  });

  it('refuses malformed parental controls with 400', async () => {
    for (const body of [{ deniedTags: [{ $gt: '' }] }, { deniedTags: 'violence' }, { deniedTags: ['x'.repeat(5000)] }, { mode: { $gt: '' } }, { mode: 'closed' }, { deniedTags: ['violence', 'violence'] }]) {
      expect([JSON.stringify(body).slice(0, 60), (await setControls(body)).status]).toEqual([JSON.stringify(body).slice(0, 60), 400]);
    }
  });
});
