import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadRendition, fetchText, parseMaster, parseMedia } from './support/media-hls.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

// The ladder follows the source's real shape (docs/adr/0014): portrait, scope and odd-sized sources get the
// documented rungs, never larger than the source, aspect within a pixel, the source's exact frame rate.
const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'media-ladder-'));
let creator: MintedUser;
let viewer: MintedUser;

const SOURCES = [
  { label: 'portrait 1080×1920 at 30000/1001', width: 1080, height: 1920, rate: '30000/1001', rungs: ['1080p 1080x1920', '720p 720x1280', '480p 480x854', '360p 360x640', '240p 240x426'] },
  { label: 'scope 1920×804 at 24000/1001', width: 1920, height: 804, rate: '24000/1001', rungs: ['1080p 1920x804', '720p 1280x536', '480p 854x358', '360p 640x268', '240p 426x178'] },
  { label: 'odd-sized 1279×719 at 25', width: 1279, height: 719, rate: '25', rungs: ['720p 1278x718', '480p 854x480', '360p 640x360', '240p 426x240'] },
];

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout;
}

/** ffprobe's size and frame rates of the first video stream of a file. */
function probe(file: string): { width: number; height: number; r_frame_rate: string } {
  return (JSON.parse(run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height,r_frame_rate', '-of', 'json', file])) as { streams: Array<{ width: number; height: number; r_frame_rate: string }> }).streams[0];
}

async function api(path: string, user: MintedUser, method = 'GET', body?: unknown) {
  const response = await fetch(platform.url(path), { method, headers: { ...user.auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  await platform.start({ env: { S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast' } });
  const tokens = new MediaTokens(platform.env.JWT_SECRET ?? '');
  creator = tokens.user('creator');
  viewer = tokens.user('viewer');
}, 120_000);
afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describe.each(SOURCES)('the ladder of a $label source', (source) => {
  let videoId = '';

  it('has the documented rungs, none larger than the source', async () => {
    const file = join(work, `${source.width}x${source.height}.mkv`);
    // 4:4:4 so that odd sizes can be encoded at all; the pipeline makes even 4:2:0 renditions.
    run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=size=${source.width}x${source.height}:rate=${source.rate}:duration=2`,
      '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv444p', file]);
    videoId = (await api('/videos', creator, 'POST', { title: source.label, category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' } })).body.id as string;
    expect((await uploadFile(platform.url('/uploads'), creator.auth, file, videoId, 'source.mkv')).status).toBe(204);
    const video = await waitFor(`${source.label} processed`, async () => {
      const { body } = await api(`/videos/${videoId}`, creator);
      return body.status === 'ready' || body.status === 'failed' ? body : undefined;
    }, 600_000, 500);
    expect(video.status).toBe('ready');
    const renditions = video.renditions as Array<{ name: string; width: number; height: number }>;
    expect(renditions.map((r) => `${r.name} ${r.width}x${r.height}`)).toEqual(source.rungs);
    for (const r of renditions) {
      expect(r.width).toBeLessThanOrEqual(source.width);
      expect(r.height).toBeLessThanOrEqual(source.height);
      expect(Math.abs(r.height - (r.width * source.height) / source.width) <= 1 || Math.abs(r.width - (r.height * source.width) / source.height) <= 1).toBe(true);
    }
  }, 660_000);

  it('streams renditions of exactly those sizes at the source’s exact frame rate', async () => {
    const stream = await api(`/videos/${videoId}/stream`, viewer);
    expect(stream.status).toBe(200);
    const masterUrl = `${platform.baseUrl}${stream.body.manifestUrl as string}`;
    const variants = parseMaster((await fetchText(masterUrl, viewer.auth)).text).variants;
    expect(variants.map((v) => `${v.resolution?.width}x${v.resolution?.height}`)).toEqual(source.rungs.map((r) => r.split(' ')[1]));
    for (const variant of variants) {
      const playlistUrl = new URL(variant.uri, masterUrl).toString();
      const file = join(work, `${videoId}-${variant.resolution?.height}.mp4`);
      writeFileSync(file, await downloadRendition(playlistUrl, parseMedia((await fetchText(playlistUrl, viewer.auth)).text), viewer.auth));
      expect(probe(file)).toEqual({ width: variant.resolution?.width, height: variant.resolution?.height, r_frame_rate: source.rate.includes('/') ? source.rate : `${source.rate}/1` });
    }
  }, 120_000);
});
