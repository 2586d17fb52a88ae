import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrapListener, writeHostileCorpus, type HostileFile } from './support/hostile-media.js';
import { makeClip } from './support/media-clips.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { createUpload, uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

// Creators are not trusted input: every file of a generated hostile corpus, uploaded through the gateway,
// ends in a clear 4xx naming the reason or a failed job naming the limit; the listener every network
// reference in the corpus points at sees no connection, and no object or temporary file stays behind.
const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'media-hostile-'));
const transcodeDir = join(work, 'transcode');
const trap = new TrapListener();
let corpus: HostileFile[] = [];
let tokens: MediaTokens;
let creator: MintedUser;

async function api(path: string, method = 'GET', body?: unknown) {
  const response = await fetch(platform.url(path), { method, headers: { ...creator.auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function createVideo(): Promise<string> {
  const created = await api('/videos', 'POST', { title: 'Hostile', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' } });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

beforeAll(async () => {
  mkdirSync(join(work, 'corpus'));
  mkdirSync(transcodeDir);
  corpus = writeHostileCorpus(join(work, 'corpus'), await trap.start());
  await platform.start({
    // Every ffmpeg run may take one second: a real clip's transcode is killed, and its job must fail with that limit.
    env: { S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_WORK_DIR: transcodeDir, TRANSCODE_TIMEOUT_MAX_SECONDS: '1' },
  });
  tokens = new MediaTokens(platform.env.JWT_SECRET ?? '');
  creator = tokens.user('creator');
}, 180_000);
afterAll(async () => {
  await platform.stop();
  await trap.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describe('hostile media input', () => {
  it('refuses every corpus file with 422 and a problem naming the reason, and keeps the video uploadable', async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(14);
    for (const file of corpus) {
      const id = await createVideo();
      const response = await uploadFile(platform.url('/uploads'), creator.auth, file.path, id, file.filename, undefined, { kind: file.kind });
      // The body is problem+json (tus itself labels it text/plain: noted for the gateway).
      const problem = JSON.parse(response.body) as { status: number; code: string; detail: string };
      expect({ file: file.label, status: response.status, problem }).toEqual({
        file: file.label, status: 422, problem: { type: expect.stringMatching(/^urn:onstream:problem:/), status: 422, code: expect.stringMatching(/^MEDIA\./), detail: expect.stringMatching(file.reason) },
      });
      expect(problem.detail).not.toMatch(/\/tmp|http:\/\/127|onstream-media/);
      expect((await api(`/videos/${id}`)).body).toMatchObject({ status: 'awaiting_upload', customPoster: false });
    }
  }, 600_000);

  it('refuses a zero-byte upload before any byte with 400', async () => {
    const id = await createVideo();
    const response = await createUpload(platform.url('/uploads'), creator.auth, 0, { videoId: id, filename: 'empty.mp4' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'MEDIA.UPLOAD_EMPTY' });
  });

  it('kills a transcode past its time limit: the job fails with the limit and its objects go', async () => {
    const id = await createVideo();
    const clip = join(work, 'clip.mp4');
    makeClip(clip, { seconds: 20, width: 1280, height: 720 });
    expect((await uploadFile(platform.url('/uploads'), creator.auth, clip, id, 'clip.mp4')).status).toBe(204);
    const failed = await waitFor('the job to fail', async () => {
      const { body } = await api(`/videos/${id}`);
      return body.status === 'failed' ? body : undefined;
    }, 300_000, 500);
    expect(failed.processing).toMatchObject({ failureReason: 'ffmpeg ran longer than its limit of 1 s and was stopped.' });
  }, 360_000);

  it('leaves no object, no temporary file, and no connection to the trap listener', async () => {
    await waitFor('no object under the run prefix', async () => ((await bucket.keys(prefix)).length === 0 ? true : undefined), 60_000, 500);
    await waitFor('no temporary file', async () => (readdirSync(transcodeDir).length === 0 ? true : undefined), 60_000, 500);
    expect(await bucket.multipartUploads(prefix)).toEqual([]);
    expect(trap.connections).toEqual([]);
  }, 120_000);
});
