/**
 * `npm run bench`: the cost of the gateway's trivial NATS round trip
 * (GET /api/v1/health/ping/users: HTTP -> gateway -> NATS request/reply -> users -> back),
 * against two baselines measured in the same run: a bare Fastify server answering the same JSON
 * inline, and a bare Fastify server making one raw NATS request to a bare responder (no Nest on
 * either side: the honest limit of our design on these cores, issue 23's target ≥ 0.8 of it).
 *
 * The servers run as child processes and autocannon runs here: autocannon is CPU-bound, so an
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
import { Platform, TOOLS_BIN } from '../test/support/platform.js';
import { freePort, ManagedProcess, waitFor } from '../test/support/processes.js';
import { measureLoad, printTable, QUIET_PLATFORM_ENV, type Figures } from './support/load.js';

const CONNECTIONS = 32;
const WARMUP_SECONDS = 3; // JIT, keep-alive sockets, NATS subscriptions; not counted
/** BENCH_DURATION_SECONDS shortens the runs while iterating. */
const DURATION_SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const PATH = '/api/v1/health/ping/users';
const RESULTS_DIR = join(import.meta.dirname, 'results');

const child = (name: string, file: string, env: Record<string, string>) =>
  // process.execArgv carries tsx's loader flags, so the child can run a .ts file too.
  new ManagedProcess(name, process.execPath, [...process.execArgv, join(import.meta.dirname, 'support', file)], { ...process.env, ...env }, join(RESULTS_DIR, `${name}.log`));

const pidsOf = (processes: ManagedProcess[]): number[] => processes.map((process) => process.pid).filter((pid): pid is number => pid !== undefined);

/** `alongside`: another process serving these requests (the NATS responder), whose CPU counts too. */
async function measureBareFastify(label: string, env: Record<string, string> = {}, alongside?: ManagedProcess): Promise<Figures> {
  const port = await freePort();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const server = child(label.replaceAll(' ', '-'), 'bare-server.ts', { ...env, BENCH_PORT: String(port) });
  server.start();
  try {
    const url = `http://127.0.0.1:${port}${PATH}`;
    await waitFor(label, async () => {
      if (!server.running) throw Object.assign(new Error(`bare server exited:\n${server.log()}`), { name: 'StartupFailure' });
      return (await fetch(url).catch(() => undefined))?.ok || undefined;
    }, 15_000);
    await checkPingBody(label, url);
    const figures = await measureLoad(label, { url, connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS, cpuOf: [...pidsOf([server]), ...(alongside ? pidsOf([alongside]) : [])] });
    console.log(`${label}: ${figures.rps.toFixed(0)} req/s`);
    return figures;
  } finally {
    await server.stop();
  }
}

/** Bare Fastify → one raw NATS request → a bare responder, on a NATS server of its own. */
async function measureBareNats(): Promise<Figures> {
  const natsPort = await freePort();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const nats = new ManagedProcess('bare-nats', join(TOOLS_BIN, 'nats-server'), ['-a', '127.0.0.1', '-p', String(natsPort)], process.env, join(RESULTS_DIR, 'bare-nats.log'));
  const env = { BENCH_NATS_URL: `nats://127.0.0.1:${natsPort}` };
  const responder = child('bare-responder', 'bare-nats-responder.ts', env);
  nats.start();
  try {
    responder.start();
    return await measureBareFastify('bare Fastify + raw NATS', env, responder);
  } finally {
    await responder.stop();
    await nats.stop();
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
    const figures = await measureLoad('gateway', { url, connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS, cpuOf: pidsOf([platform.app('gateway'), platform.app('users')]) });
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

const bare = await measureBareFastify('bare Fastify');
const bareNats = await measureBareNats();
const gateway = await measureGateway();
const title = `GET ${PATH}: ${CONNECTIONS} connections, ${DURATION_SECONDS} s after a ${WARMUP_SECONDS} s warm-up, ${availableParallelism()} CPUs, Node ${process.version}`;
printTable(title, [['gateway -> NATS -> users', gateway], ['bare Fastify + raw NATS responder', bareNats], ['bare Fastify', bare]], ['gateway / bare + NATS (target >= 0.8)', gateway, bareNats]);
console.log(`gateway / bare Fastify: ${(gateway.rps / bare.rps).toFixed(3)} req/s`);
// CPU per request of the serving Node processes (nats-server not counted on either side): less
// moved by other work on the machine than req/s.
const cpu = (figures: Figures) => figures.cpuMicrosPerRequest ?? Number.NaN;
console.log(`\nCPU per request (µs, user + system of the serving Node processes):
  gateway + users ${cpu(gateway).toFixed(0)}; bare Fastify + raw NATS responder ${cpu(bareNats).toFixed(0)}; bare Fastify ${cpu(bare).toFixed(0)}
  bare + NATS / gateway: ${(cpu(bareNats) / cpu(gateway)).toFixed(3)} (the share of the gateway's CPU the design's limit needs)`);

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
  path: PATH,
  connections: CONNECTIONS,
  warmupSeconds: WARMUP_SECONDS,
  durationSeconds: DURATION_SECONDS,
  gateway,
  bareNats,
  bare,
  ratio: { rps: gateway.rps / bare.rps, p50: gateway.p50Ms / bare.p50Ms, p99: gateway.p99Ms / bare.p99Ms },
  ratioToNats: { rps: gateway.rps / bareNats.rps, p50: gateway.p50Ms / bareNats.p50Ms, p99: gateway.p99Ms / bareNats.p99Ms, cpuPerRequest: cpu(bareNats) / cpu(gateway) },
};
writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten to ${join(RESULTS_DIR, 'latest.json')}`);
