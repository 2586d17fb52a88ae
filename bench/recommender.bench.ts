/**
 * "For you" figures (issue 19, ADR 0018):
 * - training time and memory of the model, in process, on the MovieLens ratings (9,742 titles) and
 *   on those plus 100,000 generated titles rated by 20,000 generated profiles (109,742 titles);
 * - the store's part, beside what it replaced: a profile's ratings from FerretDB (each request read
 *   them before) against the Redis signal cache, and the former upsert against the insert-first write;
 * - "for you" through the gateway at a fixed 1,000 req/s, rotating over the 610 MovieLens profiles,
 *   after the training job ran through the admin API, beside `/health/ping/catalog` at that rate;
 * - rating writes through the gateway as fast as 32 connections send them (new ratings), beside the ping.
 * Asserts only that every response succeeded. `RECOMMENDER_BENCH_ONLY=gateway` skips the in-process
 * training, ranking and store figures (what a change of the request path does not move);
 * `RECOMMENDER_BENCH_CPU_PROFILE=<dir>` profiles the catalog and the gateway.
 */
import { availableParallelism, loadavg } from 'node:os';
import { createReadStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { MongoClient, type ObjectId } from 'mongodb';
import type { CatalogJobResponse, FeedResponse } from '@onstream/common';
import { profileSignals } from '../apps/catalog/src/recommendations/for-you.js';
import { indexOfItems, rankForProfile } from '../apps/catalog/src/recommendations/model/item-model.js';
import { trainForYouModel } from '../apps/catalog/src/recommendations/model/item-model.trainer.js';
import { Api } from '../test/support/http.js';
import { Platform, ROOT } from '../test/support/platform.js';
import { waitFor } from '../test/support/processes.js';
import { TestTokens } from '../test/support/tokens.js';
import { generatedTitle } from './support/generated-titles.js';
import { cpuProfilerEnv, measureLoad, printTable, QUIET_PLATFORM_ENV, type Figures } from './support/load.js';
import { opLine, RatingStore, timeOps } from './support/rating-store.js';

const DATASET = join(ROOT, '../shared/datasets/movielens-small');
const GENERATED_TITLES = 100_000;
const GENERATED_PROFILES = 20_000;
const RATINGS_PER_GENERATED_PROFILE = 50;
const RATE = 1000;
const CONNECTIONS = 32;
const DURATION_SECONDS = 10;
const WARMUP_SECONDS = 2;
const INSERT_BATCH = 1000;
const STORE_WRITES = 3000;

interface MovieLensRating {
  userId: string;
  itemId: string;
  stars: number;
}

async function readMovieLens(): Promise<{ movieIds: number[]; ratings: MovieLensRating[] }> {
  const movieIds: number[] = [];
  for await (const row of createReadStream(join(DATASET, 'movies.csv')).pipe(parse({ columns: true })) as AsyncIterable<Record<string, string>>) movieIds.push(Number(row.movieId));
  const ratings: MovieLensRating[] = [];
  for await (const row of createReadStream(join(DATASET, 'ratings.csv')).pipe(parse({ columns: true })) as AsyncIterable<Record<string, string>>) {
    ratings.push({ userId: `ml-${row.userId}`, itemId: `m${row.movieId}`, stars: Math.max(1, Math.round(Number(row.rating))) });
  }
  return { movieIds, ratings };
}

/** Deterministic generated ratings: each profile rates titles skewed toward the popular ones. */
function* generatedRatings(): Generator<MovieLensRating> {
  // mulberry32: small, seeded, well spread.
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let profile = 0; profile < GENERATED_PROFILES; profile += 1) {
    for (let n = 0; n < RATINGS_PER_GENERATED_PROFILE; n += 1) {
      yield { userId: `gen-${profile}`, itemId: `g${Math.floor(GENERATED_TITLES * random() ** 2)}`, stars: 1 + Math.floor(random() * 5) };
    }
  }
}

/** Heap plus typed arrays' backing stores (the model's neighbours live there). */
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

function measureTraining(label: string, ratings: MovieLensRating[]): string {
  global.gc?.();
  const before = used();
  const started = performance.now();
  const model = trainForYouModel(ratings);
  const seconds = (performance.now() - started) / 1000;
  global.gc?.();
  const retained = (used() - before) / 2 ** 20;
  const links = model.neighbours.reduce((sum, row) => sum + row.length, 0);
  return `| ${label} | ${model.itemIds.length.toLocaleString('en')} | ${ratings.length.toLocaleString('en')} | ${seconds.toFixed(1)} | ${retained.toFixed(0)} | ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} | ${links.toLocaleString('en')} |`;
}

/** In process: the request's own work (signals → weighted sum over neighbours), each MovieLens profile 20 times. */
function measureServing(model: ReturnType<typeof trainForYouModel<string, string>>, all: MovieLensRating[]): string {
  const index = indexOfItems(model);
  const byProfile = new Map<string, MovieLensRating[]>();
  for (const rating of all) byProfile.set(rating.userId, [...(byProfile.get(rating.userId) ?? []), rating]);
  const durations: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const own of byProfile.values()) {
      const started = performance.now();
      const signals = profileSignals({ ratings: own.map((r) => ({ titleId: r.itemId, stars: r.stars, ratedAt: new Date(0) })), favorites: [], history: [] });
      rankForProfile(model, index, signals, 20, () => true);
      durations.push(performance.now() - started);
    }
  }
  durations.sort((a, b) => a - b);
  const at = (p: number) => durations[Math.ceil((p / 100) * durations.length) - 1].toFixed(2);
  return `ranking in process over ${byProfile.size} profiles (up to ${Math.max(...[...byProfile.values()].map((own) => own.length))} ratings each): p50 ${at(50)} ms, p99 ${at(99)} ms`;
}

/** In process, against the platform's catalog database and Redis: what "for you" and a rating write cost the store, before and now. */
async function measureStore(dbPrefix: string, profiles: string[]): Promise<void> {
  const store = new RatingStore(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', dbPrefix);
  try {
    console.log(`\nthe store's plans (FerretDB explain):\n${await store.plans(profiles[0])}`);
    const lines = ['| operation (8 in flight unless said) | ops | ops/s | p50 ms | p99 ms |', '| --- | --- | --- | --- | --- |'];
    lines.push(opLine('a profile\'s ratings from the store (each request, before)', await timeOps(profiles.map((id) => () => store.repository.ofProfile(id)), 8)));
    await timeOps(profiles.map((id) => () => store.own.of(id)), 8);
    lines.push(opLine('a profile\'s ratings from the signal cache (now)', await timeOps(profiles.map((id) => () => store.cache.read(id)), 8)));
    const now = Date.now();
    const fresh = (tag: string) => Array.from({ length: STORE_WRITES }, (_, n) => ({ profileId: `${tag}-${n % 300}`, userId: 'bench', titleId: `${tag}-title-${n}`, kind: 'stars' as const, stars: 4, ratedAt: new Date(now + n) }));
    const [before, after] = [fresh('upsert'), fresh('insert')];
    lines.push(opLine('new rating, upsert (before), 32 in flight', await timeOps(before.map((r) => () => store.upsert(r)), 32)));
    lines.push(opLine('new rating, insert first (now), 32 in flight', await timeOps(after.map((r) => () => store.repository.put(r)), 32)));
    const again = (batch: typeof before) => batch.map((r) => ({ ...r, stars: 5, ratedAt: new Date(r.ratedAt.getTime() + 60_000) }));
    lines.push(opLine('changed rating, upsert (before), 32 in flight', await timeOps(again(before).map((r) => () => store.upsert(r)), 32)));
    lines.push(opLine('changed rating, insert then update (now), 32 in flight', await timeOps(again(after).map((r) => () => store.repository.put(r)), 32)));
    console.log(`\n${lines.join('\n')}`);
  } finally {
    await store.close();
  }
}

/** "For you" once per profile, 8 in flight: what a cold profile (nothing of it cached) costs through the gateway. */
async function firstRequests(api: Api, profileTokens: string[]): Promise<string> {
  const durations: number[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < profileTokens.length) {
      const token = profileTokens[next++];
      const sent = performance.now();
      const answer = await api.get<FeedResponse>('/me/recommendations?limit=20', token);
      if (answer.status !== 200) throw new Error(`first request answered ${answer.status}`);
      durations.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  const at = (p: number) => durations[Math.ceil((p / 100) * durations.length) - 1].toFixed(0);
  return `first request of each of ${durations.length} profiles (8 in flight): ${(durations.length / seconds).toFixed(0)} req/s, p50 ${at(50)} ms, p99 ${at(99)} ms`;
}

/** The machine's 1, 5 and 15 minute load averages: the figures beside them are only comparable at a similar load. */
const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(' / ');

const { movieIds, ratings } = await readMovieLens();
// `writes`: only the rating writes through the gateway (after the training job), for changes of the write path.
const writesOnly = process.env.RECOMMENDER_BENCH_ONLY === 'writes';
const gatewayOnly = process.env.RECOMMENDER_BENCH_ONLY === 'gateway' || writesOnly;
if (!gatewayOnly) measureInProcess();

function measureInProcess(): void {
  const generated = [...generatedRatings()];
  console.log(`Training in process (${availableParallelism()} CPUs, Node ${process.version}${global.gc ? '' : ', no --expose-gc: heap figures include garbage'})`);
  console.log('| catalogue | titles with ratings | ratings | train s | heap retained MB | RSS after MB | neighbour links |\n| --- | --- | --- | --- | --- | --- | --- |');
  console.log(measureTraining('MovieLens, 9,742 titles', ratings));
  console.log(measureTraining('MovieLens + 100,000 generated, 109,742 titles', [...ratings, ...generated]));
  console.log(`\n${measureServing(trainForYouModel(ratings), ratings)}`);
}

const platform = new Platform();
const titleOf = new Map<string, string>();
let measured = false;
try {
  // Training runs when asked only: the write scenario must not set it off in the middle.
  // RECOMMENDER_BENCH_CPU_PROFILE=<dir>: the catalog and the gateway write a V8 CPU profile there when they stop (where a request's time goes).
  const profileDir = process.env.RECOMMENDER_BENCH_CPU_PROFILE;
  const appEnv = profileDir ? { catalog: cpuProfilerEnv(profileDir), gateway: cpuProfilerEnv(profileDir) } : undefined;
  await platform.start({ env: { ...QUIET_PLATFORM_ENV, CATALOG_SEED_DIR: '', RECOMMENDER_TRAIN_AFTER_SIGNALS: '100000000' }, appEnv });
  const api = new Api((path) => platform.url(path));
  const tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  // One generated title per MovieLens film, and every MovieLens rating, straight into the catalog's collections.
  const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  try {
    const db = mongo.db(`${platform.runId}catalog`);
    const now = new Date();

    for (let start = 0; start < movieIds.length; start += INSERT_BATCH) {
      const batch = movieIds.slice(start, start + INSERT_BATCH).map((movieId, offset) => {
        const title = generatedTitle(start + offset, now);
        titleOf.set(`m${movieId}`, (title._id as ObjectId).toHexString());
        return { ...title, maturityLevel: 'all', maturityRank: 0 };
      });
      await db.collection('titles').insertMany(batch, { ordered: false });
    }
    const rows = ratings.map((r) => {
      const titleId = titleOf.get(r.itemId) ?? '';
      return { _id: `${r.userId}:${titleId}` as unknown as ObjectId, profileId: r.userId, userId: r.userId, titleId, kind: 'stars', stars: r.stars, ratedAt: now };
    });
    for (let start = 0; start < rows.length; start += INSERT_BATCH) await db.collection('ratings').insertMany(rows.slice(start, start + INSERT_BATCH), { ordered: false });
  } finally {
    await mongo.close();
  }
  // A restart rebuilds the browse index from the stored titles.
  await platform.app('catalog').stop();
  platform.app('catalog').start();
  await platform.waitUntilReady(600_000);

  const admin = tokens.sign({ role: 'admin' });
  const started = performance.now();
  const job = (await api.post<CatalogJobResponse>('/admin/catalog/recommender/training', {}, admin)).body;
  await waitFor('training job', async () => {
    const state = (await api.get<CatalogJobResponse>(`/admin/catalog/backfills/${job.id}`, admin)).body;
    if (state.state === 'failed') throw new Error(`training failed: ${state.error ?? ''}`);
    return state.state === 'completed' ? state : undefined;
  }, 600_000, 500);
  console.log(`\ntraining job through the admin API (read ${ratings.length.toLocaleString('en')} ratings, train, store, load): ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const profiles = [...new Set(ratings.map((r) => r.userId))];
  if (!gatewayOnly) await measureStore(platform.runId, profiles);

  const requests = profiles.map((profileId) => ({ path: '/api/v1/me/recommendations?limit=20', headers: { authorization: `Bearer ${tokens.sign({ profileId })}` } }));
  const load = { url: platform.url('/'), connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS, timeoutSeconds: 30 };
  const ping = [{ path: '/api/v1/health/ping/catalog' }];
  const rows: Array<[string, Figures]> = [];
  if (!writesOnly) try {
    // The replica that trained is busy for a moment after the job (training runs in the worker's process).
    await waitFor('for you from the model', async () => {
      const first = await api.get<FeedResponse>('/me/recommendations?limit=20', tokens.sign({ profileId: profiles[0] }));
      return first.status === 200 && first.body.source === 'collaborative' ? true : undefined;
    }, 120_000, 1000);
    // Each profile's first request fills its caches (ratings from the store, library from users); the rate is measured warm, as a served profile is.
    console.log(`\n${await firstRequests(api, profiles.map((profileId) => tokens.sign({ profileId })))}`);
    rows.push([`GET /me/recommendations (${profiles.length} profiles, cached)`, await measureLoad('for you', { ...load, requests, rate: RATE })]);
    rows.push(['GET /health/ping/catalog (baseline)', await measureLoad('ping', { ...load, requests: ping, rate: RATE })]);
    measured = true;
  } catch (error) {
    console.log(`through the gateway: not measured: ${(error as Error).message}`);
  }
  printTable(`At a fixed ${RATE} req/s offered (load average ${loadAverage()}; ${movieIds.length.toLocaleString('en')} titles, ${ratings.length.toLocaleString('en')} ratings, ${CONNECTIONS} connections, ${DURATION_SECONDS} s after a ${WARMUP_SECONDS} s warm-up; target p99 ≤ 20 ms)`, rows);

  const written: Array<[string, Figures]> = [];
  try {
    // New ratings (profiles of their own), each sent once by whichever connection is free, as fast as 32
    // connections send them: what sending a whole MovieLens history costs. Then the same ratings changed
    // (each an existing rating: the re-rate path). Before 2026-12-06 every connection walked the same list,
    // so each rating was sent 32 times at once (31 of them clashing on one document).
    const cursor = { next: 0 };
    const tokenOf = new Map<string, string>();
    const write = (changed: boolean) => () => {
      const r = ratings[cursor.next++ % ratings.length];
      const profileId = `api-${r.userId}`;
      let token = tokenOf.get(profileId);
      if (!token) tokenOf.set(profileId, (token = tokens.sign({ profileId })));
      return {
        path: `/api/v1/titles/${titleOf.get(r.itemId) ?? ''}/rating`,
        method: 'PUT' as const,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ stars: changed ? 1 + (r.stars % 5) : r.stars }),
      };
    };
    written.push(['PUT /titles/:id/rating, new ratings, unbounded', await measureLoad('rating writes', { ...load, nextRequest: write(false) })]);
    const sent = cursor.next;
    cursor.next = 0;
    written.push([`PUT /titles/:id/rating, changed ratings (of the ${sent.toLocaleString('en')} just sent), unbounded`, await measureLoad('rating changes', { ...load, nextRequest: write(true), durationSeconds: Math.min(DURATION_SECONDS, 5) })]);
    written.push(['GET /health/ping/catalog, unbounded (baseline)', await measureLoad('ping', { ...load, requests: ping })]);
    console.log(`\n${ratings.length.toLocaleString('en')} ratings through the API at that pace: ${(ratings.length / written[0][1].rps / 60).toFixed(1)} min (target ≥ 500 writes/s)`);
  } catch (error) {
    console.log(`rating writes: not measured: ${(error as Error).message}`);
  }
  printTable(`Rating writes (load average ${loadAverage()}; ${CONNECTIONS} connections, ${DURATION_SECONDS} s after a ${WARMUP_SECONDS} s warm-up)`, written);
} finally {
  await platform.stop();
  // BENCH_KEEP_LOGS=1 keeps the services' logs (their per-message durations) for a look afterwards.
  console.log(`logs: ${platform.logDir}`);
  if (measured && !process.env.BENCH_KEEP_LOGS) rmSync(platform.logDir, { recursive: true, force: true });
}
