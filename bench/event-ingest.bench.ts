/**
 * `npm run bench` (second part): player events through POST /api/v1/events in batches of 50.
 *
 * Figures, all from one run on one platform:
 * - baseline: the same batches published straight to JetStream from Node (64 in flight), without
 *   the gateway: the ceiling the gateway's ingest path is measured against;
 * - accepted: events/s the gateway answered 202 for (autocannon, each request a fresh session);
 * - processed: events/s analytics applied, from the start of the load until its consumer drained;
 * - lag: from a 202 to the batch being visible in a report, on an idle platform (median of 5).
 * Asserts sanity only (every response 202, everything processed), never speed.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ANALYTICS_STREAM, JetStreamBus, type PlaybackBatch, type PlaybackEvent, type ReportResponse } from '@onstream/common';
import { analyticsToken } from '../test/support/analytics-tokens.js';
import { Platform } from '../test/support/platform.js';
import { playbackSessionId } from '../test/support/playback-sessions.js';
import { waitFor } from '../test/support/processes.js';
import { QUIET_PLATFORM_ENV } from './support/load.js';

const BATCH = 50;
const CONNECTIONS = 32;
const DURATION_SECONDS = 10;
const BASELINE_IN_FLIGHT = 64;
const DRAIN_LIMIT_SECONDS = Number(process.env.BENCH_DRAIN_LIMIT_SECONDS ?? 300);
const VIDEOS = 100;
const RESULTS_DIR = join(import.meta.dirname, 'results');

/** One player's batch under a session id as media issues it: view_start, first play, then heartbeats of 10 s, all in the last hour. */
function freshBatch(videoId = `bench-${Math.floor(Math.random() * VIDEOS)}`): PlaybackEvent[] {
  const sessionId = playbackSessionId(platform, videoId);
  const start = Date.now() - 30 * 60_000;
  return Array.from({ length: BATCH }, (_, i) => {
    const base = { id: `e${i}`, sessionId, videoId, clientTs: new Date(start + i * 10_000).toISOString() };
    if (i === 0) return { ...base, type: 'view_start' } as PlaybackEvent;
    if (i === 1) return { ...base, type: 'play', startupMs: 600 } as PlaybackEvent;
    return { ...base, type: 'heartbeat', positionSec: i * 10, playedSec: 10, bitrateKbps: 3000 } as PlaybackEvent;
  });
}

async function baselinePublishRate(natsUrl: string): Promise<number> {
  const bus = await JetStreamBus.connect([natsUrl], 'bench-baseline');
  await bus.ensureStream({ name: 'BENCH_BASELINE', types: ['benchbaseline.>'] });
  let published = 0;
  const deadline = Date.now() + DURATION_SECONDS * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: BASELINE_IN_FLIGHT }, async () => {
      while (Date.now() < deadline) {
        const batchId = randomUUID();
        const batch: PlaybackBatch = { batchId, receivedAt: new Date().toISOString(), events: freshBatch() };
        await bus.publish('benchbaseline.playback.batch', batch, batchId);
        published += BATCH;
      }
    }),
  );
  const rate = published / ((Date.now() - started) / 1000);
  await bus.deleteStream('BENCH_BASELINE');
  await bus.close();
  return rate;
}

/** Batches the aggregation consumer has not finished, read from JetStream (not through analytics, which is busy). */
async function backlog(bus: JetStreamBus): Promise<number> {
  const { pending, ackPending } = await bus.consumerBacklog(ANALYTICS_STREAM.name, 'analytics-aggregation');
  return pending + ackPending;
}

async function visibilityLagMs(platform: Platform, token: string): Promise<number> {
  const events = freshBatch(`lag-${randomUUID().slice(0, 8)}`);
  const from = new Date(Date.now() - 2 * 3600_000).toISOString();
  const to = new Date(Date.now() + 3600_000).toISOString();
  const started = performance.now();
  const response = await fetch(platform.url('/events'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
  if (response.status !== 202) throw new Error(`lag probe answered ${response.status}`);
  await waitFor('the probe batch in its report', async () => {
    const report = await fetch(platform.url(`/analytics/videos/${events[0].videoId}?from=${from}&to=${to}&granularity=hour`), { headers: { authorization: `Bearer ${token}` } });
    return report.ok && ((await report.json()) as ReportResponse).totals.events === BATCH ? true : undefined;
  }, 30_000, 10);
  return performance.now() - started;
}

const platform = new Platform();
let completed = false;
try {
  await platform.start({ env: { ...QUIET_PLATFORM_ENV, EVENTS_MAX_BATCH: '500', ...(process.env.BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : {}) } });
  const admin = analyticsToken(platform, 'bench-admin', 'admin');
  const baseline = await baselinePublishRate(platform.env.NATS_URL ?? '');

  const loadStarted = Date.now();
  const result = await autocannon({
    url: platform.url('/events'),
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: JSON.stringify({ events: freshBatch() }) }) }],
  });
  const loadEnded = Date.now();
  if (result.non2xx + result.errors + result.timeouts > 0) throw new Error(`ingest: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  const acceptedEvents = result['2xx'] * BATCH;
  const monitor = await JetStreamBus.connect([platform.env.NATS_URL ?? ''], 'bench-monitor');
  const backlogAtLoadEnd = await backlog(monitor);
  // Bounded: past the deadline the processed rate is what was applied so far.
  let left = backlogAtLoadEnd;
  const drainDeadline = Date.now() + DRAIN_LIMIT_SECONDS * 1000;
  while (left > 0 && Date.now() < drainDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    left = await backlog(monitor);
  }
  const drained = Date.now();
  await monitor.close();
  const processedEvents = acceptedEvents - left * BATCH;

  const lags: number[] = [];
  // Measured once the backlog is gone (or given up on), so it shows the path, not the queue.
  if (left === 0) for (let i = 0; i < 5; i += 1) lags.push(await visibilityLagMs(platform, admin));
  lags.sort((a, b) => a - b);

  const figures = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    batchSize: BATCH,
    connections: CONNECTIONS,
    durationSeconds: DURATION_SECONDS,
    baselineJetStreamEventsPerSec: Math.round(baseline),
    acceptedEventsPerSec: Math.round(acceptedEvents / ((loadEnded - loadStarted) / 1000)),
    acceptedEvents,
    processedEventsPerSec: Math.round(processedEvents / ((drained - loadStarted) / 1000)),
    batchesPendingAtLoadEnd: backlogAtLoadEnd,
    batchesLeftAtDrainLimit: left,
    drainAfterLoadSeconds: Math.round((drained - loadEnded) / 100) / 10,
    idleLagMsMedian: lags.length ? Math.round(lags[2]) : null,
    idleLagMsMax: lags.length ? Math.round(lags[4]) : null,
  };
  console.log(`\nPOST /api/v1/events, batches of ${BATCH}: ${CONNECTIONS} connections, ${DURATION_SECONDS} s, ${figures.cpus} CPUs, Node ${process.version}\n`);
  console.table({
    'JetStream publish from Node (baseline)': { 'events/s': figures.baselineJetStreamEventsPerSec },
    'accepted at the gateway (202)': { 'events/s': figures.acceptedEventsPerSec },
    'processed by analytics': { 'events/s': figures.processedEventsPerSec },
  });
  console.log(`backlog at load end: ${backlogAtLoadEnd} batches; ${left === 0 ? 'drained' : `${left} still pending`} ${figures.drainAfterLoadSeconds} s later; idle lag 202 → report: median ${figures.idleLagMsMedian} ms, max ${figures.idleLagMsMax} ms`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'event-ingest.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nwritten to ${join(RESULTS_DIR, 'event-ingest.json')}`);
  completed = true;
} finally {
  await platform.stop();
  if (completed) rmSync(platform.logDir, { recursive: true, force: true });
}
