/**
 * Catalog figures (issue 4), through the gateway, over the MovieLens seed plus 100,000 generated
 * titles, each at a fixed offered load of 1,000 req/s:
 * - `GET /titles/:id` cached (the platform's gateway, every id warmed first) and uncached (a second
 *   gateway on the same NATS with its cache off), rotating over many ids;
 * - a filtered, sorted list and search (rotating prefixes and typos), both uncached;
 * - the trending feed (day, week, by genre) from a stored analytics snapshot of 100 titles, uncached;
 * - search latency inside the catalog service, from its "message handled" log lines;
 * - cached title pages with an adult and a kid profile's token (a kid's read carries its viewing policy);
 * - a profile's watchlist, and writes while title pages are read (issue 23): ratings at 500 req/s
 *   offered, title updates at 20 req/s, and logins at 50 req/s offered (bcrypt cost 10) beside the ping.
 * Asserts only that every response succeeded.
 */
import { availableParallelism } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient, ObjectId } from 'mongodb';
import type { ImportStatusResponse } from '@onstream/common';
import { Api } from '../test/support/http.js';
import { IdentitySteps, PASSWORD } from '../test/support/identity.js';
import { Mailbox } from '../test/support/mailbox.js';
import { Platform, ROOT } from '../test/support/platform.js';
import { freePort, ManagedProcess, waitFor } from '../test/support/processes.js';
import { TestTokens } from '../test/support/tokens.js';
import { generatedTitle } from './support/generated-titles.js';
import { measureLoad, printTable, QUIET_PLATFORM_ENV, type Figures } from './support/load.js';

/** BENCH_CATALOG_GENERATED runs it on a smaller catalog (e.g. 20000) when the machine is busy. */
const GENERATED = Number(process.env.BENCH_CATALOG_GENERATED ?? 100_000);
/** BENCH_CATALOG_PARTS runs only some parts, e.g. `watchlist,edits` (default: reads,kids,watchlist,writes,edits,logins). */
const PARTS = new Set((process.env.BENCH_CATALOG_PARTS ?? 'reads,kids,watchlist,writes,edits,logins').split(',').map((part) => part.trim()));
const INSERT_BATCH = 1000;
const RATE = 1000;
const CONNECTIONS = 32;
const DURATION_SECONDS = 10;
const WARMUP_SECONDS = 2;
const DETAIL_IDS = 100;
/** Titles the write scenarios rate and update (each rating a new one, as a viewer working through a catalogue). */
const WRITE_TITLES = 8000;
const RATING_RATE = 500;
const TITLE_UPDATE_RATE = 20;
const LOGIN_RATE = 50;
const PING_BESIDE_RATE = 200;
const TRENDING_TITLES = 100;
const TRENDING = ['/titles/trending?window=day', '/titles/trending?window=week', '/titles/trending?window=day&genre=Drama', '/titles/trending?window=week&genre=Comedy'];
const FILTERED_LIST = '/titles?genre=Drama&yearFrom=1990&yearTo=2000&ratingMin=6&sort=rating&limit=20';
const SEARCHES = ['godfathr', 'star wa', 'matrx', 'love', 'toy sto', 'silver river', 'midnight', 'lost kingdm'];

/** The service's own duration of each search handled since the log had `fromByte` bytes; sorted unless told. */
function serviceSearchDurations(logFile: string, fromByte: number, sorted = true): number[] {
  const durations = readFileSync(logFile, 'utf8')
    .slice(fromByte)
    .split('\n')
    .filter((line) => line.includes('"pattern":"catalog.search.query"') && line.includes('"msg":"message handled"'))
    .map((line) => (JSON.parse(line) as { durationMs: number }).durationMs);
  return sorted ? durations.sort((a, b) => a - b) : durations;
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

interface Scenario {
  label: string;
  url: string;
  requests?: Array<{ path: string; method?: 'GET' | 'POST' | 'PUT' | 'PATCH'; headers?: Record<string, string>; body?: string }>;
  rate: number | null;
  headers?: Record<string, string>;
  connections?: number;
}

/** One measured scenario; a failed one (errors, timeouts) is reported and the others still run. */
async function measureInto(into: Array<[string, Figures]>, scenario: Scenario): Promise<void> {
  const { label, url, requests, rate, headers, connections = CONNECTIONS } = scenario;
  try {
    into.push([label, await measureLoad(label, { url, requests, headers, connections, rate: rate ?? undefined, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS, timeoutSeconds: 30 })]);
  } catch (error) {
    console.log(`${label}: not every response succeeded: ${(error as Error).message}`);
  }
}

const platform = new Platform();
let uncachedGateway: ManagedProcess | undefined;
let measured = false;
try {
  // A long NATS deadline: lists over 110,000 titles take seconds on FerretDB and are measured, not refused.
  await platform.start({ env: { ...QUIET_PLATFORM_ENV, CATALOG_SEED_ON_START: 'true', BCRYPT_COST: '10', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000', CATALOG_SEED_DIR: join(ROOT, '../shared/datasets/movielens-small'), NATS_REQUEST_TIMEOUT_MS: '30000' } });
  const api = new Api((path) => platform.url(path));
  // A fresh staff token per poll: test tokens live 10 minutes and the import may take longer.
  const tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(0);

  // The seed first (its batches look up ids, which FerretDB does slowly in a large collection),
  // then the generated titles straight into the catalog's collection in bulk.
  const seed = await waitFor('seed import', async () => {
    const status = (await api.get<ImportStatusResponse>('/admin/catalog/import', tokens.sign({ role: 'staff' }))).body;
    if (status.status === 'failed') throw new Error(`seed import failed: ${status.error}`);
    return status.status === 'done' ? status : undefined;
  }, 1_800_000, 2000);
  console.log(`seed: ${seed.processed} titles imported after ${seconds()} s`);
  const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  const ids: string[] = [];
  const writeIds: string[] = [];
  try {
    const titles = mongo.db(`${platform.runId}catalog`).collection('titles');
    // Half seed films, half generated ones, for the title pages.
    ids.push(...(await titles.find({}, { projection: { _id: 1 } }).limit(DETAIL_IDS / 2).toArray()).map((t) => t._id.toHexString()));
    const now = new Date();
    for (let start = 0; start < GENERATED; start += INSERT_BATCH) {
      const batch = Array.from({ length: INSERT_BATCH }, (_, offset) => generatedTitle(start + offset, now));
      if (start === 0) ids.push(...batch.slice(0, DETAIL_IDS / 2).map((t) => (t._id as ObjectId).toHexString()));
      if (writeIds.length < WRITE_TITLES) writeIds.push(...batch.slice(DETAIL_IDS).map((t) => (t._id as ObjectId).toHexString()).slice(0, WRITE_TITLES - writeIds.length));
      await titles.insertMany(batch, { ordered: false });
    }
    console.log(`generated: ${GENERATED} titles inserted after ${seconds()} s`);
    // Analytics' scores for 100 titles in both windows, as its trending feed stores them.
    const scored = (await titles.find({}, { projection: { _id: 1 } }).limit(TRENDING_TITLES).toArray()).map((t, rank) => ({ videoId: t._id.toHexString(), score: TRENDING_TITLES - rank, views: TRENDING_TITLES - rank, watchSec: 60 }));
    await mongo.db(`${platform.runId}catalog`).collection('trending_snapshots').insertMany(['24h', '7d'].map((window) => ({ _id: window as unknown as ObjectId, computedAt: new Date(), entries: scored })));
  } finally {
    await mongo.close();
  }
  const total = GENERATED + seed.processed;
  const indexed = () => [...readFileSync(platform.app('catalog').logFile, 'utf8').matchAll(/"msg":"search index built","titles":(\d+)/g)].map((m) => Number(m[1])).at(-1) ?? 0;
  // A restart rebuilds the search index from every stored title before the catalog answers again.
  await platform.app('catalog').stop();
  platform.app('catalog').start();
  await platform.waitUntilReady(1_800_000);
  console.log(`search index holds ${indexed()} titles after ${seconds()} s`);

  const uncachedPort = await freePort();
  uncachedGateway = new ManagedProcess('gateway-uncached', process.execPath, [join(ROOT, 'dist/apps/gateway/main.js')], {
    ...platform.env, GATEWAY_PORT: String(uncachedPort), CATALOG_CACHE_TTL_SECONDS: '0', SEARCH_CACHE_TTL_SECONDS: '0', TRENDING_CACHE_TTL_SECONDS: '0', METRICS_PORT: '0',
  }, join(platform.logDir, 'gateway-uncached.log'));
  uncachedGateway.start();
  const uncachedUrl = (path: string) => `http://127.0.0.1:${uncachedPort}/api/v1${path}`;
  await waitFor('uncached gateway', async () => ((await fetch(uncachedUrl('/health/ready'))).status === 200 ? true : undefined), 60_000, 200);

  const detailRequests = ids.map((id) => ({ path: `/api/v1/titles/${id}` }));
  const warmStarted = Date.now();
  for (let start = 0; start < ids.length; start += 8) await Promise.all(ids.slice(start, start + 8).map((id) => fetch(platform.url(`/titles/${id}`)))); // fill the cache
  console.log(`cache filled with ${ids.length} title pages in ${((Date.now() - warmStarted) / 1000).toFixed(0)} s`);

  const rows: Array<[string, Figures]> = [];
  /** Until the catalog answers a ping quickly: an overloaded scenario leaves queued requests behind. */
  const settle = () =>
    waitFor('catalog settled', async () => {
      const started = performance.now();
      const answered = (await fetch(uncachedUrl('/health/ping/catalog'))).ok;
      return answered && performance.now() - started < 50 ? true : undefined;
    }, 180_000, 500);
  /** One scenario; a failed one (errors, timeouts) is reported and the others still run. */
  const load = async (label: string, url: string, requests?: Scenario['requests'], rate: number | null = RATE, into = rows, headers?: Record<string, string>): Promise<void> => {
    await settle();
    await measureInto(into, { label, url, requests, rate, headers });
  };
  /** Scenarios started together, each measured on its own (the writes of issue 23 while reads run). */
  const together = async (into: Array<[string, Figures]>, scenarios: Scenario[]): Promise<void> => {
    await settle();
    await Promise.all(scenarios.map((scenario) => measureInto(into, scenario)));
  };
  const fullLoad: Array<[string, Figures]> = [];
  const cold: number[] = [];
  const inService: number[] = [];
  if (PARTS.has('reads')) {
    await load(`GET /titles/:id cached (${ids.length} ids)`, platform.url('/'), detailRequests);
    // Issue 23's target: cached title pages at ≥ 0.8 × the ping's req/s, both as fast as they go.
    await load(`GET /titles/:id cached (${ids.length} ids), full load`, platform.url('/'), detailRequests, null, fullLoad);
    await load('GET /health/ping/users, full load', platform.url('/health/ping/users'), undefined, null, fullLoad);
    const catalogLog = platform.app('catalog').logFile;
    // Each query once, one at a time: what a search costs the catalog before it remembers the answer.
    await settle();
    const coldStart = readFileSync(catalogLog, 'utf8').length;
    for (const q of SEARCHES) await fetch(uncachedUrl(`/search?q=${encodeURIComponent(q)}`));
    cold.push(...serviceSearchDurations(catalogLog, coldStart, false));
    const logStart = readFileSync(catalogLog, 'utf8').length;
    await load(`GET /search uncached (${SEARCHES.length} queries)`, uncachedUrl('/'), SEARCHES.map((q) => ({ path: `/api/v1/search?q=${encodeURIComponent(q)}` })));
    inService.push(...serviceSearchDurations(catalogLog, logStart));
    await load(`GET /titles/:id uncached (${ids.length} ids)`, uncachedUrl('/'), detailRequests);
    await load('GET /titles filtered list, uncached', uncachedUrl(FILTERED_LIST));
    // Last: before precomputed trending, a request took seconds and left a queue behind it.
    const trendingSource = (await (await fetch(uncachedUrl(TRENDING[0] ?? ''))).json()) as { source: string };
    await load(`GET /titles/trending uncached (${TRENDING.length} variants, source ${trendingSource.source})`, uncachedUrl('/'), TRENDING.map((path) => ({ path: `/api/v1${path}` })));
  }

  // Issue 23: a profile's library read, then writes while title pages are read.
  const identity = new IdentitySteps(api, new Mailbox());
  const viewer = await identity.newUser('catalog-bench');
  const session = await identity.login(viewer.email);
  const profile = await api.post<{ id: string }>('/me/profiles', { name: 'Bench' }, session.accessToken);
  const profileToken = (await api.post<{ accessToken: string }>(`/me/profiles/${profile.body.id}/select`, {}, session.accessToken)).body.accessToken;
  for (const id of ids.slice(0, 20)) await api.call('PUT', `/me/watchlist/${id}`, { token: profileToken });
  if (PARTS.has('kids')) {
    // A kid profile's read also fetches its viewing policy from users (ADR 0007's filter), per request.
    const kid = await api.post<{ id: string }>('/me/profiles', { name: 'Bench kid', kid: true }, session.accessToken);
    const kidToken = (await api.post<{ accessToken: string }>(`/me/profiles/${kid.body.id}/select`, {}, session.accessToken)).body.accessToken;
    // Titles the kid may see, read by both profiles.
    const kidIds = (await api.get<{ items: Array<{ id: string }> }>(`/titles?limit=${DETAIL_IDS}`, kidToken)).body.items.map((title) => title.id);
    const kidRequests = kidIds.map((id) => ({ path: `/api/v1/titles/${id}` }));
    for (const [who, token] of [['adult', profileToken], ['kid', kidToken]] as const) {
      for (const id of kidIds) await api.get(`/titles/${id}`, token); // fill this viewer's cached pages
      await load(`GET /titles/:id cached (${kidIds.length} ids), ${who} profile token`, platform.url('/'), kidRequests, RATE, rows, { authorization: `Bearer ${token}` });
    }
  }
  if (PARTS.has('watchlist')) {
    await load('GET /me/watchlist (profile token, 20 titles)', platform.url('/'), [{ path: '/api/v1/me/watchlist' }], RATE, rows, { authorization: `Bearer ${profileToken}` });
    // Its target is the ping's latency: the ping through the same gateway and users, right after it.
    await load('GET /health/ping/users', platform.url('/health/ping/users'), undefined, RATE, rows);
  }

  const writes: Array<[string, Figures]> = [];
  const asViewer = { 'content-type': 'application/json', authorization: `Bearer ${profileToken}` };
  const staff = { 'content-type': 'application/json', authorization: `Bearer ${tokens.sign({ role: 'staff' })}` };
  if (PARTS.has('writes')) await together(writes, [
    { label: `GET /titles/:id cached, ${RATE} req/s offered`, url: platform.url('/'), requests: detailRequests, rate: RATE },
    {
      label: `PUT /titles/:id/rating (new ratings), ${RATING_RATE} req/s offered`, url: platform.url('/'), rate: RATING_RATE,
      requests: writeIds.map((id, i) => ({ path: `/api/v1/titles/${id}/rating`, method: 'PUT', headers: asViewer, body: JSON.stringify({ stars: 1 + (i % 5) }) })),
    },
    {
      label: `PATCH /titles/:id, ${TITLE_UPDATE_RATE} req/s offered`, url: platform.url('/'), rate: TITLE_UPDATE_RATE, connections: 4,
      requests: writeIds.slice(0, 500).map((id, i) => ({ path: `/api/v1/titles/${id}`, method: 'PATCH', headers: staff, body: JSON.stringify({ tagline: `Bench tagline ${i}` }) })),
    },
  ]);
  // The title edits alone beside the cached reads: what each edit's cache invalidation costs the reads.
  const edits: Array<[string, Figures]> = [];
  if (PARTS.has('edits')) await together(edits, [
    { label: `GET /titles/:id cached, ${RATE} req/s offered`, url: platform.url('/'), requests: detailRequests, rate: RATE },
    {
      label: `PATCH /titles/:id, ${TITLE_UPDATE_RATE} req/s offered`, url: platform.url('/'), rate: TITLE_UPDATE_RATE, connections: 4,
      requests: writeIds.slice(500, 1000).map((id, i) => ({ path: `/api/v1/titles/${id}`, method: 'PATCH', headers: staff, body: JSON.stringify({ tagline: `Bench edit ${i}` }) })),
    },
  ]);
  const logins: Array<[string, Figures]> = [];
  if (PARTS.has('logins')) {
    await load(`GET /health/ping/users alone, ${PING_BESIDE_RATE} req/s offered`, platform.url('/health/ping/users'), undefined, PING_BESIDE_RATE, logins);
    const loginUser = await identity.newUser('catalog-bench-logins');
    await together(logins, [
      { label: `GET /health/ping/users beside the logins, ${PING_BESIDE_RATE} req/s offered`, url: platform.url('/health/ping/users'), rate: PING_BESIDE_RATE },
      {
        label: `POST /auth/login (bcrypt cost 10), ${LOGIN_RATE} req/s offered`, url: platform.url('/'), rate: LOGIN_RATE, connections: 8,
        requests: [{ path: '/api/v1/auth/login', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: loginUser.email, password: PASSWORD }) }],
      },
    ]);
  }
  measured = inService.length > 0 || !PARTS.has('reads'); // keep the logs when a figure is missing

  const setting = `${total.toLocaleString('en')} titles, ${availableParallelism()} CPUs, Node ${process.version}, ${CONNECTIONS} connections, ${DURATION_SECONDS} s after a ${WARMUP_SECONDS} s warm-up`;
  // Only the tables of the parts that ran.
  if (rows.length > 0) printTable(`At a fixed ${RATE} req/s offered (${setting})`, rows);
  const [cachedFull, pingFull] = fullLoad;
  if (cachedFull && pingFull) printTable(`As fast as they go, same gateway (${setting})`, fullLoad, ['cached page / ping (target >= 0.8)', cachedFull[1], pingFull[1]]);
  if (writes.length > 0) printTable(`Writes while title pages are read, started together (${setting}; targets: ratings >= 500/s with p99 <= 50 ms, title updates p99 <= 100 ms)`, writes);
  if (edits.length > 0) printTable(`Title edits while title pages are read, started together, no other writes (${setting}; target: title updates p99 <= 100 ms)`, edits);
  if (logins.length > 0) printTable(`Logins beside the ping (${setting}; target: ping p99 <= 50 ms at 50 logins/s)`, logins);
  if (PARTS.has('reads')) console.log(`\nsearch inside the catalog service under the load (${inService.length} searches incl. warm-up): p50 ${percentile(inService, 50).toFixed(2)} ms, p99 ${percentile(inService, 99).toFixed(2)} ms, max ${(inService.at(-1) ?? NaN).toFixed(2)} ms (target p99 < 15 ms)`);
  if (PARTS.has('reads')) console.log(`first search of each query, one at a time (before the catalog remembers it): ${SEARCHES.map((q, i) => `"${q}" ${cold[i]?.toFixed(1) ?? '?'} ms`).join(', ')}`);
} finally {
  await uncachedGateway?.stop();
  await platform.stop();
  // BENCH_KEEP_LOGS=1 keeps the services' logs (their per-message durations) for a look afterwards.
  if (measured && !process.env.BENCH_KEEP_LOGS) rmSync(platform.logDir, { recursive: true, force: true });
  else console.log(`logs kept in ${platform.logDir}`);
}
