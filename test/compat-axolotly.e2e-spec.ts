import { FakeTmdb, GODFATHER } from './support/fake-tmdb.js';
import { Api } from './support/http.js';
import { PASSWORD, uniqueEmail } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { Platform } from './support/platform.js';
import { DATE, DETAILS, expectProblem, NUMBER, STREAMIFY_MOVIE, STRING, startWithTmdbMovies } from './support/seed-contract.js';

/**
 * Seed 003 (Axolotly backend) as far as it is built: parent sign-up, `{access_token, token_type}` login
 * by e-mail, and the parent's catalog search and title details, with its own paths and bodies.
 * Kid profiles, devices, launcher, policies, services and admin routes are not built yet (docs/compat.md).
 */
const platform = new Platform();
const mailbox = new Mailbox();
const TMDB_KEY = 'e2e-tmdb-key';
const tmdb = new FakeTmdb({ apiKey: TMDB_KEY });
const api = new Api((path) => `${platform.baseUrl}/api${path}`);
const v1 = new Api((path) => platform.url(path));
const parent = { email: uniqueEmail('axolotly-003'), access: '' };
let tokens: Awaited<ReturnType<typeof startWithTmdbMovies>>;

beforeAll(async () => {
  tokens = await startWithTmdbMovies(platform, tmdb, TMDB_KEY, { 238: GODFATHER });
}, 300_000);

afterAll(async () => {
  await platform.stop();
  await tmdb.stop();
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
