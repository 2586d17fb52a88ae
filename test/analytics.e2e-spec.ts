import { randomUUID } from 'node:crypto';
import { JetStreamBus, MediaVideoCreated, type AdminStatsResponse, type IngestEventsResponse, type ReportResponse } from '@onstream/common';
import { postEvents, SimulatedPlayer } from './support/analytics-players.js';
import { analyticsToken } from './support/analytics-tokens.js';
import { playbackSessionId } from './support/playback-sessions.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

const platform = new Platform();
const HOUR = 3600_000;
const run = randomUUID().slice(0, 6);
const videoId = `vid-${run}`;
const creatorId = `creator-${run}`;
const [viewer1, viewer2, stranger] = [`u1-${run}`, `u2-${run}`, `u3-${run}`];
const now = new Date();
const thisHour = new Date(now.getTime() - (now.getTime() % HOUR));
const recent = new Date(thisHour.getTime() - 2 * HOUR + 5 * 60_000);
const late = new Date(thisHour.getTime() - 20 * HOUR + 10 * 60_000);
const range = `from=${new Date(thisHour.getTime() - 23 * HOUR).toISOString()}&to=${new Date(thisHour.getTime() + HOUR).toISOString()}`;

const tokens = {} as Record<'viewer1' | 'viewer2' | 'stranger' | 'creator' | 'admin', string>;

async function getJson<T>(path: string, token: string): Promise<{ status: number; body: T }> {
  const response = await fetch(platform.url(path), { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as T };
}

async function accepted(events: object[], token?: string): Promise<IngestEventsResponse> {
  const response = await postEvents(platform.url('/events'), events, token);
  expect(response.status).toBe(202);
  return (await response.json()) as IngestEventsResponse;
}

/** Every batch the gateway accepted has been applied: the consumer has nothing pending. */
async function processed(): Promise<void> {
  await waitFor('the analytics consumer to drain', async () => {
    const { body } = await getJson<AdminStatsResponse>('/admin/stats', tokens.admin);
    return body.streamPending === 0 && body.streamAckPending === 0 ? true : undefined;
  }, 60_000, 200);
}

beforeAll(async () => {
  await platform.start({ env: { EVENTS_MAX_BATCH: '100', VIEW_THRESHOLD_SECONDS: '30', TRENDING_INTERVAL_MS: '0' } });
  Object.assign(tokens, {
    viewer1: analyticsToken(platform, viewer1),
    viewer2: analyticsToken(platform, viewer2),
    stranger: analyticsToken(platform, stranger),
    creator: analyticsToken(platform, creatorId, 'creator'),
    admin: analyticsToken(platform, `admin-${run}`, 'admin'),
  });
  // Media is not built yet: announce the video's owner the way it will.
  const bus = await JetStreamBus.connect([platform.env.NATS_URL ?? ''], 'analytics-e2e');
  await bus.publish(MediaVideoCreated, { videoId, creatorId }, `video-${videoId}`);
  await bus.close();
});
afterAll(() => platform.stop());

describe('simulated players with duplicates, out-of-order and late events', () => {
  beforeAll(async () => {
    // A: signed in, watches 65 s with one stall, likes and comments, completes.
    const a = new SimulatedPlayer(playbackSessionId(platform, videoId), videoId, recent).start(800).heartbeats(6, 10, 3000);
    a.emit('buffer_start');
    a.emit('buffer_end', { stallMs: 2000 });
    a.emit('rendition_change', { bitrateKbps: 4500, resolution: '1920x1080' });
    a.emit('ended', { positionSec: 65, playedSec: 5 });
    const first = await accepted(a.events.slice(0, 6), tokens.viewer1);
    await accepted(a.events.slice(6), tokens.viewer1);
    // The player retries its first batch (lost response), then re-sends two events next to new ones.
    expect((await accepted(a.events.slice(0, 6), tokens.viewer1)).batchId).toBe(first.batchId);
    const like = a.emit('like');
    const comment = a.emit('comment', { count: 3 });
    await accepted([a.events[2], like, a.events[3], comment, like], tokens.viewer1);

    // B: anonymous, 20 s (no view), shares twice, fails.
    const b = new SimulatedPlayer(playbackSessionId(platform, videoId), videoId, recent).start(1200).heartbeats(2, 10, 2000);
    b.emit('share', { count: 2 });
    b.emit('error', { errorCode: 'MEDIA_ERR_DECODE' });
    await accepted(b.events);

    // C: signed in, events arrive in reverse order over three batches.
    const c = new SimulatedPlayer(playbackSessionId(platform, videoId), videoId, recent).start(1000).heartbeats(4, 10, 4000);
    c.emit('ended', { positionSec: 40, playedSec: 0 });
    await accepted(c.events.slice(5), tokens.viewer2);
    await accepted(c.events.slice(2, 5), tokens.viewer2);
    await accepted(c.events.slice(0, 2), tokens.viewer2);

    // D: viewer 1 again, 20 hours ago, sent late.
    const d = new SimulatedPlayer(playbackSessionId(platform, videoId), videoId, late);
    d.emit('view_start');
    d.heartbeats(3, 15);
    await accepted(d.events, tokens.viewer1);

    // E, F: 60 s each, a view each if they counted, but under an invented session id and under a
    // session media issued for another video: refused, anonymous or signed in, and never counted.
    for (const sessionId of ['F'.repeat(44), playbackSessionId(platform, `other-${run}`)]) {
      const forged = new SimulatedPlayer(sessionId, videoId, recent).start(500).heartbeats(4, 15).events;
      for (const token of [undefined, tokens.viewer2]) {
        const refused = await postEvents(platform.url('/events'), forged, token);
        expect(refused.status).toBe(400);
        expect(((await refused.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual(forged.map((_, i) => `events[${i}].sessionId`));
      }
    }
    await processed();
  });

  it('reports the video’s totals exactly, each event counted once', async () => {
    const { status, body } = await getJson<ReportResponse>(`/analytics/videos/${videoId}?${range}&granularity=hour`, tokens.creator);
    expect(status).toBe(200);
    expect(body.totals).toEqual({
      views: 3,
      uniqueViewers: 3,
      starts: 4,
      watchTimeSec: 170,
      averageViewDurationSec: 56.667,
      completionRate: 0.5,
      likes: 1,
      comments: 3,
      shares: 2,
      averageStartupMs: 1000,
      rebufferingRatio: 0.0116,
      rebufferCount: 1,
      rebuffersPerHour: 21.176,
      averageBitrateKbps: 3166.7,
      errorRate: 0.25,
      events: 31, // A 14, B 6, C 7, D 4; the forged E and F none
      // No ads in these sessions (ad events: test/media-ad-breaks.e2e-spec.ts).
      adImpressions: 0,
      adFirstQuartiles: 0,
      adMidpoints: 0,
      adThirdQuartiles: 0,
      adCompletes: 0,
      adClicks: 0,
    });
  });

  it('puts the late session into its own past hour', async () => {
    const { body } = await getJson<ReportResponse>(`/analytics/videos/${videoId}?${range}&granularity=hour`, tokens.admin);
    expect(body.series.map((point) => [point.bucket, point.views, point.watchTimeSec, point.uniqueViewers])).toEqual([
      [new Date(late.getTime() - (late.getTime() % HOUR)).toISOString(), 1, 45, 1],
      [new Date(recent.getTime() - (recent.getTime() % HOUR)).toISOString(), 2, 125, 3],
    ]);
  });

  it('reports the creator’s videos per day', async () => {
    const { status, body } = await getJson<ReportResponse>(`/analytics/creator/${creatorId}?${range}&granularity=day`, tokens.creator);
    expect(status).toBe(200);
    expect([body.totals.views, body.totals.watchTimeSec, body.totals.starts, body.totals.events]).toEqual([3, 170, 4, 31]);
    expect(body.series.reduce((sum, point) => sum + point.views, 0)).toBe(3);
  });

  it('reports what a signed-in viewer watched to that viewer', async () => {
    const { status, body } = await getJson<ReportResponse>(`/analytics/user/${viewer1}?${range}&granularity=day`, tokens.viewer1);
    expect(status).toBe(200);
    expect([body.totals.views, body.totals.watchTimeSec, body.totals.likes, body.totals.uniqueViewers]).toEqual([2, 110, 1, 1]);
  });
});

describe('who may read reports', () => {
  it('refuses another viewer the video report', async () => {
    const { status, body } = await getJson<{ code: string }>(`/analytics/videos/${videoId}?${range}&granularity=hour`, tokens.stranger);
    expect(status).toBe(403);
    expect(body.code).toBe('ANALYTICS.REPORT_FORBIDDEN');
  });

  it('refuses a viewer someone else’s user report and lets an admin read it', async () => {
    expect((await getJson(`/analytics/user/${viewer1}?${range}&granularity=hour`, tokens.viewer2)).status).toBe(403);
    expect((await getJson(`/analytics/user/${viewer1}?${range}&granularity=hour`, tokens.admin)).status).toBe(200);
  });

  it('refuses a creator another creator’s report', async () => {
    expect((await getJson(`/analytics/creator/other-${run}?${range}&granularity=day`, tokens.creator)).status).toBe(403);
  });

  it('requires a token for reports', async () => {
    expect((await fetch(platform.url(`/analytics/videos/${videoId}?${range}&granularity=hour`))).status).toBe(401);
  });

  it('keeps admin statistics to admins', async () => {
    expect((await getJson('/admin/stats', tokens.viewer1)).status).toBe(403);
    const { status, body } = await getJson<AdminStatsResponse>('/admin/stats', tokens.admin);
    expect(status).toBe(200);
    expect(body).toMatchObject({ videosWithOwner: 1, streamPending: 0 });
    expect(body.videosSeen).toBeGreaterThanOrEqual(1);
    expect(body.usersSeen).toBeGreaterThanOrEqual(2);
    expect(body.eventsPerMinute).toBeGreaterThan(0);
  });

  it('refuses a range with to before from', async () => {
    const { status, body } = await getJson<{ code: string }>(`/analytics/videos/${videoId}?from=${now.toISOString()}&to=${recent.toISOString()}&granularity=hour`, tokens.admin);
    expect([status, body.code]).toEqual([400, 'ANALYTICS.RANGE_INVALID']);
  });
});
