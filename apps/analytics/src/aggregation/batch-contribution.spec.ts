import type { PlaybackEvent } from '@onstream/common';
import { batchContribution, sessionCountersByHour, type OwnedSession } from './batch-contribution.js';
import { emptyCounters } from './bucket-counters.js';

const ts = (hour: number, minute = 0) => new Date(Date.UTC(2026, 10, 24, hour, minute)).toISOString();
const event = (id: string, type: PlaybackEvent['type'], clientTs: string, extra: Partial<PlaybackEvent> = {}) =>
  ({ id, sessionId: 's1', videoId: 'v1', type, clientTs, ...extra }) as PlaybackEvent;

function session(ownedEvents: PlaybackEvent[], flags: OwnedSession['ownedFlags'] = new Set(), userId?: string): OwnedSession {
  return { sessionId: 's1', videoId: 'v1', viewerId: userId ?? 'anon-s1', userId, ownedEvents, ownedFlags: flags };
}

describe('sessionCountersByHour', () => {
  it('sums watch time, stalls, bitrate-seconds and engagement counts per hour of the client clock', () => {
    const counters = sessionCountersByHour(
      session([
        event('1', 'heartbeat', ts(9, 59), { playedSec: 10, bitrateKbps: 3000 }),
        event('2', 'heartbeat', ts(10, 0), { playedSec: 10, bitrateKbps: 1000 }),
        event('3', 'buffer_start', ts(10, 1)),
        event('4', 'buffer_end', ts(10, 1), { stallMs: 1500 }),
        event('5', 'like', ts(10, 2)),
        event('6', 'comment', ts(10, 2), { count: 4 }),
      ]),
    );
    expect(counters.get(Date.parse(ts(9)))).toEqual({ ...emptyCounters(), events: 1, watchSec: 10, bitrateKbpsSec: 30_000, bitrateSec: 10 });
    expect(counters.get(Date.parse(ts(10)))).toEqual({ ...emptyCounters(), events: 5, watchSec: 10, bitrateKbpsSec: 10_000, bitrateSec: 10, rebufferCount: 1, stallMs: 1500, likes: 1, comments: 4 });
  });

  it('puts each owned flag in the hour of the event that set it', () => {
    const counters = sessionCountersByHour(
      session(
        [event('1', 'view_start', ts(8, 59)), event('2', 'play', ts(8, 59), { startupMs: 700 }), event('3', 'heartbeat', ts(9, 0), { playedSec: 30 }), event('4', 'ended', ts(9, 5), { playedSec: 1 })],
        new Set(['started', 'firstPlay', 'view', 'completed']),
      ),
    );
    expect(counters.get(Date.parse(ts(8)))).toMatchObject({ starts: 1, startupMsSum: 700, startupSamples: 1, views: 0 });
    expect(counters.get(Date.parse(ts(9)))).toMatchObject({ views: 1, completions: 1, watchSec: 31 });
  });

  it('adds nothing for a flag the batch does not own', () => {
    const counters = sessionCountersByHour(session([event('1', 'view_start', ts(8))]));
    expect(counters.get(Date.parse(ts(8)))).toEqual({ ...emptyCounters(), events: 1 });
  });
});

describe('batchContribution', () => {
  it('writes a part per scope and hour under ids derived from the batch, and marks viewers per hour and day', () => {
    const processedAt = new Date(ts(11));
    const { parts, marks } = batchContribution('b1', [session([event('1', 'heartbeat', ts(10, 30), { playedSec: 10 })], new Set(), 'u1')], new Map([['v1', 'c1']]), processedAt);
    expect(parts.map((p) => [p._id, p.scope, p.scopeId, p.watchSec])).toEqual([
      [`b1|video|v1|${ts(10)}`, 'video', 'v1', 10],
      [`b1|creator|c1|${ts(10)}`, 'creator', 'c1', 10],
      [`b1|user|u1|${ts(10)}`, 'user', 'u1', 10],
    ]);
    expect(marks.map((m) => m._id)).toEqual([
      `video|v1|hour|${ts(10)}|u1`,
      `video|v1|day|${ts(0)}|u1`,
      `creator|c1|hour|${ts(10)}|u1`,
      `creator|c1|day|${ts(0)}|u1`,
      `user|u1|hour|${ts(10)}|u1`,
      `user|u1|day|${ts(0)}|u1`,
    ]);
  });

  it('leaves the creator out while the video has no known owner, and the user out for anonymous viewers', () => {
    const { parts } = batchContribution('b1', [session([event('1', 'heartbeat', ts(10), { playedSec: 5 })])], new Map(), new Date());
    expect(parts.map((p) => p.scope)).toEqual(['video']);
  });

  it('does not count a like as having watched', () => {
    const { marks } = batchContribution('b1', [session([event('1', 'like', ts(10))])], new Map(), new Date());
    expect(marks).toEqual([]);
  });

  it('derives the same parts when a batch is applied again', () => {
    const input = [session([event('1', 'heartbeat', ts(10), { playedSec: 5 })], new Set(['view']))];
    const at = new Date(ts(12));
    expect(batchContribution('b1', input, new Map(), at)).toEqual(batchContribution('b1', input, new Map(), at));
  });
});
