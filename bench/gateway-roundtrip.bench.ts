/**
 * `npm run bench`: the cost of the gateway's trivial NATS round trip
 * (GET /api/v1/health/ping/users: HTTP -> gateway -> NATS request/reply -> users -> back),
 * against a bare Fastify server answering the same JSON, measured in the same run.
 *
 * Both servers run as child processes and autocannon runs here: autocannon is CPU-bound, so an
 * in-process baseline would share its event loop with the load generator while the gateway has
 * its own, which would handicap the baseline. Each side is measured alone (the bare server is
 * stopped before the platform starts). On the gateway side, users and nats-server compete for
 * the same 2 cores: that is part of the real cost, not noise.
 *
 * Asserts sanity only (every response 2xx, non-zero throughput), never speed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Platform } from '../test/support/platform.js';
import { freePort, ManagedProcess, waitFor } from '../test/support/processes.js';

const CONNECTIONS = 32;
const WARMUP_SECONDS = 3; // JIT, keep-alive sockets, NATS subscriptions; not counted
const DURATION_SECONDS = 10;
const PATH = '/api/v1/health/ping/users';
const RESULTS_DIR = join(import.meta.dirname, 'results');

interface Figures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

/** One warm-up run (discarded), then the measured run; throws unless every response was 2xx. */
async function measure(label: string, url: string): Promise<Figures> {
  const body = (await (await fetch(url)).json()) as { service?: unknown; instance?: unknown };
  if (body.service !== 'users' || typeof body.instance !== 'string') throw new Error(`${label}: unexpected body ${JSON.stringify(body)}`);

  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS });
  // autocannon's own latency histogram has 1 ms resolution (a bare server's p50 reads 0 ms): keep
  // each 2xx response time (fractional ms) and take the percentiles here.
  const latencies: number[] = [];
  const run = autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS });
  run.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
  });
  const result = await run;
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0 || result['2xx'] === 0 || result.requests.average <= 0) {
    throw new Error(`${label}: ${result['2xx']} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  const sorted = Float64Array.from(latencies).sort();
  return { rps: result.requests.average, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), requests: result['2xx'] };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureBareFastify(): Promise<Figures> {
  const port = await freePort();
  mkdirSync(RESULTS_DIR, { recursive: true });
  // process.execArgv carries tsx's loader flags, so the child can run a .ts file too.
  const server = new ManagedProcess('bare-fastify', process.execPath, [...process.execArgv, join(import.meta.dirname, 'support/bare-server.ts')],
    { ...process.env, BENCH_PORT: String(port) }, join(RESULTS_DIR, 'bare-server.log'));
  server.start();
  try {
    const url = `http://127.0.0.1:${port}${PATH}`;
    await waitFor('bare Fastify server', async () => {
      if (!server.running) throw Object.assign(new Error(`bare server exited:\n${server.log()}`), { name: 'StartupFailure' });
      return (await fetch(url)).ok || undefined;
    }, 15_000);
    return await measure('bare Fastify', url);
  } finally {
    await server.stop();
  }
}

async function measureGateway(): Promise<Figures> {
  const platform = new Platform();
  let measured = false;
  try {
    // The platform's default log level (info) is kept, as in production: the gateway logs each
    // request. BENCH_LOG_LEVEL=warn shows what that logging costs.
    await platform.start(process.env.BENCH_LOG_LEVEL ? { env: { LOG_LEVEL: process.env.BENCH_LOG_LEVEL } } : {});
    const figures = await measure('gateway', platform.url('/health/ping/users'));
    measured = true;
    return figures;
  } finally {
    await platform.stop();
    // The gateway logs every request (~40 MB per run): keep the logs only when something failed.
    if (measured) rmSync(platform.logDir, { recursive: true, force: true });
  }
}

function printTable(gateway: Figures, bare: Figures): void {
  const rows: [string, string, string, string][] = [
    ['', 'req/s', 'p50 ms', 'p99 ms'],
    ['gateway -> NATS -> users', gateway.rps.toFixed(0), gateway.p50Ms.toFixed(2), gateway.p99Ms.toFixed(2)],
    ['bare Fastify', bare.rps.toFixed(0), bare.p50Ms.toFixed(2), bare.p99Ms.toFixed(2)],
    ['gateway / bare', (gateway.rps / bare.rps).toFixed(3), (gateway.p50Ms / bare.p50Ms).toFixed(2), (gateway.p99Ms / bare.p99Ms).toFixed(2)],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`\nGET ${PATH}: ${CONNECTIONS} connections, ${DURATION_SECONDS} s after a ${WARMUP_SECONDS} s warm-up, ${availableParallelism()} CPUs, Node ${process.version}\n`);
  rows.forEach((row, index) => {
    console.log(line(row));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  });
}

const bare = await measureBareFastify();
const gateway = await measureGateway();
printTable(gateway, bare);

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
  path: PATH,
  connections: CONNECTIONS,
  warmupSeconds: WARMUP_SECONDS,
  durationSeconds: DURATION_SECONDS,
  gateway,
  bare,
  ratio: { rps: gateway.rps / bare.rps, p50: gateway.p50Ms / bare.p50Ms, p99: gateway.p99Ms / bare.p99Ms },
};
writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten to ${join(RESULTS_DIR, 'latest.json')}`);
