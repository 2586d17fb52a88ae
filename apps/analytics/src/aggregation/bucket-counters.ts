/** Additive figures of one bucket; reports derive ratios and averages from their sums. */
export interface BucketCounters {
  events: number;
  starts: number;
  views: number;
  completions: number;
  errorSessions: number;
  watchSec: number;
  likes: number;
  comments: number;
  shares: number;
  startupMsSum: number;
  startupSamples: number;
  stallMs: number;
  rebufferCount: number;
  /** Σ bitrate × played seconds of heartbeats that report a bitrate, and those seconds. */
  bitrateKbpsSec: number;
  bitrateSec: number;
  /** Ad events (VAST trackers), one of each kind per break and session. */
  adImpressions: number;
  adFirstQuartiles: number;
  adMidpoints: number;
  adThirdQuartiles: number;
  adCompletes: number;
  adClicks: number;
}

export const COUNTER_NAMES: ReadonlyArray<keyof BucketCounters> = [
  'events',
  'starts',
  'views',
  'completions',
  'errorSessions',
  'watchSec',
  'likes',
  'comments',
  'shares',
  'startupMsSum',
  'startupSamples',
  'stallMs',
  'rebufferCount',
  'bitrateKbpsSec',
  'bitrateSec',
  'adImpressions',
  'adFirstQuartiles',
  'adMidpoints',
  'adThirdQuartiles',
  'adCompletes',
  'adClicks',
];

export function emptyCounters(): BucketCounters {
  return Object.fromEntries(COUNTER_NAMES.map((name) => [name, 0])) as unknown as BucketCounters;
}

export function addCounters(into: BucketCounters, from: BucketCounters): BucketCounters {
  // Parts stored before a counter existed lack it: they count 0.
  for (const name of COUNTER_NAMES) into[name] += from[name] ?? 0;
  return into;
}

export const HOUR_MS = 3600_000;
export const DAY_MS = 24 * HOUR_MS;

export function startOfHour(at: Date | string): Date {
  const ms = new Date(at).getTime();
  return new Date(ms - (ms % HOUR_MS));
}

export function startOfDay(at: Date | string): Date {
  const ms = new Date(at).getTime();
  return new Date(ms - (ms % DAY_MS));
}
