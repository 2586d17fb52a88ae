import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeClip } from './support/media-clips.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens } from './support/media-tokens.js';
import { createUpload, uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';

const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'media-e2e-'));
const MAX_BYTES = 2 * 1024 * 1024;
let tokens: MediaTokens;

const videoBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Sunrise',
  category: 'travel',
  language: 'en',
  visibility: 'public',
  monetization: { model: 'free' },
  ...overrides,
});

async function api(path: string, auth: Record<string, string>, method = 'GET', body?: unknown) {
  const response = await fetch(platform.url(path), { method, headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function createVideo(auth: Record<string, string>, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await api('/videos', auth, 'POST', videoBody(overrides));
  expect(created.status).toBe(201);
  return created.body.id as string;
}

beforeAll(async () => {
  await platform.start({ env: { S3_KEY_PREFIX: prefix, UPLOAD_MAX_BYTES: String(MAX_BYTES), TRANSCODE_PRESET: 'ultrafast' } });
  tokens = new MediaTokens(platform.env.JWT_SECRET ?? '');
});
afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
});

describe('videos', () => {
  it('lets a creator create a video with visibility, monetization, geo rules and DRM', async () => {
    const creator = tokens.user('creator');
    const created = await api('/videos', creator.auth, 'POST', videoBody({
      visibility: 'scheduled', publishAt: '2030-01-01T00:00:00.000Z', tags: ['sea'],
      monetization: { model: 'pay_per_view', priceMinor: 499, currency: 'EUR' }, geo: { allow: ['fr', 'DE'], deny: [] }, drm: true,
    }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ownerId: creator.userId, status: 'awaiting_upload', visibility: 'scheduled', publishAt: '2030-01-01T00:00:00.000Z',
      monetization: { model: 'pay_per_view', priceMinor: 499, currency: 'EUR' }, geo: { allow: ['FR', 'DE'], deny: [] }, drm: true, renditions: [],
    });
  });

  it('refuses a scheduled video without a publish time and a pay-per-view without a price', async () => {
    const creator = tokens.user('creator');
    const response = await api('/videos', creator.auth, 'POST', videoBody({ visibility: 'scheduled', monetization: { model: 'pay_per_view' } }));
    expect(response.status).toBe(400);
    expect(new Set((response.body.errors as Array<{ field: string }>).map((e) => e.field))).toEqual(new Set(['monetization.priceMinor', 'publishAt']));
  });

  it('refuses viewers with 403', async () => {
    expect((await api('/videos', tokens.user('viewer').auth, 'POST', videoBody())).status).toBe(403);
  });

  it('shows a creator only their own videos, and an admin all of them', async () => {
    const [alice, bob] = [tokens.user('creator'), tokens.user('creator')];
    const aliceVideo = await createVideo(alice.auth);
    const bobVideo = await createVideo(bob.auth);
    const aliceList = await api('/videos', alice.auth);
    expect((aliceList.body.items as Array<{ id: string }>).map((v) => v.id)).toEqual([aliceVideo]);
    expect((await api(`/videos/${bobVideo}`, alice.auth)).status).toBe(404);
    expect((await api(`/videos/${bobVideo}`, alice.auth, 'PATCH', { title: 'mine now' })).status).toBe(404);
    const adminList = await api('/videos?limit=100', tokens.user('admin').auth);
    expect((adminList.body.items as Array<{ id: string }>).map((v) => v.id)).toEqual(expect.arrayContaining([aliceVideo, bobVideo]));
  });

  it('edits a video’s metadata and rules', async () => {
    const creator = tokens.user('creator');
    const id = await createVideo(creator.auth);
    const edited = await api(`/videos/${id}`, creator.auth, 'PATCH', { title: 'Sunset', visibility: 'unlisted', geo: { allow: [], deny: ['KP'] } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Sunset', visibility: 'unlisted', geo: { allow: [], deny: ['KP'] }, category: 'travel' });
  });

  it('soft-deletes a video: it disappears from reads and lists at once', async () => {
    const creator = tokens.user('creator');
    const id = await createVideo(creator.auth);
    expect((await api(`/videos/${id}`, creator.auth, 'DELETE')).status).toBe(200);
    expect((await api(`/videos/${id}`, creator.auth)).status).toBe(404);
    expect((await api('/videos', creator.auth)).body.total).toBe(0);
  });
});

describe('OpenAPI', () => {
  it('documents the video, upload and playback routes', async () => {
    const doc = (await (await fetch(`${platform.baseUrl}/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/v1/videos', '/api/v1/videos/{id}', '/api/v1/uploads', '/api/v1/videos/{id}/stream', '/api/v1/playback/{id}/{token}/{file}', '/api/v1/playback/{id}/{token}/{rendition}/{file}',
    ]));
  });
});

describe('upload refusals', () => {
  const uploads = () => platform.url('/uploads');

  it('answers a zero-byte upload with 400 and writes nothing', async () => {
    const creator = tokens.user('creator');
    const id = await createVideo(creator.auth);
    const response = await createUpload(uploads(), creator.auth, 0, { videoId: id, filename: 'empty.mp4' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'MEDIA.UPLOAD_EMPTY' });
    expect(await bucket.keys(`${prefix}uploads/${id}/`)).toEqual([]);
  });

  it('answers an upload over the configured limit with 413 before any byte is sent', async () => {
    const creator = tokens.user('creator');
    const id = await createVideo(creator.auth);
    const response = await createUpload(uploads(), creator.auth, MAX_BYTES + 1, { videoId: id, filename: 'big.mp4' });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'MEDIA.UPLOAD_TOO_LARGE' });
  });

  it('answers a file type outside the allowed list with 415', async () => {
    const creator = tokens.user('creator');
    const id = await createVideo(creator.auth);
    const response = await createUpload(uploads(), creator.auth, 100, { videoId: id, filename: 'notes.txt' });
    expect(response.status).toBe(415);
  });

  it('answers an upload without a token with 401 and for someone else’s video with 404', async () => {
    const owner = tokens.user('creator');
    const id = await createVideo(owner.auth);
    expect((await createUpload(uploads(), {}, 100, { videoId: id, filename: 'a.mp4' })).status).toBe(401);
    expect((await createUpload(uploads(), tokens.user('creator').auth, 100, { videoId: id, filename: 'a.mp4' })).status).toBe(404);
  });

  it('refuses a text file renamed .mp4 with 422 and the reason, and deletes what was uploaded', async () => {
    const creator = tokens.user('creator');
    const id = await createVideo(creator.auth);
    const file = join(work, 'notes.mp4');
    writeFileSync(file, 'These are my notes, not a video.\n'.repeat(200));
    const response = await uploadFile(uploads(), creator.auth, file, id, 'notes.mp4');
    expect(response.status).toBe(422);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'MEDIA.NOT_A_VIDEO', detail: expect.stringMatching(/not a readable video|no video stream|not a video in an accepted container/) });
    expect(await bucket.keys(`${prefix}uploads/${id}/`)).toEqual([]);
    expect((await api(`/videos/${id}`, creator.auth)).body.status).toBe('awaiting_upload');
  });

  it('refuses a truncated video with 422 and deletes it', async () => {
    const creator = tokens.user('creator');
    const id = await createVideo(creator.auth);
    const file = join(work, 'truncated.mp4');
    makeClip(file, { seconds: 2, width: 320, height: 240 });
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const response = await uploadFile(uploads(), creator.auth, file, id, 'truncated.mp4');
    expect(response.status).toBe(422);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'MEDIA.NOT_A_VIDEO' });
    expect(await bucket.keys(`${prefix}uploads/${id}/`)).toEqual([]);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});
