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
import { Platform } from '../test/support/platform.js';
import { freePort, ManagedProcess, waitFor } from '../test/support/processes.js';
import { measureLoad, printTable, QUIET_PLATFORM_ENV, type Figures } from './support/load.js';

const CONNECTIONS = 32;
const WARMUP_SECONDS = 3; // JIT, keep-alive sockets, NATS subscriptions; not counted
const DURATION_SECONDS = 10;
const PATH = '/api/v1/health/ping/users';
const RESULTS_DIR = join(import.meta.dirname, 'results');

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
    await checkPingBody('bare Fastify', url);
    return await measureLoad('bare Fastify', { url, connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS });
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
    await platform.start({ env: { ...QUIET_PLATFORM_ENV, ...(process.env.BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : {}) } });
    const url = platform.url('/health/ping/users');
    await checkPingBody('gateway', url);
    const figures = await measureLoad('gateway', { url, connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS });
    measured = true;
    return figures;
  } finally {
    await platform.stop();
    // The gateway logs every request (~40 MB per run): keep the logs only when something failed.
    if (measured) rmSync(platform.logDir, { recursive: true, force: true });
  }
}

/** Both servers must answer the same JSON before their speed means anything. */
async function checkPingBody(label: string, url: string): Promise<void> {
  const body = (await (await fetch(url)).json()) as { service?: unknown; instance?: unknown };
  if (body.service !== 'users' || typeof body.instance !== 'string') throw new Error(`${label}: unexpected body ${JSON.stringify(body)}`);
}

const bare = await measureBareFastify();
const gateway = await measureGateway();
printTable(
  `GET ${PATH}: ${CONNECTIONS} connections, ${DURATION_SECONDS} s after a ${WARMUP_SECONDS} s warm-up, ${availableParallelism()} CPUs, Node ${process.version}`,
  [['gateway -> NATS -> users', gateway], ['bare Fastify', bare]],
  ['gateway / bare', gateway, bare],
);

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
