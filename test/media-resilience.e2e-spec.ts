import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeClip } from './support/media-clips.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'media-resilience-'));
let creator: MintedUser;
let replacedId = '';

async function video(id: string): Promise<Record<string, unknown>> {
  const response = await fetch(platform.url(`/videos/${id}`), { headers: creator.auth });
  return (await response.json()) as Record<string, unknown>;
}

async function createAndUpload(seconds: number, height: number): Promise<string> {
  const response = await fetch(platform.url('/videos'), {
    method: 'POST',
    headers: { ...creator.auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Crash test', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' } }),
  });
  const id = ((await response.json()) as { id: string }).id;
  const file = join(work, `${id}.mp4`);
  makeClip(file, { seconds, width: Math.round((height * 16) / 9 / 2) * 2, height });
  expect((await uploadFile(platform.url('/uploads'), creator.auth, file, id, 'clip.mp4')).status).toBe(204);
  return id;
}

const assetDirs = async (id: string) => new Set((await bucket.keys(`${prefix}assets/${id}/`)).map((key) => key.split('/')[3]));

beforeAll(async () => {
  await platform.start({ env: { S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_LOCK_MS: '3000', DELETED_RETENTION_SECONDS: '0' } });
  creator = new MediaTokens(platform.env.JWT_SECRET ?? '').user('creator');
});
afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
});

describe('transcode workers', () => {
  it('resume a job whose worker crashed mid-transcode, yielding exactly one asset', async () => {
    const id = await createAndUpload(20, 1080);
    await waitFor('transcoding under way', async () => {
      const body = await video(id);
      return (body.processing as { stage: string } | undefined)?.stage === 'transcoding' ? true : undefined;
    }, 120_000, 200);

    const media = platform.app('media');
    process.kill(media.pid ?? 0, 'SIGKILL');
    await media.waitForExit();
    media.start();

    const done = await waitFor('the video ready after the crash', async () => {
      const body = await video(id);
      return body.status === 'ready' || body.status === 'failed' ? body : undefined;
    }, 300_000, 500);
    expect(done.status).toBe('ready');
    expect((await assetDirs(id)).size).toBe(1);
    expect(await bucket.keys(`${prefix}uploads/${id}/`)).toEqual([]);
    const starts = media.log().split('\n').filter((line) => line.includes('"job started"') && line.includes('"job":"transcode"'));
    expect(starts.length).toBeGreaterThanOrEqual(2);
  }, 420_000);
});

describe('content replacement', () => {
  it('replaces a ready video’s asset with a new upload and removes the old one', async () => {
    const id = await createAndUpload(2, 240);
    await waitFor('first asset ready', async () => ((await video(id)).status === 'ready' ? true : undefined), 120_000, 300);
    const [first] = [...(await assetDirs(id))];

    const file = join(work, `${id}-v2.mp4`);
    makeClip(file, { seconds: 3, width: 640, height: 360 });
    expect((await uploadFile(platform.url('/uploads'), creator.auth, file, id, 'v2.mp4')).status).toBe(204);
    const replaced = await waitFor('second asset ready', async () => {
      const body = await video(id);
      return body.status === 'ready' && (body.renditions as Array<{ name: string }>)[0]?.name === '360p' ? body : undefined;
    }, 120_000, 300);

    expect((replaced.renditions as Array<{ name: string }>).map((r) => r.name)).toEqual(['360p', '240p']);
    const dirs = await assetDirs(id);
    expect(dirs.size).toBe(1);
    expect(dirs.has(first)).toBe(false);
    replacedId = id;
  }, 300_000);

  it('takes a custom poster image and serves it instead of the generated one', async () => {
    const image = join(work, 'poster.png');
    spawnSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=640x360', '-frames:v', '1', image]);
    const upload = await uploadFile(platform.url('/uploads'), creator.auth, image, replacedId, 'poster.png', undefined, { kind: 'thumbnail' });
    expect(upload.status).toBe(204);
    expect((await video(replacedId)).customPoster).toBe(true);
    const stream = (await (await fetch(platform.url(`/videos/${replacedId}/stream`), { headers: creator.auth })).json()) as { posterUrl: string };
    expect(new URL(stream.posterUrl).pathname).toMatch(/\/custom\/poster\.jpg$/);
    const poster = await fetch(stream.posterUrl);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');
  });

  it('refuses a poster that is not an image with 422 and keeps no staging object', async () => {
    const file = join(work, 'poster.jpg');
    writeFileSync(file, 'not an image at all');
    const upload = await uploadFile(platform.url('/uploads'), creator.auth, file, replacedId, 'poster.jpg', undefined, { kind: 'thumbnail' });
    expect(upload.status).toBe(422);
    expect(await bucket.keys(`${prefix}uploads/${replacedId}/`)).toEqual([]);
  });
});

describe('soft delete', () => {
  it('removes a deleted video’s objects with the cleanup job after the retention period', async () => {
    const id = await createAndUpload(2, 240);
    await waitFor('ready', async () => ((await video(id)).status === 'ready' ? true : undefined), 120_000, 300);
    expect((await assetDirs(id)).size).toBe(1);

    const deleted = await fetch(platform.url(`/videos/${id}`), { method: 'DELETE', headers: creator.auth });
    expect(deleted.status).toBe(200);
    await waitFor('objects removed', async () => ((await bucket.keys(`${prefix}assets/${id}/`)).length === 0 ? true : undefined), 60_000, 300);
  }, 180_000);
});
