import type { Browser, Page } from 'playwright-core';
import { waitFor } from './processes.js';

/**
 * What a newcomer does in the reference player at /play (ADR 0022): sign in, see the rows, search for
 * the demo test card, play it (AES-128), see a frame, seek to 8 s and play on, pause, and have the
 * resume position sent. Shared by the player e2e (a platform the test starts) and the first-hour
 * check (the platform `npm run up` started), so both walk exactly the same path.
 */
export interface PlayerWalk {
  rows: number;
  firstSearchResult: string;
  qualityOptions: number;
  /** The text track hls.js made from the master's SUBTITLES group (the demo video has English captions), if any had cues. */
  captionTrack: { language: string; label: string; mode: string; cues: number } | null;
  /** The resume position the player sent last (after the pause). */
  saved: { titleId: string; positionSeconds: number };
  fatalPlayerErrors: string[];
  scriptErrors: string[];
  cspViolations: string[];
}

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

export async function walkThePlayer(browser: Browser, baseUrl: string, credentials: { email: string; password: string }, screenshotPath?: string): Promise<PlayerWalk> {
  const context = await browser.newContext();
  // Run by tsx (the first-hour check), esbuild keeps function names with a `__name` helper that the
  // functions handed to page.evaluate carry into the page, where it does not exist.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
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
    await page.goto(`${baseUrl}/play`);
    await page.fill('#email', credentials.email);
    await page.fill('#password', credentials.password);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#browse .row .card', { timeout: 60_000 });
    const rows = await page.locator('#browse .row').count();

    await page.fill('#query', 'test card');
    await page.press('#query', 'Enter');
    await page.waitForSelector('#results .card', { timeout: 30_000 });
    const firstSearchResult = (await page.locator('#results .card').first().textContent()) ?? '';
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
    const qualityOptions = await page.locator('#quality option').count();
    const captionTrack = await page
      .waitForFunction(() => {
        const tracks = Array.from((document.getElementById('video') as HTMLVideoElement).textTracks);
        const track = tracks.find((t) => (t.cues?.length ?? 0) > 0);
        return track ? { language: track.language, label: track.label, mode: track.mode, cues: track.cues?.length ?? 0 } : undefined;
      }, undefined, { timeout: 30_000 })
      .then((handle) => handle.jsonValue() as Promise<PlayerWalk['captionTrack']>)
      .catch(() => null);

    await page.evaluate(() => (document.getElementById('video') as HTMLVideoElement).pause());
    const saved = await waitFor('the resume position sent', async () => {
      const state = await playerState(page);
      // Paused: the position sent last is where the video stands, and nothing is on its way.
      return !state.saving && state.lastSaved?.positionSeconds === Math.floor(state.currentTime) && state.currentTime >= 8 ? state.lastSaved : undefined;
    }, 30_000, 200);
    if (screenshotPath) await page.screenshot({ path: screenshotPath });
    const fatalPlayerErrors = (await playerState(page)).errors.filter((error) => error.fatal).map((error) => error.details);
    return { rows, firstSearchResult, qualityOptions, captionTrack, saved, fatalPlayerErrors, scriptErrors, cspViolations };
  } finally {
    await context.close();
  }
}

/** The viewer's watch history as the API stores it, read with the viewer's first profile. */
export async function storedHistory(apiUrl: string, credentials: { email: string; password: string }): Promise<Array<{ titleId: string; positionSeconds: number }>> {
  const call = async <T>(method: string, path: string, token?: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const account = await call<{ accessToken: string }>('POST', '/auth/login', undefined, credentials);
  const profiles = await call<{ items: Array<{ id: string }> }>('GET', '/me/profiles', account.accessToken);
  const profile = await call<{ accessToken: string }>('POST', `/me/profiles/${profiles.items[0].id}/select`, account.accessToken, {});
  return (await call<{ items: Array<{ titleId: string; positionSeconds: number }> }>('GET', '/me/history?limit=10', profile.accessToken)).items;
}
