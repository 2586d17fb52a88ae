import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface Figures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** CPU time (user + system) the `cpuOf` processes spent per answered request in the measured run, in µs. */
  cpuMicrosPerRequest?: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds?: number;
  /** Fixed offered load (requests/s over all connections); unset = as fast as possible. */
  rate?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Paths to rotate through (each connection walks the list); `url` then only gives the origin. */
  requests?: Array<{ path: string; method?: 'GET' | 'POST' | 'PUT' | 'PATCH'; headers?: Record<string, string>; body?: string }>;
  /**
   * Instead of `requests`: the next request, built when a connection sends it, from one sequence shared
   * by every connection (each request sent once overall, not once per connection; nothing is built ahead).
   */
  nextRequest?: () => { path: string; method?: 'GET' | 'POST' | 'PUT' | 'PATCH'; headers?: Record<string, string>; body?: string };
  /** Seconds before autocannon gives up on one response (its default: 10). */
  timeoutSeconds?: number;
  /**
   * Server processes whose CPU time per request to report: steadier than req/s on a shared
   * machine, where other work takes cores from the server but adds little to its own CPU time.
   */
  cpuOf?: number[];
}

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * CPU seconds (user + system) from /proc/<pid>/stat: the process's own so far (utime, stime), or
 * those of its children it has reaped (cutime, cstime: an ffmpeg run, once it has exited).
 */
export function cpuSecondsOf(pid: number | 'self', whose: 'own' | 'reaped children' = 'own'): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [user, system] = whose === 'own' ? [11, 12] : [13, 14];
  return (Number(fields[user]) + Number(fields[system])) / CLOCK_TICKS_PER_SECOND;
}

/**
 * autocannon walks `requests` once per connection and builds every entry for every connection before
 * it starts (32 connections × 30,000 writes took ~30 s here, and each connection's 30 s response
 * timer runs from its construction, so a slow build counted phantom timeouts). A request set up as it
 * is sent avoids both.
 */
function sharedSequence(next: NonNullable<LoadOptions['nextRequest']>) {
  return (request: autocannon.Request): autocannon.Request => ({ ...request, ...next() }) as autocannon.Request;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One warm-up run (discarded), then the measured run; throws unless every response was 2xx.
 * autocannon's own histogram has 1 ms resolution, so each response time is kept and the
 * percentiles are taken here.
 */
export async function measureLoad(label: string, options: LoadOptions): Promise<Figures> {
  const base = {
    url: options.url,
    connections: options.connections,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    ...(options.rate ? { overallRate: options.rate } : {}),
    ...(options.requests ? { requests: options.requests } : {}),
    ...(options.nextRequest ? { requests: [{ setupRequest: sharedSequence(options.nextRequest) }] } : {}),
    ...(options.timeoutSeconds ? { timeout: options.timeoutSeconds } : {}),
  };
  if (options.warmupSeconds) await autocannon({ ...base, duration: options.warmupSeconds });
  const latencies: number[] = [];
  const otherStatuses = new Set<number>();
  const cpuSpent = () => (options.cpuOf ?? []).reduce((sum, pid) => sum + cpuSecondsOf(pid), 0);
  const cpuBefore = cpuSpent();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ ...base, duration: options.durationSeconds }, (error, finished) => (error ? reject(error) : resolve(finished)));
    run.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
      else otherStatuses.add(statusCode);
    });
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0 || result['2xx'] === 0 || result.requests.average <= 0) {
    throw new Error(`${label}: ${result['2xx']} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts (statuses: ${[...otherStatuses].join(', ') || 'none'})`);
  }
  const cpuMicros = (cpuSpent() - cpuBefore) * 1e6;
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: result.requests.average,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    requests: result['2xx'],
    ...(options.cpuOf ? { cpuMicrosPerRequest: cpuMicros / result['2xx'] } : {}),
  };
}

/** Prints rows of figures as an aligned table. */
export function printTable(title: string, rows: Array<[string, Figures]>, ratio?: [string, Figures, Figures]): void {
  const cells: string[][] = [['', 'req/s', 'p50 ms', 'p99 ms'], ...rows.map(([name, f]) => [name, f.rps.toFixed(0), f.p50Ms.toFixed(2), f.p99Ms.toFixed(2)])];
  if (ratio) {
    const [name, a, b] = ratio;
    cells.push([name, (a.rps / b.rps).toFixed(3), (a.p50Ms / b.p50Ms).toFixed(2), (a.p99Ms / b.p99Ms).toFixed(2)]);
  }
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`\n${title}\n`);
  cells.forEach((row, index) => {
    console.log(line(row));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  });
}

/**
 * Background work that would compete for the two cores while a bench measures one path:
 * the catalog's first-start seed import, analytics' trending timer, billing's renewal sweep.
 */
/**
 * An app's environment that makes it write a V8 CPU profile into `dir` when it stops or at SIGUSR2
 * (bench/support/cpu-profiler.cjs): where a request's time goes.
 */
export function cpuProfilerEnv(dir: string): Record<string, string> {
  return { NODE_OPTIONS: `--require ${join(import.meta.dirname, 'cpu-profiler.cjs')}`, BENCH_PROFILE_DIR: dir };
}

export const QUIET_PLATFORM_ENV: Record<string, string> = {
  CATALOG_SEED_ON_START: 'false',
  TRENDING_INTERVAL_MS: '0',
  BILLING_SWEEP_INTERVAL_MS: '0',
};
