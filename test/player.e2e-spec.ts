import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { TitlePage, VideoListResponse } from '@onstream/common';
import { launchBrowser } from './support/browser.js';
import { runDemoVideoScript } from './support/demo-video.js';
import { Api } from './support/http.js';
import { MediaBucket } from './support/media-s3.js';
import { Platform, ROOT } from './support/platform.js';
import { storedHistory, walkThePlayer } from './support/player-walk.js';

/**
 * A newcomer's first start (ADR 0022): the demo catalog imported, the demo accounts created, and the
 * demo video made by the script `npm run up` runs (scripts/demo-video.mjs) through the real
 * upload → transcode → ready pipeline, attached to the demo title.
 */
const DEMO_PASSWORD = 'demo-password-for-e2e';
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'player-e2e-'));
let studioToken = '';
let browser: Browser;

async function testCardId(): Promise<string> {
  const found = await api.get<{ items: Array<{ id: string; title: string }> }>('/search?q=test%20card&limit=5');
  const card = found.body.items.find((item) => item.title === 'OnStream Test Card');
  if (!card) throw new Error(`no demo test card in ${JSON.stringify(found.body)}`);
  return card.id;
}

beforeAll(async () => {
  await platform.start({
    env: { S3_KEY_PREFIX: prefix, CATALOG_SEED_DIR: '', CATALOG_SEED_ON_START: 'true', DEMO_ACCOUNTS_PASSWORD: DEMO_PASSWORD, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_SEGMENT_SECONDS: '2', TRANSCODE_LADDER: '360:600:64,180:150:48' },
  });
  const first = await runDemoVideoScript(platform, DEMO_PASSWORD, work);
  if (first.code !== 0) throw new Error(`demo-video.mjs exited ${first.code}: ${first.output}`);
  studioToken = (await api.post<{ accessToken: string }>('/auth/login', { email: 'studio@onstream.test', password: DEMO_PASSWORD })).body.accessToken;
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('first start', () => {
  it('attaches one public, encrypted demo video to the demo title and makes it playable', async () => {
    const title = (await api.get<TitlePage>(`/titles/${await testCardId()}`)).body;
    expect(title).toMatchObject({ playable: true, stream: { provider: 'onstream', durationSeconds: expect.any(Number) } });
    const { items } = (await api.get<VideoListResponse>('/videos?limit=100', studioToken)).body;
    expect(items.filter((video) => video.title === 'OnStream Test Card')).toEqual([expect.objectContaining({ id: title.stream?.videoId, status: 'ready', drm: true, visibility: 'public' })]);
  });

  it('leaves a playable demo title alone on the next start (no second video)', async () => {
    const again = await runDemoVideoScript(platform, DEMO_PASSWORD, work);
    expect(again).toMatchObject({ code: 0, output: expect.stringContaining('demo video ready') });
    const { items } = (await api.get<VideoListResponse>('/videos?limit=100', studioToken)).body;
    expect(items.filter((video) => video.title === 'OnStream Test Card')).toHaveLength(1);
  });
});

describe('the reference player at /play', () => {
  it('is served with a strict CSP: no inline script, connections only to itself and the object store', async () => {
    const response = await fetch(`${platform.baseUrl}/play`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect((await fetch(`${platform.baseUrl}/play/hls.min.js`)).status).toBe(200);
  });

  it('signs in, browses rows, searches, plays the demo title (AES-128), seeks, and stores the resume position', async () => {
    const credentials = { email: 'viewer@onstream.test', password: DEMO_PASSWORD };
    const walk = await walkThePlayer(browser, platform.baseUrl, credentials, join(ROOT, 'docs/player.png'));
    expect(walk.rows).toBeGreaterThan(1);
    expect(walk.firstSearchResult).toContain('OnStream Test Card');
    expect(walk.qualityOptions).toBeGreaterThanOrEqual(3);
    // The demo video's English captions (scripts/demo-video.mjs), from the master's SUBTITLES group.
    expect(walk.captionTrack).toEqual({ language: 'en', label: 'English', mode: 'showing', cues: expect.any(Number) });
    expect(walk.saved.positionSeconds).toBeGreaterThanOrEqual(8);
    expect(await storedHistory(platform.url(''), credentials)).toEqual([expect.objectContaining(walk.saved)]);
    expect(walk.fatalPlayerErrors).toEqual([]);
    expect(walk.scriptErrors).toEqual([]);
    expect(walk.cspViolations).toEqual([]);
  }, 300_000);
});
