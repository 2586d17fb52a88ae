/**
 * Where the gateway's CPU goes while it serves the ping (GET /health/ping/users, as in
 * gateway-roundtrip.bench.ts, the platform's defaults): V8's sampling profiler in the gateway (and users) during a load run, then the
 * self time summed by package or file and by function. Writes the .cpuprofile files to
 * bench/results/profile/ (open them in Chrome DevTools).
 *
 * `npx tsx bench/gateway-profile.ts` (BENCH_DURATION_SECONDS, default 10).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Platform } from '../test/support/platform.js';
import { waitFor } from '../test/support/processes.js';
import { measureLoad, QUIET_PLATFORM_ENV } from './support/load.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const DURATION_SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const PROFILE_DIR = join(import.meta.dirname, 'results/profile');
const PROFILED = ['gateway', 'users'] as const;

/** Where a frame's code lives: a package under node_modules, one of our files, or V8/Node itself. */
function origin(url: string): string {
  if (!url) return '(native/V8)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return url;
  return url.replace(/^.*\/dist\//, 'dist/');
}

function summarise(app: string, file: string): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const where = origin(node.callFrame.url);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + hits);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, hits]) => `  ${((100 * hits) / total).toFixed(1).padStart(5)} %  ${name}`).join('\n');
  console.log(`\n${app}: ${total} samples\nself time by origin:\n${top(byOrigin, 25)}\nself time by function:\n${top(byFunction, 40)}`);
}

/** Asks an app to write its profile since the last cut; renames it `<app>-<phase>.cpuprofile`. */
async function cutProfile(app: (typeof PROFILED)[number], phase: string): Promise<string> {
  const pid = platform.app(app).pid;
  if (pid === undefined) throw new Error(`${app} is not running`);
  process.kill(pid, 'SIGUSR2');
  const written = join(PROFILE_DIR, `${pid}.cpuprofile`);
  await waitFor(`${app} profile`, async () => existsSync(written) || undefined, 30_000);
  const file = join(PROFILE_DIR, `${app}-${phase}.cpuprofile`);
  renameSync(written, file);
  return file;
}

const platform = new Platform();
rmSync(PROFILE_DIR, { recursive: true, force: true });
mkdirSync(PROFILE_DIR, { recursive: true });
const preload = { NODE_OPTIONS: `--require ${join(import.meta.dirname, 'support/cpu-profiler.cjs')}`, BENCH_PROFILE_DIR: PROFILE_DIR };
try {
  await platform.start({ env: QUIET_PLATFORM_ENV, appEnv: Object.fromEntries(PROFILED.map((app) => [app, preload])) });
  const url = platform.url('/health/ping/users');
  await measureLoad('warm-up', { url, connections: 32, durationSeconds: 3 });
  // The profiles so far hold start-up and warm-up: cut there and keep only what the load costs.
  await Promise.all(PROFILED.map((app) => cutProfile(app, 'start-up')));
  const figures = await measureLoad('gateway', { url, connections: 32, durationSeconds: DURATION_SECONDS });
  console.log(`ping under the profiler: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50Ms.toFixed(2)} ms, p99 ${figures.p99Ms.toFixed(2)} ms`);
  for (const app of PROFILED) summarise(app, await cutProfile(app, 'load'));
} finally {
  await platform.stop();
}
