/**
 * Time to first frame in the reference player (issue 20): headless Chromium, a fresh browser context
 * per run (nothing cached), signs in at /play, opens the demo title, and the time from the Play click
 * to the first presented frame (requestVideoFrameCallback) is taken, 10 runs; min/median/max printed.
 * Goal: median ≤ 300 ms, max ≤ 1 s on loopback. Asserts only that every run played.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../test/support/browser.js';
import { runDemoVideoScript } from '../test/support/demo-video.js';
import { MediaBucket } from '../test/support/media-s3.js';
import { Platform } from '../test/support/platform.js';
import { QUIET_PLATFORM_ENV } from './support/load.js';

const RUNS = 10;
const PASSWORD = 'demo-password-for-bench';
const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'first-frame-bench-'));

declare global {
  interface Window {
    firstFrameMs: number | null;
  }
}

try {
  await platform.start({
    env: { ...QUIET_PLATFORM_ENV, S3_KEY_PREFIX: prefix, CATALOG_SEED_DIR: '', CATALOG_SEED_ON_START: 'true', DEMO_ACCOUNTS_PASSWORD: PASSWORD, TRANSCODE_PRESET: 'veryfast' },
  });
  const made = await runDemoVideoScript(platform, PASSWORD, work);
  if (made.code !== 0) throw new Error(`demo-video.mjs exited ${made.code}: ${made.output}`);
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${platform.baseUrl}/play`);
      await page.fill('#email', 'viewer@onstream.test');
      await page.fill('#password', PASSWORD);
      await page.click('#sign-in button[type=submit]');
      await page.fill('#query', 'test card');
      await page.press('#query', 'Enter');
      await page.locator('#results .card').first().click();
      await page.waitForSelector('#play:not([hidden])');
      // Timed in the page: from the click on Play to the first frame presented.
      await page.evaluate(() => {
        window.firstFrameMs = null;
        const video = document.getElementById('video') as HTMLVideoElement;
        const clickedAt = performance.now();
        // hls.js gives the video a new source (loadstart), which drops frame callbacks asked for before it.
        video.addEventListener('loadstart', () => video.requestVideoFrameCallback((now) => (window.firstFrameMs = now - clickedAt)), { once: true });
        (document.getElementById('play') as HTMLButtonElement).click();
      });
      await page.waitForFunction(() => window.firstFrameMs !== null, undefined, { timeout: 60_000 });
      times.push(await page.evaluate(() => window.firstFrameMs ?? 0));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
  console.log(`first frame in the player (Play click → first frame, ${RUNS} cold runs): min ${Math.round(sorted[0])} ms, median ${Math.round(median)} ms, max ${Math.round(sorted[RUNS - 1])} ms (goal: median ≤ 300 ms, max ≤ 1000 ms)`);
} finally {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
}
