/**
 * `npm run bench` (second part): player events through POST /api/v1/events in batches of 50.
 *
 * Figures, all from one run on one platform:
 * - capacity: analytics' apply rate alone, draining a backlog built while it was stopped
 *   (`BENCH_CAPACITY_BATCHES` batches published straight to JetStream, then analytics started);
 * - sustained: `BENCH_INGEST_RATE` events/s offered to the gateway for `BENCH_INGEST_SECONDS`:
 *   events accepted (202) and applied during the load, the backlog at its end and how long
 *   analytics took to drain it;
 * - `BENCH_BATCHES_PER_SESSION` (default 1) > 1: the load's sessions continue over that many
 *   batches (a few hundred open at once), so most batches find their session's ledger;
 * - lag: once a second during the load a probe batch of its own video is posted; its lag runs
 *   from the 202 (the acceptance) to the first report that counts all its events: p50 and p99.
 * `BENCH_ANALYTICS_LOG_LEVEL=debug` keeps analytics' log (its per-group step timings) in results/.
 * `BENCH_INGEST_CPU_PROFILE=<dir>` profiles the gateway and analytics (V8 CPU profiles written there when they stop).
 * Asserts sanity only (every response 202, everything applied), never speed.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ANALYTICS_STREAM, AnalyticsEvents, JetStreamBus, type PlaybackBatch, type PlaybackEvent, type ReportResponse } from '@onstream/common';
import { analyticsToken } from '../test/support/analytics-tokens.js';
import { Platform } from '../test/support/platform.js';
import { playbackSessionId } from '../test/support/playback-sessions.js';
import { waitFor } from '../test/support/processes.js';
import { cpuProfilerEnv, cpuSecondsOf, QUIET_PLATFORM_ENV } from './support/load.js';

const BATCH = 50;
const CONNECTIONS = Number(process.env.BENCH_INGEST_CONNECTIONS ?? 64);
const RATE = Number(process.env.BENCH_INGEST_RATE ?? 20_000);
const DURATION_SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 60);
const CAPACITY_BATCHES = Number(process.env.BENCH_CAPACITY_BATCHES ?? 4000);
const DRAIN_LIMIT_SECONDS = Number(process.env.BENCH_DRAIN_LIMIT_SECONDS ?? 300);
const PROBE_LIMIT_MS = 120_000;
const PUBLISH_IN_FLIGHT = 64;
const VIDEOS = 100;
const RESULTS_DIR = join(import.meta.dirname, 'results');

const BATCHES_PER_SESSION = Number(process.env.BENCH_BATCHES_PER_SESSION ?? 1);
/** Analytics' own log level (e.g. debug, for its per-group step timings); its log is then kept in results/. */
const ANALYTICS_LOG_LEVEL = process.env.BENCH_ANALYTICS_LOG_LEVEL;
const PROFILE_DIR = process.env.BENCH_INGEST_CPU_PROFILE;
const PROFILED = PROFILE_DIR ? cpuProfilerEnv(PROFILE_DIR) : {};

/**
 * The `index`-th batch of one player's session as media issues it: the first opens with view_start
 * and the first play, then heartbeats of 10 s, all in the last hour.
 */
function sessionBatch(sessionId: string, videoId: string, index = 0): PlaybackEvent[] {
  const start = Date.now() - 30 * 60_000 + index * BATCH * 10_000;
  return Array.from({ length: BATCH }, (_, i) => {
    const n = index * BATCH + i;
    const base = { id: `e${n}`, sessionId, videoId, clientTs: new Date(Math.min(start + i * 10_000, Date.now())).toISOString() };
    if (n === 0) return { ...base, type: 'view_start' } as PlaybackEvent;
    if (n === 1) return { ...base, type: 'play', startupMs: 600 } as PlaybackEvent;
    return { ...base, type: 'heartbeat', positionSec: n * 10, playedSec: 10, bitrateKbps: 3000 } as PlaybackEvent;
  });
}

/** A new session's first batch. */
function freshBatch(videoId = `bench-${Math.floor(Math.random() * VIDEOS)}`): PlaybackEvent[] {
  return sessionBatch(playbackSessionId(platform, videoId), videoId);
}

/** Players under load: each session sends `BENCH_BATCHES_PER_SESSION` batches, interleaved with other sessions'. */
class Players {
  private readonly open: Array<{ sessionId: string; videoId: string; sent: number }> = [];

  nextBatch(): PlaybackEvent[] {
    // A few hundred sessions open at once, as many players would be.
    if (BATCHES_PER_SESSION > 1 && this.open.length >= 256) {
      const session = this.open.shift() as { sessionId: string; videoId: string; sent: number };
      const events = sessionBatch(session.sessionId, session.videoId, session.sent);
      session.sent += 1;
      if (session.sent < BATCHES_PER_SESSION) this.open.push(session);
      return events;
    }
    const videoId = `bench-${Math.floor(Math.random() * VIDEOS)}`;
    const session = { sessionId: playbackSessionId(platform, videoId), videoId, sent: 1 };
    if (BATCHES_PER_SESSION > 1) this.open.push(session);
    return sessionBatch(session.sessionId, videoId);
  }
}

/** Batches the aggregation consumer has not finished, read from JetStream (not through analytics, which is busy). */
async function backlog(bus: JetStreamBus): Promise<number> {
  const { pending, ackPending } = await bus.consumerBacklog(ANALYTICS_STREAM.name, 'analytics-aggregation');
  return pending + ackPending;
}

/** Polls the backlog until it is empty or the limit passes; the time it first fell below `below` too. */
async function drain(bus: JetStreamBus, limitSeconds: number, below = Number.POSITIVE_INFINITY): Promise<{ left: number; drainedAt: number; firstAppliedAt: number | null }> {
  const deadline = Date.now() + limitSeconds * 1000;
  let firstAppliedAt: number | null = null;
  let left = await backlog(bus);
  while (left > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = await backlog(bus);
    if (firstAppliedAt === null && left < below) firstAppliedAt = Date.now();
  }
  return { left, drainedAt: Date.now(), firstAppliedAt };
}

/** Analytics' apply rate alone: a backlog published while it is stopped, then drained. */
async function capacityEventsPerSec(bus: JetStreamBus): Promise<{ eventsPerSec: number; drainSeconds: number }> {
  await platform.app('analytics').stop();
  let next = 0;
  await Promise.all(
    Array.from({ length: PUBLISH_IN_FLIGHT }, async () => {
      while (next < CAPACITY_BATCHES) {
        next += 1;
        const batchId = randomUUID();
        const batch: PlaybackBatch = { batchId, receivedAt: new Date().toISOString(), events: freshBatch() };
        await bus.publish(AnalyticsEvents.PlaybackBatch, batch, batchId);
      }
    }),
  );
  const built = await backlog(bus);
  platform.app('analytics').start();
  const { left, drainedAt, firstAppliedAt } = await drain(bus, DRAIN_LIMIT_SECONDS, built);
  if (left > 0 || firstAppliedAt === null) throw new Error(`capacity: ${left} of ${built} batches still pending after ${DRAIN_LIMIT_SECONDS} s`);
  // From the first group applied (analytics' start-up excluded) to the last.
  const seconds = (drainedAt - firstAppliedAt) / 1000;
  return { eventsPerSec: Math.round((built * BATCH) / seconds), drainSeconds: Math.round(seconds * 10) / 10 };
}

/** Posts a probe batch of its own video and resolves with ms from its 202 to a report counting all of it (null past the limit). */
async function probeLagMs(token: string): Promise<number | null> {
  const events = freshBatch(`lag-${randomUUID().slice(0, 8)}`);
  const from = new Date(Date.now() - 2 * 3600_000).toISOString();
  const to = new Date(Date.now() + 3600_000).toISOString();
  const response = await fetch(platform.url('/events'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
  if (response.status !== 202) throw new Error(`lag probe answered ${response.status}`);
  const acceptedAt = performance.now();
  const deadline = acceptedAt + PROBE_LIMIT_MS;
  while (performance.now() < deadline) {
    const report = await fetch(platform.url(`/analytics/videos/${events[0].videoId}?from=${from}&to=${to}&granularity=hour`), { headers: { authorization: `Bearer ${token}` } });
    if (report.ok && ((await report.json()) as ReportResponse).totals.events === BATCH) return performance.now() - acceptedAt;
    // Fine-grained while the lag is small, sparse once it is not: pollers must not load the platform measured.
    await new Promise((resolve) => setTimeout(resolve, performance.now() - acceptedAt < 3000 ? 50 : 500));
  }
  return null;
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];

const platform = new Platform();
let completed = false;
try {
  await platform.start({
    env: { ...QUIET_PLATFORM_ENV, EVENTS_MAX_BATCH: '500', ...(process.env.BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : {}) },
    // debug: analytics logs each group's step timings (claim, read, update, parts, marks), kept below.
    appEnv: {
      gateway: PROFILED,
      analytics: { ...(ANALYTICS_LOG_LEVEL ? { LOG_LEVEL: ANALYTICS_LOG_LEVEL } : {}), ...PROFILED },
    },
  });
  const admin = analyticsToken(platform, 'bench-admin', 'admin');
  const bus = await JetStreamBus.connect([platform.env.NATS_URL ?? ''], 'bench-ingest');
  const loadAverageAtStart = loadavg().map((load) => Math.round(load * 100) / 100);
  const capacity = await capacityEventsPerSec(bus);

  const players = new Players();
  const probes: Array<Promise<number | null>> = [];
  const prober = setInterval(() => probes.push(probeLagMs(admin)), 1000);
  const gatewayPid = platform.app('gateway').pid;
  const gatewayCpuBefore = gatewayPid ? cpuSecondsOf(gatewayPid) : 0;
  const loadStarted = Date.now();
  const result = await autocannon({
    url: platform.url('/events'),
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    overallRate: Math.round(RATE / BATCH),
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: JSON.stringify({ events: players.nextBatch() }) }) }],
  });
  clearInterval(prober);
  const loadEnded = Date.now();
  const gatewayCpuSeconds = gatewayPid ? cpuSecondsOf(gatewayPid) - gatewayCpuBefore : 0;
  if (result.non2xx + result.errors + result.timeouts > 0) throw new Error(`ingest: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  const backlogAtLoadEnd = await backlog(bus);
  const { left, drainedAt } = await drain(bus, DRAIN_LIMIT_SECONDS);
  const lagResults = await Promise.all(probes);
  await bus.close();
  // A probe still unseen at the limit counts as the limit: the percentiles never hide the slowest.
  const lags = lagResults.map((lag) => lag ?? PROBE_LIMIT_MS).sort((a, b) => a - b);
  const loadSeconds = (loadEnded - loadStarted) / 1000;
  const acceptedEvents = (result['2xx'] + probes.length) * BATCH;

  const figures = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    loadAverageAtStart,
    batchSize: BATCH,
    connections: CONNECTIONS,
    offeredEventsPerSec: RATE,
    batchesPerSession: BATCHES_PER_SESSION,
    durationSeconds: DURATION_SECONDS,
    capacityEventsPerSec: capacity.eventsPerSec,
    capacityBatches: CAPACITY_BATCHES,
    capacityDrainSeconds: capacity.drainSeconds,
    acceptedEventsPerSec: Math.round(acceptedEvents / loadSeconds),
    acceptedEvents,
    // What the gateway spent on each accepted event (user + system): its cost, whatever the machine's speed.
    gatewayCpuMicrosPerEvent: Math.round((1e6 * gatewayCpuSeconds) / acceptedEvents),
    appliedDuringLoadEventsPerSec: Math.round((acceptedEvents - backlogAtLoadEnd * BATCH) / loadSeconds),
    batchesPendingAtLoadEnd: backlogAtLoadEnd,
    batchesLeftAtDrainLimit: left,
    drainAfterLoadSeconds: Math.round((drainedAt - loadEnded) / 100) / 10,
    lagProbes: lagResults.length,
    lagProbesPastLimit: lagResults.filter((lag) => lag === null).length,
    lagMsP50: lags.length ? Math.round(percentile(lags, 50)) : null,
    lagMsP99: lags.length ? Math.round(percentile(lags, 99)) : null,
    lagMsMax: lags.length ? Math.round(lags[lags.length - 1]) : null,
  };
  console.log(`\nPOST /api/v1/events, batches of ${BATCH}: ${RATE} events/s offered over ${CONNECTIONS} connections for ${DURATION_SECONDS} s, ${figures.cpus} CPUs, Node ${process.version}\n`);
  console.table({
    'capacity (draining a stopped backlog)': { 'events/s': figures.capacityEventsPerSec },
    'accepted at the gateway (202)': { 'events/s': figures.acceptedEventsPerSec },
    'applied during the load': { 'events/s': figures.appliedDuringLoadEventsPerSec },
  });
  console.log(
    `backlog at load end: ${backlogAtLoadEnd} batches; ${left === 0 ? 'drained' : `${left} still pending`} ${figures.drainAfterLoadSeconds} s later; ` +
      `lag 202 → report (${lags.length} probes, ${figures.lagProbesPastLimit} past ${PROBE_LIMIT_MS / 1000} s, counted at it): p50 ${figures.lagMsP50} ms, p99 ${figures.lagMsP99} ms, max ${figures.lagMsMax} ms`,
  );
  console.log(`gateway CPU per accepted event during the load: ${figures.gatewayCpuMicrosPerEvent} µs (user + system)`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'event-ingest.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nwritten to ${join(RESULTS_DIR, 'event-ingest.json')}`);
  if (left > 0) throw new Error(`${left} batches still pending ${DRAIN_LIMIT_SECONDS} s after the load`);
  completed = true;
} finally {
  await platform.stop();
  if (ANALYTICS_LOG_LEVEL) copyFileSync(join(platform.logDir, 'analytics.log'), join(RESULTS_DIR, 'event-ingest-analytics.log'));
  if (completed) rmSync(platform.logDir, { recursive: true, force: true });
}
