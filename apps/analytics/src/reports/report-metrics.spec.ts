import { emptyCounters } from '../aggregation/bucket-counters.js';
import { buildSeries, toMetrics } from './report-metrics.js';

const hour = (h: number) => new Date(Date.UTC(2026, 10, 24, h));

describe('toMetrics', () => {
  it('derives averages and ratios from summed counters', () => {
    const metrics = toMetrics({ ...emptyCounters(), views: 2, starts: 4, completions: 1, errorSessions: 1, watchSec: 90, stallMs: 10_000, rebufferCount: 3, startupMsSum: 3000, startupSamples: 2, bitrateKbpsSec: 180_000, bitrateSec: 60 }, 3);
    expect(metrics).toMatchObject({
      averageViewDurationSec: 45,
      completionRate: 0.25,
      errorRate: 0.25,
      averageStartupMs: 1500,
      rebufferingRatio: 0.1,
      rebuffersPerHour: 120,
      averageBitrateKbps: 3000,
      uniqueViewers: 3,
    });
  });

  it('answers 0, not NaN, for ratios over nothing', () => {
    const metrics = toMetrics(emptyCounters(), 0);
    expect(Object.values(metrics).every((value) => value === 0)).toBe(true);
  });
});

describe('buildSeries', () => {
  const parts = [
    { ...emptyCounters(), hour: hour(1), views: 1, watchSec: 10 },
    { ...emptyCounters(), hour: hour(1), views: 2, watchSec: 20 },
    { ...emptyCounters(), hour: hour(3), views: 1, watchSec: 5 },
  ];
  const marks = [
    { bucket: hour(1), viewer: 'a' },
    { bucket: hour(1), viewer: 'b' },
    { bucket: hour(3), viewer: 'a' },
  ];

  it('sums parts per hour, oldest first, with distinct viewers per bucket and in total', () => {
    const { series, totals } = buildSeries(parts, marks, 'hour');
    expect(series.map((p) => [p.bucket, p.views, p.watchTimeSec, p.uniqueViewers])).toEqual([
      [hour(1).toISOString(), 3, 30, 2],
      [hour(3).toISOString(), 1, 5, 1],
    ]);
    expect([totals.views, totals.watchTimeSec, totals.uniqueViewers]).toEqual([4, 35, 2]);
  });

  it('rolls hours up into days', () => {
    const { series } = buildSeries(parts, [], 'day');
    expect(series.map((p) => [p.bucket, p.views])).toEqual([[hour(0).toISOString(), 4]]);
  });
});
