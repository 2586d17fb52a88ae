import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeErrors, makeClip, probeVideo } from './support/media-clips.js';
import { aesDecrypt, downloadRendition, fetchText, parseMaster, parseMedia } from './support/media-hls.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { createUpload, patchChunk, patchThenDrop, resumeUpload, uploadFile, uploadOffset } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

// The test plays the edge: the video denies KP, and a viewer of unknown country is refused (fail closed).
const FROM_FRANCE = { headers: { 'x-country': 'FR' } };

const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'media-pipeline-'));
const PLAYBACK_SECRET = randomBytes(32).toString('hex');
const CHUNK = 4 * 1024 * 1024;
let tokens: MediaTokens;
let creator: MintedUser;
let viewer: MintedUser;
let videoId = '';
const stagesSeen: Array<{ stage: string; percent: number }> = [];

async function api(path: string, auth: Record<string, string>, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(platform.url(path), {
    method: init.method ?? 'GET',
    headers: { ...auth, ...init.headers, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Polls the video until it is ready (or failed), keeping every stage/percent it showed on the way. */
async function waitUntilProcessed(id: string, seen: Array<{ stage: string; percent: number }> = []): Promise<Record<string, unknown>> {
  return waitFor(`video ${id} processed`, async () => {
    const { body } = await api(`/videos/${id}`, creator.auth);
    const processing = body.processing as { stage: string; percent: number } | undefined;
    if (processing) seen.push({ stage: processing.stage, percent: processing.percent });
    return body.status === 'ready' || body.status === 'failed' ? body : undefined;
  }, 600_000, 500);
}

const origin = () => platform.baseUrl;

beforeAll(async () => {
  await platform.start({
    env: { S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_SEGMENT_SECONDS: '4', GEO_COUNTRY_HEADER: 'x-country' },
    // The test plays the edge in front of the gateway: its country header is trusted (TRUST_PROXY).
    appEnv: { media: { PLAYBACK_TOKEN_SECRET: PLAYBACK_SECRET, PLAYBACK_TOKEN_TTL_SECONDS: '120' }, gateway: { TRUST_PROXY: 'true' } },
  });
  tokens = new MediaTokens(platform.env.JWT_SECRET ?? '');
  creator = tokens.user('creator');
  viewer = tokens.user('viewer');
});
afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a 30-second 1080p upload, end to end', () => {
  it('resumes an upload from the last stored byte after the connection drops', async () => {
    const created = await api('/videos', creator.auth, { method: 'POST', body: { title: 'Test card', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' }, geo: { allow: [], deny: ['KP'] } } });
    videoId = created.body.id as string;
    const file = join(work, 'source.mp4');
    makeClip(file, { seconds: 30, width: 1920, height: 1080 });
    const data = readFileSync(file);

    const upload = await createUpload(platform.url('/uploads'), creator.auth, data.length, { videoId, filename: 'card.mp4' });
    expect(upload.status).toBe(201);
    const location = String(upload.headers.location);
    expect((await patchChunk(location, creator.auth, 0, data.subarray(0, CHUNK))).status).toBe(204);
    await patchThenDrop(location, creator.auth, CHUNK, data.subarray(CHUNK, 2 * CHUNK), CHUNK / 2);

    expect(await uploadOffset(location, creator.auth)).toBeGreaterThanOrEqual(CHUNK);
    const resumed = await resumeUpload(location, creator.auth, data, CHUNK);
    expect(resumed.status).toBe(204);
    expect(await uploadOffset(location, creator.auth)).toBe(data.length);
  });

  it('shows processing progress with stage and percent until the video is ready', async () => {
    const video = await waitUntilProcessed(videoId, stagesSeen);
    expect(video).toMatchObject({ status: 'ready', processing: { stage: 'done', percent: 100 } });
    expect(stagesSeen.map((s) => s.stage)).toContain('transcoding');
    const percents = stagesSeen.map((s) => s.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect((video.renditions as Array<{ name: string }>).map((r) => r.name)).toEqual(['1080p', '720p', '480p', '360p', '240p']);
    expect(video.durationSeconds).toBeCloseTo(30, 0);
  }, 320_000);

  it('emits media.asset.ready on JetStream once, and keeps no upload object', async () => {
    const nc = await connect({ servers: platform.env.NATS_URL });
    try {
      const jsm = await jetstreamManager(nc);
      const message = await jsm.streams.getMessage('MEDIA', { last_by_subj: 'events.media.asset.ready' });
      const event = message?.json<{ type: string; data: { videoId: string; renditions: unknown[] } }>();
      expect(event).toMatchObject({ type: 'media.asset.ready', data: { videoId, renditions: expect.any(Array) } });
      expect((await jsm.streams.info('MEDIA', { subjects_filter: 'events.media.asset.ready' })).state.subjects).toEqual({ 'events.media.asset.ready': 1 });
    } finally {
      await nc.close();
    }
    expect(await bucket.keys(`${prefix}uploads/${videoId}/`)).toEqual([]);
    const images = await bucket.keys(`${prefix}assets/${videoId}/`);
    expect(images.filter((k) => /images\/(poster\.jpg|thumb_001\.jpg|storyboard\.jpg|storyboard\.vtt)$/.test(k))).toHaveLength(4);
  });

  it('serves a master playlist with bandwidth, average bandwidth, resolution, codecs and frame rate per rendition', async () => {
    const stream = await api(`/videos/${videoId}/stream`, viewer.auth, FROM_FRANCE);
    expect(stream.status).toBe(200);
    const masterUrl = `${origin()}${stream.body.manifestUrl as string}`;
    const master = await fetchText(masterUrl, viewer.auth);
    expect(master.contentType).toMatch(/mpegurl/);
    const variants = parseMaster(master.text).variants;
    expect(variants.map((v) => [v.resolution?.width, v.resolution?.height])).toEqual([[1920, 1080], [1280, 720], [854, 480], [640, 360], [426, 240]]);
    for (const variant of variants) {
      expect(variant.bandwidth).toBeGreaterThan(0);
      expect(variant.averageBandwidth).toBeGreaterThan(0);
      expect(variant.averageBandwidth).toBeLessThanOrEqual(variant.bandwidth);
      expect(variant.codecs).toMatch(/^avc1\.[0-9a-f]{6},mp4a\.40\.2$/);
      expect(variant.frameRate).toBeCloseTo(25, 2);
    }
  });

  it('offers a signed poster and a storyboard whose cues point at a signed sprite', async () => {
    const stream = await api(`/videos/${videoId}/stream`, viewer.auth, FROM_FRANCE);
    const poster = await fetch(stream.body.posterUrl as string);
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');
    const vtt = await fetchText(`${origin()}${stream.body.storyboardUrl as string}`, viewer.auth);
    expect(vtt.contentType).toMatch(/^text\/vtt/);
    const cues = vtt.text.split('\n').filter((line) => line.includes('#xywh='));
    expect(cues).toHaveLength(6);
    const sprite = await fetch(cues[0].split('#')[0]);
    expect(sprite.status).toBe(200);
    expect(sprite.headers.get('content-type')).toBe('image/jpeg');
  });

  it('has every rendition decode at its promised resolution, with segment boundaries aligned on keyframes', async () => {
    const stream = await api(`/videos/${videoId}/stream`, viewer.auth, FROM_FRANCE);
    const masterUrl = `${origin()}${stream.body.manifestUrl as string}`;
    const master = parseMaster((await fetchText(masterUrl, viewer.auth)).text);
    const boundaries: number[][] = [];
    for (const variant of master.variants) {
      const playlistUrl = new URL(variant.uri, masterUrl).toString();
      const playlist = parseMedia((await fetchText(playlistUrl, viewer.auth)).text);
      const file = join(work, `${variant.resolution?.height}.mp4`);
      writeFileSync(file, await downloadRendition(playlistUrl, playlist, viewer.auth));
      expect(decodeErrors(file)).toBe('');
      const probed = probeVideo(file);
      expect([probed.width, probed.height]).toEqual([variant.resolution?.width, variant.resolution?.height]);
      let start = 0;
      const starts = playlist.segments.map((segment) => {
        const at = start;
        start += segment.duration;
        return Math.round(at * 100) / 100;
      });
      for (const at of starts) expect(probed.keyframeTimes.some((k) => Math.abs(k - at) < 0.05)).toBe(true);
      boundaries.push(starts);
    }
    for (const other of boundaries.slice(1)) expect(other).toEqual(boundaries[0]);
    expect(boundaries[0].length).toBeGreaterThanOrEqual(5);
  });
});

describe('playback access', () => {
  const grantUrl = (manifestUrl: string, file: string) => new URL(file, `${origin()}${manifestUrl}`).toString();

  it('answers 401 to a stream request without an access token', async () => {
    expect((await fetch(platform.url(`/videos/${videoId}/stream`))).status).toBe(401);
  });

  it('answers 401 to a forged playback token, and 400 to one that is not a token at all', async () => {
    const forged = `${randomBytes(16).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
    const response = await fetch(platform.url(`/playback/${videoId}/${forged}/master.m3u8`), { headers: viewer.auth });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('MEDIA.PLAYBACK_TOKEN_INVALID');
    expect((await fetch(platform.url(`/playback/${videoId}/not%20a%20token/master.m3u8`), { headers: viewer.auth })).status).toBe(400);
  });

  it('answers 401 to another video’s playback token', async () => {
    const stream = await api(`/videos/${videoId}/stream`, viewer.auth, FROM_FRANCE);
    const token = /\/playback\/[0-9a-f]{24}\/([^/]+)\//.exec(stream.body.manifestUrl as string)?.[1] ?? '';
    expect((await fetch(platform.url(`/playback/665f1c2e9b1e8a0012345678/${token}/master.m3u8`), { headers: viewer.auth })).status).toBe(401);
  });

  it('answers 403 with MEDIA.GEO_BLOCKED in a denied country', async () => {
    const response = await api(`/videos/${videoId}/stream`, viewer.auth, { headers: { 'x-country': 'KP' } });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('MEDIA.GEO_BLOCKED');
  });

  it('redirects a segment to a briefly signed object URL, and the object URL without its signature is refused', async () => {
    const stream = await api(`/videos/${videoId}/stream`, viewer.auth, FROM_FRANCE);
    const redirect = await fetch(grantUrl(stream.body.manifestUrl as string, '360p/seg_00000.m4s'), { headers: viewer.auth, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const segment = new URL(redirect.headers.get('location') ?? '');
    expect(Number(segment.searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(50);
    expect((await fetch(segment)).status).toBe(200);
    expect((await fetch(`${segment.origin}${segment.pathname}`)).status).toBe(403);
  });

});

describe('DRM (HLS AES-128)', () => {
  let drmId = '';

  it('encrypts every segment so that it decodes only with the asset key from the key endpoint', async () => {
    const file = join(work, 'drm.mp4');
    makeClip(file, { seconds: 4, width: 640, height: 360 });
    const created = await api('/videos', creator.auth, { method: 'POST', body: { title: 'Secret', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' }, drm: true } });
    drmId = created.body.id as string;
    expect((await uploadFile(platform.url('/uploads'), creator.auth, file, drmId, 'drm.mp4')).status).toBe(204);
    expect((await waitUntilProcessed(drmId)).status).toBe('ready');

    const stream = await api(`/videos/${drmId}/stream`, viewer.auth, FROM_FRANCE);
    expect(stream.body.encrypted).toBe(true);
    const masterUrl = `${origin()}${stream.body.manifestUrl as string}`;
    const variant = parseMaster((await fetchText(masterUrl, viewer.auth)).text).variants[0];
    const playlistUrl = new URL(variant.uri, masterUrl).toString();
    const playlistText = (await fetchText(playlistUrl, viewer.auth)).text;
    const playlist = parseMedia(playlistText);
    const keyTag = playlist.segments[0].key;
    expect(keyTag?.method).toBe('AES-128');
    const keyResponse = await fetch(new URL(keyTag?.uri ?? '', playlistUrl), { headers: viewer.auth });
    expect(keyResponse.status).toBe(200);
    const key = Buffer.from(await keyResponse.arrayBuffer());
    expect(key).toHaveLength(16);
    // One IV per file: the init section's and every segment's differ.
    const ivs = [...playlistText.matchAll(/^#EXT-X-KEY:.*IV=0x([0-9a-f]{32})$/gm)].map((match) => match[1]);
    expect(ivs).toHaveLength(playlist.segments.length + 1);
    expect(new Set(ivs).size).toBe(ivs.length);

    const clear = join(work, 'drm-clear.mp4');
    writeFileSync(clear, await downloadRendition(playlistUrl, playlist, viewer.auth, (data, index) => aesDecrypt(data, key, Buffer.from(ivs[index], 'hex'))));
    expect(decodeErrors(clear)).toBe('');
    expect(probeVideo(clear).height).toBe(variant.resolution?.height);

    const encrypted = join(work, 'drm-encrypted.mp4');
    writeFileSync(encrypted, await downloadRendition(playlistUrl, playlist, viewer.auth));
    expect(decodeErrors(encrypted)).not.toBe('');
  }, 300_000);

  it('answers the key 401 to another video’s grant', async () => {
    const other = await api(`/videos/${videoId}/stream`, viewer.auth, FROM_FRANCE);
    const token = /\/playback\/[0-9a-f]{24}\/([^/]+)\//.exec(other.body.manifestUrl as string)?.[1] ?? '';
    expect((await fetch(platform.url(`/playback/${drmId}/${token}/360p/key.bin`), { headers: viewer.auth })).status).toBe(401);
  });
});
