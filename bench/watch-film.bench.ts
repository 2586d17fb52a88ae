/**
 * "Watch a film" (issue 15): N simulated players (BENCH_PLAYERS, default 50), each a signed-in
 * viewer, start a stream of a generated film and fetch its playlists and every segment through the
 * gateway at real-time pace (each segment when the player's 3-segment buffer needs it), with the
 * playback grant shortened to BENCH_GRANT_SECONDS (default 60) so grants renew several times per
 * film. BENCH_FILM_SECONDS (default 600, ten minutes of media) allows a quick check.
 * Figures: failed segment fetches (must be 0), stream start p50/p99 (stream request → master →
 * media playlist → first segment's bytes), segment fetch p99 (gateway redirect + object bytes).
 * Players come from one address here, so the gateway's per-client rate limits are off.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Api } from '../test/support/http.js';
import { IdentitySteps, type SignedUpUser } from '../test/support/identity.js';
import { Mailbox } from '../test/support/mailbox.js';
import { makeClip } from '../test/support/media-clips.js';
import { fetchText, parseMaster, parseMedia } from '../test/support/media-hls.js';
import { MediaBucket } from '../test/support/media-s3.js';
import { MediaTokens } from '../test/support/media-tokens.js';
import { uploadFile } from '../test/support/media-tus.js';
import { Platform } from '../test/support/platform.js';
import { waitFor } from '../test/support/processes.js';
import { QUIET_PLATFORM_ENV } from './support/load.js';

const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 50);
const FILM_SECONDS = Number(process.env.BENCH_FILM_SECONDS ?? 600);
const GRANT_SECONDS = Number(process.env.BENCH_GRANT_SECONDS ?? 60);
const SEGMENT_SECONDS = 4;
/** Segments a player keeps ahead of its play position. */
const BUFFER_SEGMENTS = 3;
/** Player starts are spread over this long, as viewers arrive. */
const ARRIVAL_SECONDS = 10;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface PlayerFigures {
  startMs: number;
  segmentMs: number[];
  failures: string[];
}

/** One player: stream start, then every segment of the lowest rendition at real-time pace. */
async function watch(platform: Platform, viewer: SignedUpUser, videoId: string): Promise<PlayerFigures> {
  const auth = { authorization: `Bearer ${viewer.tokens.accessToken}` };
  const fetchSegment = async (url: string): Promise<number> => {
    const t0 = performance.now();
    const response = await fetch(url, { headers: auth });
    const bytes = (await response.arrayBuffer()).byteLength;
    if (response.status !== 200 || bytes === 0) throw new Error(`segment answered ${response.status}`);
    return performance.now() - t0;
  };
  const t0 = performance.now();
  const stream = await fetch(platform.url(`/videos/${videoId}/stream`), { headers: auth });
  if (stream.status !== 200) throw new Error(`stream answered ${stream.status}`);
  const masterUrl = `${platform.baseUrl}${((await stream.json()) as { manifestUrl: string }).manifestUrl}`;
  const master = parseMaster((await fetchText(masterUrl, auth)).text);
  const playlistUrl = new URL(master.variants[0].uri, masterUrl).toString();
  const playlist = parseMedia((await fetchText(playlistUrl, auth)).text);
  const first = playlist.segments[0];
  await fetchSegment(new URL(first.map?.uri ?? '', playlistUrl).toString());
  await fetchSegment(new URL(first.uri, playlistUrl).toString());
  const figures: PlayerFigures = { startMs: performance.now() - t0, segmentMs: [], failures: [] };
  const playingSince = Date.now();
  for (const [i, segment] of playlist.segments.entries()) {
    if (i === 0) continue;
    const due = playingSince + Math.max(0, i - BUFFER_SEGMENTS) * SEGMENT_SECONDS * 1000;
    if (due > Date.now()) await sleep(due - Date.now());
    try {
      figures.segmentMs.push(await fetchSegment(new URL(segment.uri, playlistUrl).toString()));
    } catch (error) {
      figures.failures.push(`${segment.uri}: ${String(error)}`);
    }
  }
  return figures;
}

const platform = new Platform();
const api = new Api((path) => platform.url(path));
const steps = new IdentitySteps(api, new Mailbox());
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'watch-film-'));
let completed = false;
try {
  await platform.start({
    env: { ...QUIET_PLATFORM_ENV, RATE_LIMIT_ENABLED: 'false', S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_SEGMENT_SECONDS: String(SEGMENT_SECONDS), TRANSCODE_LADDER: '180:150:48' },
    appEnv: { media: { PLAYBACK_TOKEN_TTL_SECONDS: String(GRANT_SECONDS) } },
  });
  const creator = new MediaTokens(platform.env.JWT_SECRET ?? '').user('creator');
  const film = join(work, 'film.mp4');
  makeClip(film, { seconds: FILM_SECONDS, width: 320, height: 180, fps: 15, videoKbps: 200 });
  const created = await api.call<{ id: string }>('POST', '/videos', {
    headers: creator.auth,
    body: { title: 'Bench film', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' }, drm: true, maturityLevel: 'all' },
  });
  const videoId = created.body.id;
  if ((await uploadFile(platform.url('/uploads'), creator.auth, film, videoId, 'film.mp4')).status !== 204) throw new Error('upload failed');
  const status = await waitFor('the film transcoded', async () => {
    const { status } = (await api.get<{ status: string }>(`/videos/${videoId}`, creator.token)).body;
    return status === 'ready' || status === 'failed' ? status : undefined;
  }, 900_000, 1000);
  if (status !== 'ready') throw new Error(`transcoding ended ${status}`);

  const viewers: SignedUpUser[] = [];
  for (let i = 0; i < PLAYERS; i += 1) viewers.push(await steps.newUser(`film-${i}`));
  const started = Date.now();
  const results = await Promise.all(viewers.map(async (viewer, i) => {
    await sleep((i * ARRIVAL_SECONDS * 1000) / PLAYERS);
    return watch(platform, viewer, videoId);
  }));
  const failures = results.flatMap((r) => r.failures);
  const segments = results.flatMap((r) => r.segmentMs);
  const starts = results.map((r) => r.startMs);
  console.log(`watch a film: ${JSON.stringify({
    players: PLAYERS,
    filmSeconds: FILM_SECONDS,
    grantSeconds: GRANT_SECONDS,
    renewalsPerPlayer: Math.floor(FILM_SECONDS / GRANT_SECONDS),
    wallSeconds: Math.round((Date.now() - started) / 1000),
    segmentFetches: segments.length + failures.length,
    failedSegmentFetches: failures.length,
    streamStartMs: { p50: Math.round(percentile(starts, 50)), p99: Math.round(percentile(starts, 99)) },
    segmentFetchMs: { p50: Math.round(percentile(segments, 50)), p99: Math.round(percentile(segments, 99)) },
  })}`);
  if (failures.length > 0) throw new Error(`failed segment fetches: ${failures.slice(0, 5).join('; ')}`);
  completed = true;
} finally {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
  if (completed) rmSync(platform.logDir, { recursive: true, force: true });
}
