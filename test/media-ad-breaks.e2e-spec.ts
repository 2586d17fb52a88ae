import { VASTParser } from '@dailymotion/vast-client';
import VMAP from '@dailymotion/vmap';
import { DOMParser } from '@xmldom/xmldom';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeClip } from './support/media-clips.js';
import { fetchText, parseMaster, parseMedia } from './support/media-hls.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

/**
 * Ad breaks through the gateway: an ad_supported video's adConfig becomes a schedule on segment
 * boundaries, a VMAP per playback whose AdTagURIs reach the built-in VAST server, DATERANGE tags in
 * the media playlists; simulated players fire the VAST trackers, and the creator's analytics and
 * revenue count the impressions at the configured CPM, to the cent.
 */
const CPM_MINOR = 2400;
const SHARE_BPS = 7000;
const SEGMENT_SECONDS = 2;
const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'media-ad-breaks-'));
let tokens: MediaTokens;
let creator: MintedUser;
let videoId = '';

interface AdBreak {
  id: string;
  kind: string;
  offsetSeconds: number;
  timeOffset: string;
}
interface Stream {
  manifestUrl: string;
  playbackSessionId: string;
  ads?: { vmap: string; breaks: AdBreak[] };
}

async function api<T = Record<string, unknown>>(path: string, user: MintedUser | undefined, method = 'GET', body?: unknown) {
  const response = await fetch(platform.url(path), { method, headers: { ...(user?.auth ?? {}), ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  return { status: response.status, body: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T, headers: response.headers };
}

const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
const adConfig = { preRoll: true, midRoll: true, postRoll: true, frequency: 0.1 };

beforeAll(async () => {
  await platform.start({
    env: {
      S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_LADDER: '360:400:64,240:200:48', TRANSCODE_SEGMENT_SECONDS: String(SEGMENT_SECONDS),
      BILLING_AD_CPM_MINOR: String(CPM_MINOR), BILLING_CREATOR_SHARE_BPS: String(SHARE_BPS), BILLING_SWEEP_INTERVAL_MS: '0', AD_BREAK_SECONDS: '4',
    },
  });
  tokens = new MediaTokens(platform.env.JWT_SECRET ?? '');
  creator = tokens.user('creator');
  const source = join(work, 'clip.mp4');
  makeClip(source, { seconds: 20, width: 640, height: 360, videoKbps: 600 });
  const created = await api<{ id: string; monetization: Record<string, unknown> }>('/videos', creator, 'POST', { title: 'With ads', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'ad_supported', adConfig } });
  expect(created.status).toBe(201);
  expect(created.body.monetization).toEqual({ model: 'ad_supported', adConfig });
  videoId = created.body.id;
  expect((await uploadFile(platform.url('/uploads'), creator.auth, source, videoId, 'clip.mp4')).status).toBe(204);
  const video = await waitFor(`video ${videoId} processed`, async () => {
    const { body } = await api<{ status: string }>(`/videos/${videoId}`, creator);
    return body.status === 'ready' || body.status === 'failed' ? body : undefined;
  }, 300_000, 500);
  expect(video.status).toBe('ready');
}, 360_000);
afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
});

describe('ad settings', () => {
  const patch = (user: MintedUser, config: unknown) => api<{ status: number; code: string; errors?: Array<{ field: string }> }>(`/videos/${videoId}`, user, 'PATCH', { monetization: { model: 'ad_supported', adConfig: config } });

  it.each([
    ['frequency 0', { ...adConfig, frequency: 0 }],
    ['a negative frequency', { ...adConfig, frequency: -5 }],
    ['a frequency that is not a number', { ...adConfig, frequency: 'often' }],
    ['a cue point after the end', { ...adConfig, cuePoints: [5, 400] }],
    ['a negative cue point', { ...adConfig, cuePoints: [-1] }],
  ])('refuses %s with a 400 problem naming the field', async (_name, config) => {
    const refused = await patch(creator, config);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(refused.body.errors)).toMatch(/adConfig\.(frequency|cuePoints)/);
  });

  it('refuses ad settings on a video that is not ad_supported', async () => {
    const refused = await api<{ errors: unknown[] }>(`/videos/${videoId}`, creator, 'PATCH', { monetization: { model: 'free', adConfig } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toContain('monetization.adConfig');
  });

  it('lets no other creator change them (404: another creator’s video reads as missing)', async () => {
    const refused = await patch(tokens.user('creator'), adConfig);
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });
});

describe('a playback with ads', () => {
  let viewer: MintedUser;
  let stream: Stream;

  beforeAll(async () => {
    viewer = tokens.user('viewer');
    const started = await api<Stream>(`/videos/${videoId}/stream`, viewer);
    expect(started.status).toBe(200);
    stream = started.body;
  });

  it('lists a pre-roll, mid-rolls every 6 s and a post-roll in the stream response', () => {
    expect(stream.ads?.breaks.map((b) => [b.id, b.offsetSeconds, b.timeOffset])).toEqual([
      ['preroll', 0, 'start'],
      ['midroll-1', 6, '00:00:06.000'],
      ['midroll-2', 12, '00:00:12.000'],
      ['midroll-3', 18, '00:00:18.000'],
      ['postroll', 20, 'end'],
    ]);
  });

  it('links a VMAP whose breaks match, each with a VAST ad tag that parses', async () => {
    const vmapUrl = `${platform.baseUrl}${stream.ads?.vmap ?? ''}`;
    const fetched = await fetchText(vmapUrl, viewer.auth);
    expect(fetched.status).toBe(200);
    expect(fetched.contentType).toMatch(/application\/xml/);
    const vmap = new VMAP(xml(fetched.text));
    expect(vmap.version).toBe('1.0');
    expect(vmap.adBreaks.map((b) => [b.breakId, b.timeOffset, b.breakType])).toEqual(stream.ads?.breaks.map((b) => [b.id, b.timeOffset, 'linear']));
    for (const adBreak of vmap.adBreaks) {
      const tag = new URL(adBreak.adSource?.adTagURI?.uri ?? '');
      expect(Object.fromEntries(tag.searchParams)).toEqual({ videoId, sessionId: stream.playbackSessionId, breakId: adBreak.breakId });
      const vastText = await fetchText(tag.toString());
      expect(vastText.status).toBe(200);
      const vast = await new VASTParser().parseVAST(xml(vastText.text));
      expect(vast.version).toBe('4.2');
      expect(vast.ads).toHaveLength(1);
      const [creative] = vast.ads[0].creatives;
      expect(creative.type).toBe('linear');
      expect(creative.duration).toBe(4);
      expect(Object.keys(creative.trackingEvents).sort()).toEqual(['complete', 'firstQuartile', 'midpoint', 'thirdQuartile']);
    }
  });

  it('serves the house ad clip the VAST names', async () => {
    const tag = `${platform.url('/ads/vast')}?videoId=${videoId}&sessionId=${stream.playbackSessionId}&breakId=preroll`;
    const vast = await new VASTParser().parseVAST(xml((await fetchText(tag)).text));
    const [file] = vast.ads[0].creatives[0].mediaFiles;
    expect(file.mimeType).toBe('video/mp4');
    const clip = await fetch(file.fileURL ?? '');
    expect(clip.status).toBe(200);
    expect((await clip.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('marks every break in each media playlist with a DATERANGE on a segment boundary at the break’s time', async () => {
    const masterUrl = `${platform.baseUrl}${stream.manifestUrl}`;
    const master = parseMaster((await fetchText(masterUrl, viewer.auth)).text);
    for (const variant of master.variants) {
      const playlist = parseMedia((await fetchText(new URL(variant.uri, masterUrl).toString(), viewer.auth)).text);
      const anchor = playlist.segments[0].programDateTime;
      expect(anchor).toBeInstanceOf(Date);
      // hls-parser hangs tags that follow the last segment (the post-roll) on an item without a URI.
      const boundaries: number[] = [];
      let t = 0;
      for (const segment of playlist.segments.filter((s) => s.uri)) {
        boundaries.push(Math.round(t * 1000));
        t += segment.duration;
      }
      boundaries.push(Math.round(t * 1000));
      const ranges = playlist.segments.flatMap((s) => (s.dateRange ? [s.dateRange] : []));
      const offsets = ranges.map((r) => (r.start?.getTime() ?? Number.NaN) - (anchor?.getTime() ?? 0));
      expect(ranges.map((r) => r.id)).toEqual(stream.ads?.breaks.map((b) => b.id));
      expect(ranges.every((r) => r.classId === 'com.onstream.ad-break' && r.plannedDuration === 4)).toBe(true);
      expect(offsets).toEqual(stream.ads?.breaks.map((b) => b.offsetSeconds * 1000));
      for (const offset of offsets) expect(boundaries).toContain(offset);
    }
  });

  it('refuses trackers of a session media did not issue, and unknown tracker names', async () => {
    expect((await api(`/ads/track?event=impression&videoId=${videoId}&sessionId=forged-session&breakId=preroll`, undefined)).status).toBe(400);
    expect((await api(`/ads/track?event=bought&videoId=${videoId}&sessionId=${stream.playbackSessionId}&breakId=preroll`, undefined)).status).toBe(400);
    expect((await api(`/ads/vast?videoId=${videoId}&sessionId=forged-session&breakId=preroll`, undefined)).status).toBe(404);
  });
});

describe('impressions become analytics and revenue', () => {
  const players = 3;

  it('counts each player’s impressions once per break, in the creator’s analytics and at the CPM in the creator’s revenue', async () => {
    let impressions = 0;
    for (let p = 0; p < players; p += 1) {
      const viewer = tokens.user('viewer');
      const stream = (await api<Stream>(`/videos/${videoId}/stream`, viewer)).body;
      const vmap = new VMAP(xml((await fetchText(`${platform.baseUrl}${stream.ads?.vmap ?? ''}`, viewer.auth)).text));
      for (const adBreak of vmap.adBreaks) {
        const vast = await new VASTParser().parseVAST(xml((await fetchText(adBreak.adSource?.adTagURI?.uri ?? '')).text));
        const ad = vast.ads[0];
        const trackers: string[] = [...ad.impressionURLTemplates.map((i: { url: string }) => i.url), ...(Object.values(ad.creatives[0].trackingEvents).flat() as string[])];
        // A player that fires the impression twice (a retry) still counts once.
        for (const url of [...trackers, trackers[0]]) expect((await fetch(url)).status).toBe(204);
        impressions += 1;
      }
      // One click on the pre-roll.
      const preroll = await new VASTParser().parseVAST(xml((await fetchText(vmap.adBreaks[0].adSource?.adTagURI?.uri ?? '')).text));
      expect((await fetch(preroll.ads[0].creatives[0].videoClickTrackingURLTemplates[0].url)).status).toBe(204);
    }
    expect(impressions).toBe(players * 5);

    const day = 24 * 3600_000;
    const range = `from=${new Date(Date.now() - day).toISOString()}&to=${new Date(Date.now() + day).toISOString()}`;
    const expected = { adImpressions: 15, adFirstQuartiles: 15, adMidpoints: 15, adThirdQuartiles: 15, adCompletes: 15, adClicks: players };
    // Events are applied asynchronously and in any order: wait until every counter has reached its
    // figure, then require it exactly (a repeated pixel counted twice would overshoot).
    const report = await waitFor('creator analytics with the impressions and clicks', async () => {
      const { body } = await api<{ totals: Record<string, number> }>(`/analytics/creator/${creator.userId}?${range}&granularity=day`, creator);
      return Object.entries(expected).every(([name, count]) => (body.totals?.[name] ?? 0) >= count) ? body : undefined;
    }, 60_000, 500);
    expect(impressions).toBe(expected.adImpressions);
    expect(report.totals).toMatchObject(expected);

    // 15 impressions × 24.00 EUR per 1,000 = 0.36 EUR; the creator's 70 % of 36 cents is 25.2, rounded half up to 25.
    const revenue = await waitFor('creator revenue with the impressions', async () => {
      const { body } = await api<{ periods: Array<Record<string, number | string>>; videos: Array<Record<string, number | string>> }>(`/revenue/creator/${creator.userId}`, creator);
      return body.periods?.[0]?.adImpressions === impressions ? body : undefined;
    }, 60_000, 500);
    expect(revenue.periods).toEqual([expect.objectContaining({ currency: 'EUR', adImpressions: 15, adNet: (15 * CPM_MINOR) / 1000, ppvNet: 0, earnings: 25 })]);
    expect(revenue.videos).toEqual([expect.objectContaining({ videoId, adImpressions: 15, net: 36, earnings: 25 })]);
  }, 120_000);
});
