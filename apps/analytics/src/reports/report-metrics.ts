import type { Granularity, ReportMetrics, ReportPoint } from '@onstream/common';
import { addCounters, emptyCounters, startOfDay, startOfHour, type BucketCounters } from '../aggregation/bucket-counters.js';

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : 0);
const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Turns summed counters and a distinct-viewer count into the figures a report shows. */
export function toMetrics(counters: BucketCounters, uniqueViewers: number): ReportMetrics {
  const watchMs = counters.watchSec * 1000;
  return {
    views: counters.views,
    uniqueViewers,
    starts: counters.starts,
    watchTimeSec: round(counters.watchSec, 3),
    averageViewDurationSec: round(ratio(counters.watchSec, counters.views), 3),
    completionRate: round(ratio(counters.completions, counters.starts)),
    likes: counters.likes,
    comments: counters.comments,
    shares: counters.shares,
    averageStartupMs: round(ratio(counters.startupMsSum, counters.startupSamples), 1),
    rebufferingRatio: round(ratio(counters.stallMs, counters.stallMs + watchMs)),
    rebufferCount: counters.rebufferCount,
    rebuffersPerHour: round(ratio(counters.rebufferCount, counters.watchSec / 3600), 3),
    averageBitrateKbps: round(ratio(counters.bitrateKbpsSec, counters.bitrateSec), 1),
    errorRate: round(ratio(counters.errorSessions, counters.starts)),
    events: counters.events,
    adImpressions: counters.adImpressions,
    adFirstQuartiles: counters.adFirstQuartiles,
    adMidpoints: counters.adMidpoints,
    adThirdQuartiles: counters.adThirdQuartiles,
    adCompletes: counters.adCompletes,
    adClicks: counters.adClicks,
  };
}

export function bucketStart(at: Date, granularity: Granularity): Date {
  return granularity === 'hour' ? startOfHour(at) : startOfDay(at);
}

/** Sums hour parts into buckets of the granularity and attaches distinct viewers per bucket. */
export function buildSeries(
  parts: Array<BucketCounters & { hour: Date }>,
  marks: Array<{ bucket: Date; viewer: string }>,
  granularity: Granularity,
): { series: ReportPoint[]; totals: ReportMetrics } {
  const sums = new Map<number, BucketCounters>();
  const total = emptyCounters();
  for (const part of parts) {
    const key = bucketStart(part.hour, granularity).getTime();
    sums.set(key, addCounters(sums.get(key) ?? emptyCounters(), part));
    addCounters(total, part);
  }
  const viewers = new Map<number, Set<string>>();
  const allViewers = new Set<string>();
  for (const mark of marks) {
    const key = mark.bucket.getTime();
    if (!viewers.has(key)) viewers.set(key, new Set());
    viewers.get(key)?.add(mark.viewer);
    allViewers.add(mark.viewer);
  }
  const keys = [...new Set([...sums.keys(), ...viewers.keys()])].sort((a, b) => a - b);
  const series = keys.map((key) => ({ bucket: new Date(key).toISOString(), ...toMetrics(sums.get(key) ?? emptyCounters(), viewers.get(key)?.size ?? 0) }));
  return { series, totals: toMetrics(total, allViewers.size) };
}
