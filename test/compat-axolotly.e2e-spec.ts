import { FakeMediaWiki } from './support/fake-mediawiki.js';
import { FakeMovieOfTheNight, streamingOption } from './support/fake-movie-of-the-night.js';
import { waitFor } from './support/processes.js';
import { FakeTmdb, GODFATHER, NETFLIX, watchProvidersOf } from './support/fake-tmdb.js';
import { Api } from './support/http.js';
import { PASSWORD, uniqueEmail } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { DATE, DETAILS, expectProblem, NUMBER, nullOr, STREAMIFY_MOVIE, STRING, startWithTmdbMovies } from './support/seed-contract.js';

/**
 * Seed 003 (Axolotly backend) walked top to bottom with its own paths and bodies: parent sign-up and
 * `{access_token, token_type}` login by e-mail, the catalog, kid profiles, title policies, streaming
 * services, pairing a launcher and what it may show, the device list and unpairing. Kid-profile and
 * device tokens are refused (403) on every parent route; the launcher's deep-link reports and their review;
 * content reports, tags, the wiki tag import (a local fake MediaWiki) and the episode backfill for staff.
 */
const platform = new Platform();
const mailbox = new Mailbox();
const TMDB_KEY = 'e2e-tmdb-key';
const tmdb = new FakeTmdb({ apiKey: TMDB_KEY });
const wiki = new FakeMediaWiki().page('Dino Quest', ['Category:Scary scenes', 'Category:Dinosaurs']);
const MOTN_KEY = 'e2e-motn-key';
const GODFATHER_ON_NETFLIX = 'https://www.netflix.com/watch/60011152';
const deepLinkApi = new FakeMovieOfTheNight(MOTN_KEY).show('/shows/movie/238', {
  itemType: 'show', showType: 'movie', id: '82', imdbId: 'tt0068646', tmdbId: 'movie/238', title: 'The Godfather',
  streamingOptions: { us: [streamingOption('netflix', 'https://www.netflix.com/title/60011152', GODFATHER_ON_NETFLIX), streamingOption('prime', 'javascript:alert(1)'), streamingOption('zattoo', 'https://zattoo.com/x')] },
});
const api = new Api((path) => `${platform.baseUrl}/api${path}`);
const v1 = new Api((path) => platform.url(path));
const parent = { email: uniqueEmail('axolotly-003'), access: '' };
let tokens: Awaited<ReturnType<typeof startWithTmdbMovies>>;

beforeAll(async () => {
  // The Godfather's offers make Netflix (8) a known provider.
  tmdb.on('/movie/238/watch/providers', { status: 200, body: watchProvidersOf(238, { DE: { flatrate: [NETFLIX] } }) });
  tokens = await startWithTmdbMovies(platform, tmdb, TMDB_KEY, { 238: GODFATHER }, {
    TAG_WIKI_API_URL: await wiki.start(), MOVIE_OF_THE_NIGHT_API_KEY: MOTN_KEY, MOVIE_OF_THE_NIGHT_API_BASE: await deepLinkApi.start(),
  });
}, 300_000);

afterAll(async () => {
  await platform.stop();
  await tmdb.stop();
  await wiki.stop();
  await deepLinkApi.stop();
}, 60_000);

describe('seed 003 Authentication', () => {
  it('POST /api/signup creates a parent account; a taken e-mail is 409, a short password 400', async () => {
    const created = await api.post<Record<string, unknown>>('/signup', { email: parent.email, password: PASSWORD });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: STRING, email: parent.email, role: 'parent', created_at: DATE });
    expect(created.body).not.toHaveProperty('password_hash');
    expectProblem(await api.post('/signup', { email: parent.email, password: PASSWORD }), 409);
    expectProblem(await api.post('/signup', { email: uniqueEmail(), password: 'short' }), 400);
  });

  it('POST /api/login {email, password} answers {access_token, token_type: bearer}; invalid credentials 401', async () => {
    const token = await mailbox.linkToken(parent.email, /Confirm your OnStream/);
    expect((await v1.post('/auth/email/verify', { token })).status).toBe(200);
    const login = await api.post<Record<string, unknown>>('/login', { email: parent.email, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ access_token: STRING, token_type: 'bearer' });
    parent.access = login.body.access_token as string;
    expectProblem(await api.post('/login', { email: parent.email, password: 'wrong password 1' }), 401);
  });
});

describe('seed 003 Content Catalog (parent)', () => {
  it('GET /api/catalog/search?query= finds titles for a parent; anonymous 401, a kid or device token 403', async () => {
    const found = await api.get<{ results: Array<Record<string, unknown>>; page: number }>('/catalog/search?query=godfather', parent.access);
    expect(found.status).toBe(200);
    expect(found.body).toEqual({ results: expect.any(Array), page: NUMBER, total_pages: NUMBER, total_results: NUMBER });
    expect(found.body.results.map((title) => title.id)).toEqual([238]);
    expectProblem(await api.get('/catalog/search?query=godfather'), 401);
    expectProblem(await api.get('/catalog/search?query=godfather', tokens.sign({ kid: true, profileId: '665f1c2e9b1e8a0012345678', maturityLimit: '7+' })), 403);
    expectProblem(await api.get('/catalog/search?query=godfather', tokens.sign({ kid: true, device: true, profileId: '665f1c2e9b1e8a0012345678', maturityLimit: '7+' })), 403);
    expectProblem(await api.get('/catalog/search', parent.access), 400);
  });

  it('GET /api/catalog/titles/{id} answers the title’s details by TMDb id or ours; unknown 404', async () => {
    const title = await api.get<Record<string, unknown>>('/catalog/titles/238', parent.access);
    expect(title.status).toBe(200);
    expect(title.body).toMatchObject({ ...STREAMIFY_MOVIE, ...DETAILS, id: 238, _id: STRING, title: 'The Godfather' });
    expect((await api.get<{ id: number }>(`/catalog/titles/${title.body._id as string}`, parent.access)).body.id).toBe(238);
    expectProblem(await api.get('/catalog/titles/999999', parent.access), 404);
    expectProblem(await api.get('/catalog/titles/238'), 401);
  });
});

/** The kid profile the walk pairs a launcher to, the titles it is about and the tokens it is refused with. */
const family = { mia: '', godfather: '', dinoPark: '', dinoQuest: '', kid: '', device: '', deviceId: '' };
const KID_PROFILE = { id: STRING, name: STRING, avatar: nullOr('string'), maturity_level: STRING, has_pin: expect.any(Boolean), created_at: DATE };
/** Every parent route with a body it would take: a kid-profile or device token must get 403 on each. */
const PARENT_ROUTES: Array<[string, string, unknown?]> = [
  ['GET', '/catalog/search?query=dino'], ['GET', '/catalog/titles/238'], ['POST', '/catalog/policies', () => ({ kid_profile_id: family.mia, title_id: family.dinoQuest, policy: 'allow' })],
  ['GET', '/services'], ['POST', '/services', { service_ids: [] }], ['GET', '/profiles'], ['POST', '/profiles', { name: 'Sneaky' }], ['PUT', '/profiles/665f1c2e9b1e8a0012345678', { name: 'Sneaky' }],
  ['DELETE', '/profiles/665f1c2e9b1e8a0012345678'], ['POST', '/devices/pair-code', () => ({ kid_profile_id: family.mia })], ['GET', '/devices'], ['DELETE', '/devices/665f1c2e9b1e8a0012345678'],
];

async function expectParentRoutesRefuse(token: string): Promise<void> {
  for (const [method, path, body] of PARENT_ROUTES) {
    const answer = await api.call(method, path, { token, body: typeof body === 'function' ? body() : body });
    expect([method, path, answer.status]).toEqual([method, path, 403]);
    expectProblem(answer, 403);
  }
}

describe('seed 003 Kid Profiles', () => {
  it('GET /api/profiles lists only kid profiles: none at first (the main profile is an adult one)', async () => {
    const listed = await api.get('/profiles', parent.access);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([]);
    expectProblem(await api.get('/profiles'), 401);
  });

  it('POST /api/profiles creates a kid profile with a PIN and a maturity limit (default 7+); the PIN is never answered', async () => {
    const mia = await api.post<Record<string, unknown>>('/profiles', { name: 'Mia', pin: '4821', maturity_level: 'all' }, parent.access);
    expect(mia.status).toBe(201);
    expect(mia.body).toEqual({ ...KID_PROFILE, name: 'Mia', avatar: null, maturity_level: 'all', has_pin: true });
    family.mia = mia.body.id as string;
    const leo = await api.post<Record<string, unknown>>('/profiles', { name: 'Leo', avatar: 'avatar-3' }, parent.access);
    expect(leo.body).toEqual({ ...KID_PROFILE, name: 'Leo', avatar: 'avatar-3', maturity_level: '7+', has_pin: false });
    for (const hostile of [{}, { name: 'X', maturity_level: '18+' }, { name: 'X', pin: '12a4' }, { name: { $gt: '' } }, { name: 'X', kid: false }, { name: 'X', pin: 4821 }]) {
      expectProblem(await api.post('/profiles', hostile, parent.access), 400);
    }
  });

  it('PUT /api/profiles/{id} changes the fields sent and keeps the rest; pin null removes the PIN', async () => {
    const listed = (await api.get<Array<Record<string, unknown>>>('/profiles', parent.access)).body;
    expect(listed).toEqual([expect.objectContaining({ ...KID_PROFILE, id: family.mia }), expect.objectContaining({ ...KID_PROFILE, name: 'Leo' })]);
    const leoId = listed[1]?.id as string;
    const changed = await api.put<Record<string, unknown>>(`/profiles/${leoId}`, { maturity_level: '13+', pin: '1111' }, parent.access);
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ ...KID_PROFILE, id: leoId, name: 'Leo', avatar: 'avatar-3', maturity_level: '13+', has_pin: true });
    expect((await api.put<Record<string, unknown>>(`/profiles/${leoId}`, { pin: null }, parent.access)).body).toMatchObject({ name: 'Leo', has_pin: false });
    expectProblem(await api.put(`/profiles/${leoId}`, { maturity_level: 'adult' }, parent.access), 400);
    expectProblem(await api.put('/profiles/not-an-id', { name: 'Leo' }, parent.access), 400);
    expectProblem(await api.put('/profiles/665f1c2e9b1e8a0012345678', { name: 'Leo' }, parent.access), 404);

    expect((await api.delete(`/profiles/${leoId}`, parent.access)).status).toBe(204);
    expect((await api.get<Array<{ id: string }>>('/profiles', parent.access)).body.map((profile) => profile.id)).toEqual([family.mia]);
    expectProblem(await api.delete(`/profiles/${leoId}`, parent.access), 404);
  });

  it('a kid profile’s token (v1 select) is refused on every parent route (403)', async () => {
    const selected = await v1.post<{ accessToken: string }>(`/me/profiles/${family.mia}/select`, {}, parent.access);
    expect(selected.status).toBe(200);
    family.kid = selected.body.accessToken;
    await expectParentRoutesRefuse(family.kid);
  });
});

describe('seed 003 title policies (POST /api/catalog/policies)', () => {
  beforeAll(async () => {
    const staff = tokens.sign({ role: 'staff' });
    const create = async (title: string, popularity: number) =>
      (await v1.post<{ id: string }>('/titles', { type: 'movie', title, maturityLevel: 'all', genres: ['Family'], popularity }, staff)).body.id;
    family.dinoPark = await create('Dino Park', 50);
    family.dinoQuest = await create('Dino Quest', 40);
    family.godfather = (await api.get<{ _id: string }>('/catalog/titles/238', parent.access)).body._id;
  });

  it('allows or denies a title for a kid profile by `_id` or TMDb id (a string or a number)', async () => {
    const denied = await api.post<Record<string, unknown>>('/catalog/policies', { kid_profile_id: family.mia, title_id: family.dinoPark, policy: 'deny' }, parent.access);
    expect(denied.status).toBe(200);
    expect(denied.body).toEqual({ kid_profile_id: family.mia, title_id: family.dinoPark, policy: 'deny', updated_at: DATE });
    const byTmdb = await api.post<Record<string, unknown>>('/catalog/policies', { kid_profile_id: family.mia, title_id: 238, policy: 'allow' }, parent.access);
    expect(byTmdb.body).toMatchObject({ title_id: family.godfather, policy: 'allow' });
    expect((await api.post('/catalog/policies', { kid_profile_id: family.mia, title_id: '238', policy: 'deny' }, parent.access)).body).toMatchObject({ title_id: family.godfather, policy: 'deny' });
  });

  it('refuses hostile bodies (400), an unknown TMDb id or profile (404), an adult profile (409)', async () => {
    const body = { kid_profile_id: family.mia, title_id: family.dinoQuest, policy: 'allow' };
    for (const hostile of [{}, { ...body, policy: 'maybe' }, { ...body, title_id: 1.5 }, { ...body, title_id: { $ne: null } }, { ...body, kid_profile_id: 'mia' }, { ...body, extra: 1 }]) {
      expectProblem(await api.post('/catalog/policies', hostile, parent.access), 400);
    }
    expectProblem(await api.post('/catalog/policies', { ...body, title_id: 999999 }, parent.access), 404);
    expectProblem(await api.post('/catalog/policies', { ...body, kid_profile_id: '665f1c2e9b1e8a0012345678' }, parent.access), 404);
    const adult = (await v1.get<{ items: Array<{ id: string; kid: boolean }> }>('/me/profiles', parent.access)).body.items.find((profile) => !profile.kid);
    expectProblem(await api.post('/catalog/policies', { ...body, kid_profile_id: adult?.id }, parent.access), 409);
    expectProblem(await api.post('/catalog/policies', body), 401);
  });
});

describe('seed 003 Streaming Services', () => {
  it('GET /api/services answers the family’s services, none at first; POST replaces them and the country', async () => {
    const empty = await api.get('/services', parent.access);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ service_ids: [], country: null, updated_at: null });
    const set = await api.post('/services', { service_ids: [], country: 'de' }, parent.access);
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ service_ids: [], country: 'DE', updated_at: DATE });
    expect((await api.get('/services', parent.access)).body).toEqual(set.body);
  });

  it('refuses an unknown service (422), malformed ids (400) and anonymous callers (401)', async () => {
    expectProblem(await api.post('/services', { service_ids: [99999] }, parent.access), 422);
    for (const hostile of [{}, { service_ids: ['8'] }, { service_ids: [8, 8] }, { service_ids: [0] }, { service_ids: [8], country: 'Deutschland' }, { providerIds: [8] }]) {
      expectProblem(await api.post('/services', hostile, parent.access), 400);
    }
    expectProblem(await api.get('/services'), 401);
  });
});

describe('seed 003 Device Management and Launcher API', () => {
  let code = '';

  it('POST /api/devices/pair-code makes a code for a kid profile', async () => {
    const made = await api.post<Record<string, unknown>>('/devices/pair-code', { kid_profile_id: family.mia }, parent.access);
    expect(made.status).toBe(201);
    expect(made.body).toEqual({ code: STRING, expires_at: DATE });
    code = made.body.code as string;
    expectProblem(await api.post('/devices/pair-code', { kid_profile_id: '665f1c2e9b1e8a0012345678' }, parent.access), 404);
    expectProblem(await api.post('/devices/pair-code', { kid_profile_id: 42 }, parent.access), 400);
  });

  it('POST /api/launcher/pair redeems the code, without a token, for {access_token, token_type: bearer}; a used code is 400', async () => {
    const paired = await api.post<Record<string, unknown>>('/launcher/pair', { code: code.toLowerCase(), device_name: 'Kids room TV' });
    expect(paired.status).toBe(200);
    expect(paired.body).toEqual({ access_token: STRING, token_type: 'bearer', expires_in: NUMBER, refresh_token: STRING });
    family.device = paired.body.access_token as string;
    expectProblem(await api.post('/launcher/pair', { code }), 400);
    expectProblem(await api.post('/launcher/pair', { code: 'short' }), 400);
    expectProblem(await api.post('/launcher/pair', { code: 'ZZZZ-ZZZZ', device_type: 'toaster' }), 400);
  });

  it('GET /api/launcher/approved-content answers the device the movies its kid profile may see, without denied titles', async () => {
    const approved = await api.get<{ results: Array<Record<string, unknown>> } & Record<string, unknown>>('/launcher/approved-content', family.device);
    expect(approved.status).toBe(200);
    expect(approved.body).toEqual({ results: [expect.any(Object)], page: 1, total_pages: 1, total_results: 1, kid_profile_id: family.mia, policy_version: STRING });
    expect(approved.body.results[0]).toMatchObject({ ...STREAMIFY_MOVIE, _id: family.dinoQuest, title: 'Dino Quest', genres: ['Family'] });
    expectProblem(await api.get('/launcher/approved-content?limit=0', family.device), 400);
    expectProblem(await api.get('/launcher/approved-content', parent.access), 403);
    expectProblem(await api.get('/launcher/approved-content', family.kid), 403);
    expectProblem(await api.get('/launcher/approved-content'), 401);
  });

  it('POST /api/launcher/report-deep-link takes a link to a title from the device, once per device; staff accept it and the approved content carries it', async () => {
    const link = { title_id: family.dinoQuest, provider_id: 8, url: 'https://www.netflix.com/title/80057281' };
    const reported = await api.post<Record<string, unknown>>('/launcher/report-deep-link', link, family.device);
    expect(reported.status).toBe(200);
    const stored = { id: STRING, title_id: family.dinoQuest, provider_id: 8, url: link.url, season_number: null, episode_number: null, status: 'pending' };
    expect(reported.body).toEqual({ ...stored, counted: true });
    const repeated = await api.post<Record<string, unknown>>('/launcher/report-deep-link', link, family.device);
    expect(repeated.body).toEqual({ ...stored, id: reported.body.id, counted: false });
    // The Godfather (by TMDb id or ours) is above the kid profile's limit: the device learns nothing of it.
    expectProblem(await api.post('/launcher/report-deep-link', { title_id: 238, provider_id: 8, url: 'nflx://www.netflix.com/title/60011152' }, family.device), 404);
    expectProblem(await api.post('/launcher/report-deep-link', { title_id: family.godfather, provider_id: 8, url: 'nflx://www.netflix.com/title/60011152' }, family.device), 404);
    const appLink = await api.post<Record<string, unknown>>('/launcher/report-deep-link', { title_id: family.dinoQuest, provider_id: 8, url: 'nflx://www.netflix.com/title/60011152' }, family.device);
    expect(appLink.body).toMatchObject({ title_id: family.dinoQuest, url: 'nflx://www.netflix.com/title/60011152', counted: true });

    const staff = tokens.sign({ role: 'staff' });
    const queue = await v1.get<{ items: Array<Record<string, unknown>>; nextCursor: string | null }>('/admin/catalog/deep-links?status=pending&limit=100', staff);
    expect(queue.status).toBe(200);
    expect(queue.body.items).toContainEqual({
      id: reported.body.id, titleId: family.dinoQuest, providerId: 8, url: link.url, seasonNumber: null, episodeNumber: null, status: 'pending', source: 'device', reports: 1,
      createdAt: DATE, reviewedBy: null, reviewedAt: null,
    });
    const accepted = await v1.post<Record<string, unknown>>(`/admin/catalog/deep-links/${reported.body.id as string}/review`, { decision: 'accept' }, staff);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', reviewedBy: STRING, reviewedAt: DATE });
    expectProblem(await v1.post('/admin/catalog/deep-links/665f1c2e9b1e8a0012345678/review', { decision: 'accept' }, staff), 404);
    expectProblem(await v1.post(`/admin/catalog/deep-links/${reported.body.id as string}/review`, { decision: 'maybe' }, staff), 400);
    for (const token of [parent.access, family.kid, family.device]) expectProblem(await v1.get('/admin/catalog/deep-links', token), 403);

    const approved = await api.get<{ results: Array<Record<string, unknown>> }>('/launcher/approved-content', family.device);
    expect(approved.body.results[0]).toMatchObject({ _id: family.dinoQuest, deep_links: [{ provider_id: 8, url: link.url, season_number: null, episode_number: null }] });
    const approvedV1 = await v1.get<{ deepLinks: unknown[] }>('/launcher/approved-content', family.device);
    expect(approvedV1.body.deepLinks).toEqual([{ titleId: family.dinoQuest, providerId: 8, url: link.url, seasonNumber: null, episodeNumber: null }]);
  });

  it('POST /api/launcher/report-deep-link refuses hostile links (400), unknown titles (404), unknown providers and episodes of a movie (422), and other tokens', async () => {
    const link = { title_id: family.dinoQuest, provider_id: 8, url: 'https://www.netflix.com/title/1' };
    const hostile = [
      'javascript:alert(1)', 'JavaScript://%0Aalert(1)', 'data:text/html,<script>alert(1)</script>', 'http://www.netflix.com/title/1', 'file:///etc/passwd', 'intent://x#Intent;end',
      'https://127.0.0.1/title/1', 'https://[::1]/x', 'https://localhost/x', 'https://metadata.internal/x', 'https://user:pw@www.netflix.com/x', 'https://www.netflix.com:8443/x',
      'https://www.netflix.com/title/1 2', 'https://www.netflix.com/\u0000', `https://www.netflix.com/${'a'.repeat(2050)}`, '', 'netflix.com/title/1',
    ];
    for (const url of hostile) expect([url.slice(0, 40), (await api.post('/launcher/report-deep-link', { ...link, url }, family.device)).status]).toEqual([url.slice(0, 40), 400]);
    for (const body of [{}, { ...link, provider_id: '8' }, { ...link, provider_id: 0 }, { ...link, season_number: 1 }, { ...link, title_id: { $ne: null } }, { ...link, url: ['https://a.b/c'] }, { ...link, extra: 1 }]) {
      expectProblem(await api.post('/launcher/report-deep-link', body, family.device), 400);
    }
    expectProblem(await api.post('/launcher/report-deep-link', { ...link, title_id: '665f1c2e9b1e8a0012345678' }, family.device), 404);
    expectProblem(await api.post('/launcher/report-deep-link', { ...link, provider_id: 99999 }, family.device), 422);
    expectProblem(await api.post('/launcher/report-deep-link', { ...link, season_number: 1, episode_number: 1 }, family.device), 422);
    for (const token of [parent.access, family.kid]) expectProblem(await api.post('/launcher/report-deep-link', link, token), 403);
    expectProblem(await api.post('/launcher/report-deep-link', link), 401);
  });

  it('a device token is refused on every parent route (403)', async () => {
    await expectParentRoutesRefuse(family.device);
  });

  it('GET /api/devices lists the paired launcher; DELETE /api/devices/{id} unpairs it and its token stops working', async () => {
    const listed = await api.get<Array<Record<string, unknown>>>('/devices', parent.access);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([{ id: STRING, name: 'Kids room TV', device_type: 'tv', kid_profile_id: family.mia, paired_at: DATE, last_seen_at: DATE }]);
    family.deviceId = listed.body[0]?.id as string;

    expect((await api.delete(`/devices/${family.deviceId}`, parent.access)).status).toBe(204);
    expectProblem(await api.get('/launcher/approved-content', family.device), 401);
    expect((await api.get('/devices', parent.access)).body).toEqual([]);
    expectProblem(await api.delete(`/devices/${family.deviceId}`, parent.access), 404);
    expectProblem(await api.delete('/devices/not-an-id', parent.access), 400);
    expectProblem(await api.get('/devices'), 401);
  });
});

describe('seed 003 Admin API: content reports (v1 moderation)', () => {
  it('GET /api/admin/reports lists open reports; POST /api/admin/reports/{id}/resolve resolves one once; others are refused', async () => {
    const reported = await v1.post<{ id: string }>('/reports', { targetType: 'title', targetId: family.dinoPark, reason: 'other', details: 'Too scary for Mia' }, parent.access);
    expect(reported.status).toBe(201);
    const admin = tokens.sign({ role: 'admin' });
    const listed = await api.get<{ reports: Array<Record<string, unknown>> }>('/admin/reports?target_type=title&limit=100', admin);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ reports: expect.any(Array), next_cursor: nullOr('string') });
    const report = {
      id: reported.body.id, target_type: 'title', target_id: family.dinoPark, reason: 'other', details: 'Too scary for Mia', reporter_id: STRING, status: 'open', action: null, note: null,
      resolved_by: null, created_at: DATE, resolved_at: null,
    };
    expect(listed.body.reports).toContainEqual(report);

    const resolved = await api.post(`/admin/reports/${reported.body.id}/resolve`, { action: 'dismiss', note: 'Rated all' }, admin);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toEqual({ ...report, status: 'resolved', action: 'dismiss', note: 'Rated all', resolved_by: STRING, resolved_at: DATE });
    expectProblem(await api.post(`/admin/reports/${reported.body.id}/resolve`, { action: 'dismiss' }, admin), 409);
    expectProblem(await api.post('/admin/reports/665f1c2e9b1e8a0012345678/resolve', { action: 'hide' }, admin), 404);
    expectProblem(await api.post(`/admin/reports/${reported.body.id}/resolve`, { action: 'burn' }, admin), 400);
    expectProblem(await api.get('/admin/reports?target_type=user', admin), 400);
    for (const token of [parent.access, family.kid, tokens.sign({ kid: true, device: true, profileId: family.mia, maturityLimit: '7+' })]) expectProblem(await api.get('/admin/reports', token), 403);
    expectProblem(await api.get('/admin/reports'), 401);
  });
});

describe('seed 003 Admin API: tags, the wiki tag import and the episode backfill', () => {
  const scary = { slug: 'scary-scenes', name: 'Scary scenes', description: 'Moments that may frighten young children.' };
  const others = () => [parent.access, family.kid, tokens.sign({ kid: true, device: true, profileId: family.mia, maturityLimit: '7+' })];

  it('GET /api/admin/tags lists every content tag with its title count; kid, device and parent tokens are refused', async () => {
    const staff = tokens.sign({ role: 'staff' });
    expect((await v1.post('/tags', scary, staff)).status).toBe(201);
    const listed = await api.get<Array<Record<string, unknown>>>('/admin/tags', staff);
    expect(listed.status).toBe(200);
    expect(listed.body).toContainEqual({ id: 'scary-scenes', name: 'Scary scenes', description: scary.description, title_count: 0, updated_at: DATE });
    for (const token of others()) expectProblem(await api.get('/admin/tags', token), 403);
    expectProblem(await api.get('/admin/tags'), 401);
  });

  it('POST /api/admin/scrape-fandom proposes tags from the wiki page’s categories through the MediaWiki API; accepting one tags the title', async () => {
    const staff = tokens.sign({ role: 'staff' });
    const imported = await api.post<{ proposals: Array<Record<string, unknown>> } & Record<string, unknown>>('/admin/scrape-fandom', { title_id: family.dinoQuest, page: 'Dino Quest' }, staff);
    expect(imported.status).toBe(200);
    const proposal = { id: STRING, title_id: family.dinoQuest, tag_id: 'scary-scenes', category: 'Category:Scary scenes', status: 'pending' };
    expect(imported.body).toEqual({ title_id: family.dinoQuest, page: 'Dino Quest', proposals: [proposal], unmatched_categories: ['Category:Dinosaurs'] });
    const asked = wiki.requests.at(-1);
    expect(Object.fromEntries(asked ?? [])).toMatchObject({ action: 'query', prop: 'categories', titles: 'Dino Quest', format: 'json', formatversion: '2' });
    const again = await api.post<{ proposals: Array<{ id: string }> }>('/admin/scrape-fandom', { title_id: family.dinoQuest, page: 'Dino Quest' }, staff);
    expect(again.body.proposals.map((found) => found.id)).toEqual([imported.body.proposals[0]?.id]);

    const id = imported.body.proposals[0]?.id as string;
    const queue = await v1.get<{ items: Array<{ id: string }> }>('/admin/catalog/tag-proposals?limit=100', staff);
    expect(queue.body.items.map((item) => item.id)).toContain(id);
    const accepted = await v1.post<Record<string, unknown>>(`/admin/catalog/tag-proposals/${id}/review`, { decision: 'accept' }, staff);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id, titleId: family.dinoQuest, slug: 'scary-scenes', wikiPage: 'Dino Quest', status: 'accepted', reviewedBy: STRING, reviewedAt: DATE });
    expect((await api.get<Array<Record<string, unknown>>>('/admin/tags', staff)).body).toContainEqual(expect.objectContaining({ id: 'scary-scenes', title_count: 1 }));
    expect((await api.post<{ proposals: unknown[] }>('/admin/scrape-fandom', { title_id: family.dinoQuest, page: 'Dino Quest' }, staff)).body.proposals).toEqual([]);
  });

  it('POST /api/admin/scrape-fandom takes a page title, never a URL (400); an unknown page or title is 404; others are refused', async () => {
    const staff = tokens.sign({ role: 'staff' });
    const asked = wiki.requests.length;
    for (const page of ['http://169.254.169.254/latest/meta-data', 'https://evil.example/api.php', 'A|B', 'Page#section', '', 'x'.repeat(256), '{{int:x}}']) {
      expectProblem(await api.post('/admin/scrape-fandom', { title_id: family.dinoQuest, page }, staff), 400);
    }
    expectProblem(await api.post('/admin/scrape-fandom', { title_id: family.dinoQuest, url: 'https://evil.example' }, staff), 400);
    expect(wiki.requests.length).toBe(asked);
    expectProblem(await api.post('/admin/scrape-fandom', { title_id: family.dinoQuest, page: 'No Such Page' }, staff), 404);
    expectProblem(await api.post('/admin/scrape-fandom', { title_id: '665f1c2e9b1e8a0012345678', page: 'Dino Quest' }, staff), 404);
    for (const token of others()) expectProblem(await api.post('/admin/scrape-fandom', { title_id: family.dinoQuest, page: 'Dino Quest' }, token), 403);
  });

  it('POST /api/admin/backfill-episodes starts the TMDb episode backfill in the background (202 with a job id); staff and others are refused', async () => {
    const admin = tokens.sign({ role: 'admin' });
    const started = await api.post<Record<string, unknown>>('/admin/backfill-episodes', {}, admin);
    expect(started.status).toBe(202);
    expect(started.body).toEqual({ job_id: STRING, kind: 'episodes', status: STRING, status_url: `/api/v1/admin/catalog/backfills/${started.body.job_id as string}` });
    expect((await v1.get(`/admin/catalog/backfills/${started.body.job_id as string}`, admin)).status).toBe(200);
    for (const token of [tokens.sign({ role: 'staff' }), ...others()]) expectProblem(await api.post('/admin/backfill-episodes', {}, token), 403);
  });

  it('POST /api/admin/backfill-deep-links fetches the titles’ app links from the deep-link provider in the background; they are stored accepted', async () => {
    const admin = tokens.sign({ role: 'admin' });
    const started = await api.post<Record<string, unknown>>('/admin/backfill-deep-links', {}, admin);
    expect(started.status).toBe(202);
    expect(started.body).toEqual({ job_id: STRING, kind: 'deep-links', status: STRING, status_url: `/api/v1/admin/catalog/backfills/${started.body.job_id as string}` });
    const done = await waitFor('the deep-link backfill', async () => {
      const job = await v1.get<{ state: string; processed: number; failed: number }>(`/admin/catalog/backfills/${started.body.job_id as string}`, admin);
      return job.body.state === 'completed' || job.body.state === 'failed' ? job.body : undefined;
    });
    expect(done).toMatchObject({ state: 'completed', failed: 0 });
    expect(deepLinkApi.requests.map((request) => [request.path, request.query.get('country')])).toContainEqual(['/shows/movie/238', 'us']);
    const accepted = await v1.get<{ items: Array<Record<string, unknown>> }>('/admin/catalog/deep-links?status=accepted&limit=100', admin);
    const backfilled = accepted.body.items.filter((link) => link.source === 'backfill');
    expect(backfilled).toEqual([expect.objectContaining({ titleId: family.godfather, providerId: 8, url: GODFATHER_ON_NETFLIX, seasonNumber: null, status: 'accepted', reviewedBy: 'system' })]);
    for (const token of [tokens.sign({ role: 'staff' }), ...others()]) expectProblem(await api.post('/admin/backfill-deep-links', {}, token), 403);
  });
});
