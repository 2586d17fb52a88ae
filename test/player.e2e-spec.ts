import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { HistoryPageResponse, TitlePage, VideoListResponse } from '@onstream/common';
import { launchBrowser } from './support/browser.js';
import { runDemoVideoScript } from './support/demo-video.js';
import { Api } from './support/http.js';
import { MediaBucket } from './support/media-s3.js';
import { Platform, ROOT } from './support/platform.js';
import { waitFor } from './support/processes.js';

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

/** The reference player's state (apps/gateway/player/player.js) and the video element's. */
interface PlayerState {
  currentTime: number;
  saving: boolean;
  lastSaved: { titleId: string; positionSeconds: number } | null;
  errors: Array<{ fatal: boolean; details: string }>;
}

declare global {
  interface Window {
    onstream: PlayerState;
    framesSeen: number;
  }
}

const playerState = (page: Page) =>
  page.evaluate((): PlayerState => {
    const { lastSaved, errors, saving } = window.onstream;
    return { lastSaved, errors, saving: Boolean(saving), currentTime: (document.getElementById('video') as HTMLVideoElement).currentTime };
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
    const context = await browser.newContext();
    const page = await context.newPage();
    const scriptErrors: string[] = [];
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) scriptErrors.push(message.text());
    });
    const cspViolations: string[] = [];
    await page.exposeFunction('reportCsp', (directive: string) => cspViolations.push(directive));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { reportCsp(d: string): void }).reportCsp(event.violatedDirective)));
    try {
      await page.goto(`${platform.baseUrl}/play`);
      await page.fill('#email', 'viewer@onstream.test');
      await page.fill('#password', DEMO_PASSWORD);
      await page.click('#sign-in button[type=submit]');
      await page.waitForSelector('#browse .row .card', { timeout: 60_000 });
      expect(await page.locator('#browse .row').count()).toBeGreaterThan(1);

      await page.fill('#query', 'test card');
      await page.press('#query', 'Enter');
      await page.waitForSelector('#results .card', { timeout: 30_000 });
      expect(await page.locator('#results .card').first().textContent()).toContain('OnStream Test Card');
      await page.locator('#results .card').first().click();
      await page.waitForSelector('#play:not([hidden])', { timeout: 30_000 });
      await page.click('#play');

      // A frame decoded and presented, then a seek to 8 s and playing on from there.
      await page.evaluate(() => {
        window.framesSeen = 0;
        const video = document.getElementById('video') as HTMLVideoElement;
        const onFrame = () => {
          window.framesSeen += 1;
          video.requestVideoFrameCallback(onFrame);
        };
        video.requestVideoFrameCallback(onFrame);
      });
      await page.waitForFunction(() => window.framesSeen > 0, undefined, { timeout: 60_000 });
      await page.evaluate(() => void ((document.getElementById('video') as HTMLVideoElement).currentTime = 8));
      await page.waitForFunction(() => (document.getElementById('video') as HTMLVideoElement).currentTime > 9, undefined, { timeout: 60_000 });
      expect(await page.locator('#quality option').count()).toBeGreaterThanOrEqual(3);

      await page.evaluate(() => (document.getElementById('video') as HTMLVideoElement).pause());
      const saved = await waitFor('the resume position sent', async () => {
        const state = await playerState(page);
        // Paused: the position sent last is where the video stands, and nothing is on its way.
        return !state.saving && state.lastSaved?.positionSeconds === Math.floor(state.currentTime) && state.currentTime >= 8 ? state.lastSaved : undefined;
      }, 30_000, 200);
      await page.screenshot({ path: join(ROOT, 'docs/player.png') });

      const viewerToken = (await api.post<{ accessToken: string }>('/auth/login', { email: 'viewer@onstream.test', password: DEMO_PASSWORD })).body.accessToken;
      const profiles = (await api.get<{ items: Array<{ id: string }> }>('/me/profiles', viewerToken)).body.items;
      const profileToken = (await api.post<{ accessToken: string }>(`/me/profiles/${profiles[0].id}/select`, {}, viewerToken)).body.accessToken;
      const history = (await api.get<HistoryPageResponse>('/me/history?limit=10', profileToken)).body.items;
      expect(history).toEqual([expect.objectContaining({ titleId: saved.titleId, positionSeconds: saved.positionSeconds })]);
      expect((await playerState(page)).errors.filter((error) => error.fatal)).toEqual([]);
      expect(scriptErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
