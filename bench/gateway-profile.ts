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
import { cpuProfilerEnv, measureLoad, QUIET_PLATFORM_ENV } from './support/load.js';

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
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
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  // The profile runs from the app's start: only the samples of the measured run (its last seconds) count.
  let clock = 0;
  const times = profile.timeDeltas.map((delta) => (clock += delta));
  const from = (times.at(-1) ?? 0) - DURATION_SECONDS * 1e6;
  const hitsOf = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    if ((times[index] ?? 0) >= from) hitsOf.set(id, (hitsOf.get(id) ?? 0) + 1);
  });
  const total = [...hitsOf.values()].reduce((sum, hits) => sum + hits, 0);
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = hitsOf.get(node.id) ?? 0;
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

/** Asks an app to write its profile; renames it `<app>.cpuprofile`. */
async function cutProfile(app: (typeof PROFILED)[number]): Promise<string> {
  const pid = platform.app(app).pid;
  if (pid === undefined) throw new Error(`${app} is not running`);
  process.kill(pid, 'SIGUSR2');
  const written = join(PROFILE_DIR, `${pid}.cpuprofile`);
  await waitFor(`${app} profile`, async () => existsSync(written) || undefined, 30_000);
  const file = join(PROFILE_DIR, `${app}.cpuprofile`);
  renameSync(written, file);
  return file;
}

const platform = new Platform();
rmSync(PROFILE_DIR, { recursive: true, force: true });
mkdirSync(PROFILE_DIR, { recursive: true });
const preload = cpuProfilerEnv(PROFILE_DIR);
try {
  await platform.start({ env: QUIET_PLATFORM_ENV, appEnv: Object.fromEntries(PROFILED.map((app) => [app, preload])) });
  const url = platform.url('/health/ping/users');
  const figures = await measureLoad('gateway', { url, connections: 32, durationSeconds: DURATION_SECONDS, warmupSeconds: 3 });
  console.log(`ping under the profiler: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50Ms.toFixed(2)} ms, p99 ${figures.p99Ms.toFixed(2)} ms`);
  for (const app of PROFILED) summarise(app, await cutProfile(app));
} finally {
  await platform.stop();
}
