import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import { Api } from './support/http.js';
import { IdentitySteps, type SignedUpUser, type TokenPair } from './support/identity.js';
import { Mailbox } from './support/mailbox.js';
import { makeClip } from './support/media-clips.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens } from './support/media-tokens.js';
import { uploadFile } from './support/media-tus.js';
import { servePlayerPage, type PlayerPage } from './support/player-page.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

/**
 * The must-show of issue 15 in a real browser (ADR 0013): headless Chromium plays a generated
 * 10-minute film with hls.js from a page on another origin, through the gateway, with the playback
 * grant shortened to 60 s. One viewer watches to the end through a pause longer than the grant and
 * a seek after it; another signs out mid-play and the player stops at the end of what it had
 * buffered, having fetched nothing after the documented bound. Access tokens live 90 s here, so
 * the test refreshes them through the API and the page sends the newest one.
 */
const GRANT_SECONDS = 60;
const ACCESS_TOKEN_SECONDS = 90;
const FILM_SECONDS = 600;
const SEGMENT_SECONDS = 4;
/** hls.js's buffer target, which the page holds to (test/support/player-page.ts). */
const BUFFER_SECONDS = 30;
/**
 * Fast enough to keep the test short, slow enough that playing (not only the pause) spans several
 * grant lifetimes: about 540 s of media played take 3 min of wall time, plus the 70 s pause.
 */
const FILM_RATE = 3;
const REVOKE_RATE = 2;
/** ADR 0013: a revoked session stops the server serving at most one grant lifetime + 2 s later. */
const REVOCATION_BOUND_MS = (GRANT_SECONDS + 2) * 1000;

const platform = new Platform();
const api = new Api((path) => platform.url(path));
const steps = new IdentitySteps(api, new Mailbox());
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'playback-browser-'));
let videoId = '';
let browser: Browser;
let playerPage: PlayerPage;
let redis: Redis;

interface Stream {
  manifestUrl: string;
  expiresAt: string;
  playbackId: string;
}

/** What the page recorded (test/support/player-page.ts); times are the page's performance.now(). */
interface PlayerState {
  startedAt: number;
  firstFrameAt: number | null;
  frames: number;
  lastFrameAt: number | null;
  lastMediaTime: number | null;
  frameSeconds: Record<string, number>;
  fragments: Array<{ sn: number; end: number; requestedAt: number; loadedAt: number; from: string }>;
  errors: Array<{ fatal: boolean; type: string; details: string; status: number | null; at: number; mediaTime: number }>;
  events: Array<{ type: string; at: number; mediaTime: number }>;
  tokenUses: number;
  ended: boolean;
  currentTime: number;
  paused: boolean;
  droppedFrames: number;
  timeOrigin: number;
}

declare global {
  interface Window {
    player: Omit<PlayerState, 'currentTime' | 'paused' | 'droppedFrames' | 'timeOrigin'>;
    startPlayback(url: string, token: string, rate: number): void;
    setAccessToken(token: string): void;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's state, its times turned into epoch milliseconds so they compare with the test's clock. */
async function playerState(page: Page): Promise<PlayerState> {
  const state = await page.evaluate(() => {
    const video = document.querySelector('video') as HTMLVideoElement;
    return { ...window.player, currentTime: video.currentTime, paused: video.paused, droppedFrames: video.getVideoPlaybackQuality().droppedVideoFrames, timeOrigin: performance.timeOrigin };
  });
  const epoch = (at: number) => state.timeOrigin + at;
  return {
    ...state,
    startedAt: epoch(state.startedAt),
    firstFrameAt: state.firstFrameAt === null ? null : epoch(state.firstFrameAt),
    lastFrameAt: state.lastFrameAt === null ? null : epoch(state.lastFrameAt),
    fragments: state.fragments.map((f) => ({ ...f, requestedAt: epoch(f.requestedAt), loadedAt: epoch(f.loadedAt) })),
    errors: state.errors.map((e) => ({ ...e, at: epoch(e.at) })),
    events: state.events.map((e) => ({ ...e, at: epoch(e.at) })),
  };
}

async function startStream(viewer: SignedUpUser): Promise<Stream> {
  const response = await api.get<Stream>(`/videos/${videoId}/stream`, viewer.tokens.accessToken);
  if (response.status !== 200) throw new Error(`stream answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A page on the player's origin, playing `stream` at `rate` with the viewer's access token. */
async function play(context: BrowserContext, viewer: SignedUpUser, stream: Stream, rate: number): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    // Failed loads are in the page's hls.js error record; anything else a script says is worth seeing.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) console.log(`page console: ${message.text()}`);
  });
  await page.goto(playerPage.url);
  const manifest = `${platform.baseUrl}${stream.manifestUrl}`;
  await page.evaluate(([url, token, playbackRate]) => window.startPlayback(url, token, playbackRate), [manifest, viewer.tokens.accessToken, rate] as const);
  return page;
}

/**
 * Refreshes the viewer's tokens through the API every half access-token lifetime and hands the page
 * the newest access token, one refresh at a time (a refresh token works once).
 */
function keepTokensFresh(viewer: SignedUpUser, page: Page): { stop(): Promise<number> } {
  let refreshes = 0;
  let failure: unknown;
  let chain = Promise.resolve();
  const refresh = async () => {
    const answer = await api.post<TokenPair>('/auth/refresh', { refreshToken: viewer.tokens.refreshToken });
    if (answer.status !== 200) throw new Error(`refresh answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    viewer.tokens = answer.body;
    await page.evaluate((token) => window.setAccessToken(token), answer.body.accessToken);
    refreshes += 1;
  };
  const timer = setInterval(() => {
    chain = chain.then(refresh).catch((error: unknown) => void (failure ??= error));
  }, (ACCESS_TOKEN_SECONDS * 1000) / 2);
  return {
    async stop() {
      clearInterval(timer);
      await chain;
      if (failure) throw failure;
      return refreshes;
    },
  };
}

/** Watches the playback's grant in Redis: each new `liveUntil` after the first is a renewal. */
function watchGrant(stream: Stream): { liveUntils: number[]; stop(): void } {
  const key = `${platform.runId}media:grant:${stream.playbackId}`;
  const liveUntils: number[] = [];
  const timer = setInterval(() => {
    redis.get(key).then((value) => {
      if (value === null) return;
      const { liveUntil } = JSON.parse(value) as { liveUntil: number };
      if (liveUntils.at(-1) !== liveUntil) liveUntils.push(liveUntil);
    }, (error: unknown) => console.log(`grant watch: ${String(error)}`));
  }, 500);
  return { liveUntils, stop: () => clearInterval(timer) };
}

/** Media seconds in [from, to) with no presented frame, in windows of `window` seconds. */
function windowsWithoutFrames(frameSeconds: Record<string, number>, from: number, to: number, window = 10): number[] {
  const empty: number[] = [];
  for (let start = from; start + window <= to; start += window) {
    const seconds = Array.from({ length: window }, (_, i) => start + i);
    if (!seconds.some((second) => (frameSeconds[second] ?? 0) > 0)) empty.push(start);
  }
  return empty;
}

beforeAll(async () => {
  await platform.start({
    env: {
      S3_KEY_PREFIX: prefix,
      TRANSCODE_PRESET: 'ultrafast',
      TRANSCODE_SEGMENT_SECONDS: String(SEGMENT_SECONDS),
      TRANSCODE_LADDER: '180:150:48',
      JWT_ACCESS_TTL_SECONDS: String(ACCESS_TOKEN_SECONDS),
    },
    appEnv: { media: { PLAYBACK_TOKEN_TTL_SECONDS: String(GRANT_SECONDS) } },
  });
  redis = new Redis(platform.env.REDIS_URL ?? '', { lazyConnect: true });
  [browser, playerPage] = await Promise.all([launchBrowser(), servePlayerPage()]);
  const creator = new MediaTokens(platform.env.JWT_SECRET ?? '').user('creator');
  const film = join(work, 'film.mp4');
  makeClip(film, { seconds: FILM_SECONDS, width: 320, height: 180, fps: 15, videoKbps: 200 });
  const created = await api.call<{ id: string }>('POST', '/videos', {
    headers: creator.auth,
    body: { title: 'Ten-minute film', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' }, drm: true, maturityLevel: 'all' },
  });
  expect(created.status).toBe(201);
  videoId = created.body.id;
  expect((await uploadFile(platform.url('/uploads'), creator.auth, film, videoId, 'film.mp4')).status).toBe(204);
  const status = await waitFor(`video ${videoId} transcoded`, async () => {
    const { status } = (await api.get<{ status: string }>(`/videos/${videoId}`, creator.token)).body;
    return status === 'ready' || status === 'failed' ? status : undefined;
  }, 600_000, 1000);
  expect(status).toBe('ready');
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await playerPage?.close();
  redis?.disconnect();
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('a browser on another origin plays through the gateway (ADR 0013)', () => {
  let context: BrowserContext;
  beforeEach(async () => {
    context = await browser.newContext();
  });
  afterEach(async () => {
    await context.close();
  });

  it('plays a 10-minute film to the end through a pause longer than the grant and a seek after it', async () => {
    const viewer = await steps.newUser('browser-film');
    const stream = await startStream(viewer);
    const grant = watchGrant(stream);
    const page = await play(context, viewer, stream, FILM_RATE);
    const tokens = keepTokensFresh(viewer, page);
    try {
      await waitFor('the first frame', async () => ((await playerState(page)).firstFrameAt !== null ? true : undefined), 120_000, 100);
      await waitFor('one minute of media', async () => ((await playerState(page)).currentTime >= 60 ? true : undefined), 300_000, 250);

      await page.evaluate(() => document.querySelector('video')?.pause());
      const pausedAt = Date.now();
      const pausedState = await playerState(page);
      // The pause outlasts the grant by 10 s of wall time, whenever it was last renewed.
      await waitFor('the grant to lapse during the pause', async () => {
        const lapsed = Date.now() > pausedAt + (GRANT_SECONDS + 10) * 1000 && Date.now() > (grant.liveUntils.at(-1) ?? 0) + 5000;
        return lapsed ? true : undefined;
      }, (GRANT_SECONDS + 120) * 1000, 500);
      const pauseMs = Date.now() - pausedAt;
      const liveUntilBeforeResume = grant.liveUntils.at(-1) ?? 0;
      expect(liveUntilBeforeResume).toBeLessThan(Date.now());

      const resumedAt = Date.now();
      await page.evaluate(() => document.querySelector('video')?.play());
      await waitFor('frames after the pause', async () => {
        const state = await playerState(page);
        return (state.lastFrameAt ?? 0) > resumedAt && (state.lastMediaTime ?? 0) > pausedState.currentTime + 2 * SEGMENT_SECONDS ? true : undefined;
      }, 180_000, 250);

      // A seek past the buffer: hls.js must fetch segments it has not seen, under the renewed grant.
      const seekFrom = (await playerState(page)).currentTime;
      const seekTo = Math.ceil(seekFrom + 2 * BUFFER_SECONDS);
      await page.evaluate((to) => void ((document.querySelector('video') as HTMLVideoElement).currentTime = to), seekTo);
      await waitFor('the film to end', async () => ((await playerState(page)).ended ? true : undefined), 600_000, 500);

      const state = await playerState(page);
      const refreshes = await tokens.stop();
      grant.stop();
      const renewals = grant.liveUntils.slice(1);
      console.log(`browser playback figures: ${JSON.stringify({
        firstFrameMs: Math.round((state.firstFrameAt ?? 0) - state.startedAt),
        wallSeconds: Math.round((Date.now() - state.startedAt) / 1000),
        pauseSeconds: Math.round(pauseMs / 1000),
        seek: { from: Math.round(seekFrom), to: seekTo },
        renewals: renewals.length,
        renewalsAfterResume: renewals.filter((liveUntil) => liveUntil > resumedAt).length,
        tokenRefreshes: refreshes,
        tokenUses: state.tokenUses,
        fragments: state.fragments.length,
        framesPresented: state.frames,
        framesDropped: state.droppedFrames,
        errors: state.errors,
      })}`);

      expect(state.errors.filter((e) => e.fatal)).toEqual([]);
      expect(state.ended).toBe(true);
      expect(state.lastMediaTime).toBeGreaterThan(FILM_SECONDS - 2);
      // Frames kept decoding over everything played: before the pause, after it, and after the seek.
      expect(windowsWithoutFrames(state.frameSeconds, 0, Math.floor(seekFrom))).toEqual([]);
      expect(windowsWithoutFrames(state.frameSeconds, seekTo + 1, FILM_SECONDS - 1)).toEqual([]);
      // Every segment came by the gateway's redirect from the object store, on neither page's origin.
      const gatewayOrigin = new URL(platform.baseUrl).origin;
      expect(state.fragments.length).toBeGreaterThanOrEqual(Math.floor((FILM_SECONDS - (seekTo - seekFrom)) / SEGMENT_SECONDS) - 2);
      expect(state.fragments.filter((f) => f.from === gatewayOrigin || f.from === new URL(playerPage.url).origin)).toEqual([]);
      // The grant was renewed on resume after the pause (it had lapsed) and again while playing: a
      // renewal per lifetime of wall time spent playing, so a slower machine only sees more.
      expect(renewals.length).toBeGreaterThanOrEqual(3);
      expect(renewals.some((liveUntil) => liveUntil > resumedAt)).toBe(true);
      // The gateway refuses an expired access token even on playback routes: playing on after the
      // first 90 s proves the page sent the refreshed ones.
      expect(refreshes).toBeGreaterThan(0);
      expect(state.tokenUses).toBeGreaterThan(0);
    } finally {
      grant.stop();
      await tokens.stop().catch(() => 0);
    }
  }, 1_200_000);

  it('stops playback once the viewer signs out, fetching nothing after the documented bound', async () => {
    const viewer = await steps.newUser('browser-revoke');
    const stream = await startStream(viewer);
    const page = await play(context, viewer, stream, REVOKE_RATE);
    await waitFor('20 s of media', async () => ((await playerState(page)).currentTime >= 20 ? true : undefined), 300_000, 250);

    const signedOutAtMediaTime = (await playerState(page)).currentTime;
    const logout = await api.post('/auth/logout', undefined, viewer.tokens.accessToken);
    expect(logout.status).toBe(204);
    const signedOutAt = Date.now();

    // Stopped: no frame presented for 10 s of wall time while neither paused nor ended.
    await waitFor('playback to stop', async () => {
      const state = await playerState(page);
      return !state.paused && !state.ended && (state.lastFrameAt ?? Date.now()) < Date.now() - 10_000 ? true : undefined;
    }, REVOCATION_BOUND_MS + ((BUFFER_SECONDS + SEGMENT_SECONDS) / REVOKE_RATE) * 1000 + 300_000, 500);

    const state = await playerState(page);
    const refusals = state.errors.filter((e) => e.at > signedOutAt && (e.status === 401 || e.status === 403));
    const lastFragment = state.fragments.reduce((last, f) => (f.loadedAt > last.loadedAt ? f : last));
    console.log(`browser revocation figures: ${JSON.stringify({
      firstFrameMs: Math.round((state.firstFrameAt ?? 0) - state.startedAt),
      signedOutAtMediaTime: Math.round(signedOutAtMediaTime),
      firstRefusalAfterSignOutMs: refusals.length ? Math.round(refusals[0].at - signedOutAt) : null,
      lastFragmentRequestedAfterSignOutMs: Math.round(lastFragment.requestedAt - signedOutAt),
      stoppedAfterSignOutMs: Math.round((state.lastFrameAt ?? 0) - signedOutAt),
      stoppedAtMediaTime: Math.round(state.lastMediaTime ?? 0),
      fatal: state.errors.filter((e) => e.fatal).map((e) => `${e.details} ${e.status}`),
      boundMs: REVOCATION_BOUND_MS,
    })}`);

    // The refusal reached the player, and no segment was served for a request after the bound.
    expect(refusals.length).toBeGreaterThan(0);
    expect(state.fragments.filter((f) => f.requestedAt > signedOutAt + REVOCATION_BOUND_MS)).toEqual([]);
    // It stopped at the end of what it had (buffered before the bound), far from the film's end.
    expect(state.ended).toBe(false);
    expect(state.lastMediaTime ?? 0).toBeLessThanOrEqual(lastFragment.end + 1);
    expect(state.lastMediaTime ?? 0).toBeLessThan(FILM_SECONDS - 60);
  }, 900_000);
});
