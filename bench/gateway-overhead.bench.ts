/**
 * `npm run bench`: what metrics, tracing and rate limiting together cost the gateway.
 * Two platforms run side by side and are loaded in turn with the same round trip
 * (GET /api/v1/health/ping/users: HTTP -> gateway -> NATS -> users -> back):
 *
 * - "on": Prometheus metrics recorded and served (gateway and users), OpenTelemetry tracing with
 *   every request sampled and exported by OTLP/HTTP to a local sink, and the Redis rate limiter
 *   (limit set high enough never to refuse, so every request still costs its Redis round trip);
 * - "off": the same with METRICS_PORT=0, no OTLP endpoint and RATE_LIMIT_ENABLED=false.
 *
 * The rounds alternate (off, on, off, on, …) so that load from elsewhere on the machine falls on
 * both alike; each side's figures are the median of its rounds. Asserts sanity only: every
 * response 2xx, and on the "on" side the rate-limit headers, metric counts and exported spans are
 * really there.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Platform } from '../test/support/platform.js';
import { freePort } from '../test/support/processes.js';
import { measureLoad, printTable, QUIET_PLATFORM_ENV, type Figures } from './support/load.js';

const CONNECTIONS = 32;
const WARMUP_SECONDS = 3;
const DURATION_SECONDS = 10;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const RESULTS_DIR = join(import.meta.dirname, 'results');
const BUDGET = 0.15; // the bar: the three together cost less than 15 % of throughput
/** Which features the "on" side has (all three by default; a subset shows what each costs). */
const FEATURES = new Set((process.env.BENCH_FEATURES ?? 'metrics,tracing,rate-limits').split(','));

/** An OTLP/HTTP endpoint that takes exports and throws them away (counts them, never parses). */
async function startSink(): Promise<{ url: string; exports: () => number; server: Server }> {
  let exports = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      exports += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('sink has no address');
  return { url: `http://127.0.0.1:${address.port}`, exports: () => exports, server };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medianFigures(rounds: Figures[]): Figures {
  return {
    rps: median(rounds.map((f) => f.rps)),
    p50Ms: median(rounds.map((f) => f.p50Ms)),
    p99Ms: median(rounds.map((f) => f.p99Ms)),
    requests: rounds.reduce((sum, f) => sum + f.requests, 0),
  };
}

const sink = await startSink();
const metricsPorts = { gateway: await freePort(), users: await freePort() };
const off = new Platform();
const on = new Platform();
const roundsOff: Figures[] = [];
const roundsOn: Figures[] = [];
let measured = false;
try {
  await off.start({ env: { ...QUIET_PLATFORM_ENV, RATE_LIMIT_ENABLED: 'false', METRICS_PORT: '0' } });
  await on.start({
    env: {
      ...QUIET_PLATFORM_ENV,
      RATE_LIMIT_ENABLED: String(FEATURES.has('rate-limits')),
      METRICS_PORT: '0',
      ...(FEATURES.has('tracing') ? { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_TRACES_SAMPLE_RATIO: '1' } : {}),
    },
    appEnv: FEATURES.has('metrics') ? { gateway: { METRICS_PORT: String(metricsPorts.gateway) }, users: { METRICS_PORT: String(metricsPorts.users) } } : {},
  });

  // Each side must really be what it claims before its speed means anything.
  const probeOn = await fetch(on.url('/health/ping/users'));
  const probeOff = await fetch(off.url('/health/ping/users'));
  if (probeOn.status !== 200 || FEATURES.has('rate-limits') !== Boolean(probeOn.headers.get('ratelimit-limit'))) throw new Error('"on" gateway rate-limits other than asked');
  if (probeOff.status !== 200 || probeOff.headers.get('ratelimit-limit')) throw new Error('"off" gateway rate-limits');

  for (let round = 1; round <= ROUNDS; round += 1) {
    roundsOff.push(await measureLoad(`off, round ${round}`, { url: off.url('/health/ping/users'), connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS }));
    roundsOn.push(await measureLoad(`on, round ${round}`, { url: on.url('/health/ping/users'), connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS }));
    console.log(`round ${round}: off ${roundsOff.at(-1)?.rps.toFixed(0)} req/s, on ${roundsOn.at(-1)?.rps.toFixed(0)} req/s`);
  }

  if (FEATURES.has('metrics')) {
    const gatewayMetrics = await (await fetch(`http://127.0.0.1:${metricsPorts.gateway}/metrics`)).text();
    const usersMetrics = await (await fetch(`http://127.0.0.1:${metricsPorts.users}/metrics`)).text();
    if (!/onstream_http_request_duration_seconds_count\{[^}]*route="\/api\/v1\/health\/ping\/:service"[^}]*\} [1-9]/.test(gatewayMetrics)) throw new Error('"on" gateway recorded no HTTP metrics');
    if (!/onstream_nats_handler_duration_seconds_count\{[^}]*pattern="users.health.ping"[^}]*\} [1-9]/.test(usersMetrics)) throw new Error('"on" users recorded no NATS metrics');
  }
  if (FEATURES.has('tracing') && sink.exports() === 0) throw new Error('"on" platform exported no spans');
  measured = true;
} finally {
  await Promise.all([off.stop(), on.stop()]);
  await new Promise((resolve) => sink.server.close(resolve));
  // Both gateways log every request: keep the logs only when something failed.
  if (measured) for (const platform of [off, on]) rmSync(platform.logDir, { recursive: true, force: true });
}

const offFigures = medianFigures(roundsOff);
const onFigures = medianFigures(roundsOn);
const cost = 1 - onFigures.rps / offFigures.rps;
printTable(
  `GET /api/v1/health/ping/users: ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${DURATION_SECONDS} s (median), ${availableParallelism()} CPUs, Node ${process.version}`,
  [[`on: ${[...FEATURES].join(' + ')}`, onFigures], ['all three off', offFigures]],
  ['on / off', onFigures, offFigures],
);
console.log(`\nthroughput cost of ${[...FEATURES].join(' + ')}: ${(cost * 100).toFixed(1)} % (budget ${BUDGET * 100} %), ${sink.exports()} OTLP exports received`);

mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(
  join(RESULTS_DIR, 'gateway-overhead.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), connections: CONNECTIONS, features: [...FEATURES], rounds: ROUNDS, durationSeconds: DURATION_SECONDS, on: onFigures, off: offFigures, roundsOn, roundsOff, cost }, null, 2)}\n`,
);
