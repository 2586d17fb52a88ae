import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeedResponse, TitlePage } from '@onstream/common';
import { Api } from './support/http.js';
import { makeClip } from './support/media-clips.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

/**
 * Where to watch our own streams: a creator uploads a short clip, media transcodes it and emits
 * media.asset.ready, and the catalog lists it as a playable creator video; deleting the video
 * removes it from the catalog.
 */
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'catalog-streams-e2e-'));
let creator: MintedUser;
let viewer: MintedUser;

beforeAll(async () => {
  await platform.start({ env: { S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast', CATALOG_SEED_DIR: '', CATALOG_CACHE_TTL_SECONDS: '0' } });
  const tokens = new MediaTokens(platform.env.JWT_SECRET ?? '');
  creator = tokens.user('creator');
  viewer = tokens.user('viewer');
});
afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
});

async function uploadedVideo(visibility: string, title: string): Promise<string> {
  const created = await api.post<{ id: string }>('/videos', { title, category: 'travel', tags: ['sea'], language: 'en', visibility, monetization: { model: 'free' } }, creator.token);
  expect(created.status).toBe(201);
  const file = join(work, `${created.body.id}.mp4`);
  makeClip(file, { seconds: 4, width: 320, height: 240 });
  expect((await uploadFile(platform.url('/uploads'), creator.auth, file, created.body.id, 'clip.mp4')).status).toBe(204);
  return created.body.id;
}

describe('own streams in the catalog', () => {
  let publicId = '';
  let unlistedId = '';

  it('a public video, once transcoded, is a playable creator-video title with our stream as where to watch', async () => {
    // The unlisted one first: its ready event precedes the public one's, and catalog applies them in order.
    unlistedId = await uploadedVideo('unlisted', 'Not for the catalog');
    publicId = await uploadedVideo('public', 'Sunrise over the sea');
    const page = await waitFor('the creator video in the catalog', async () => {
      const answer = await api.get<TitlePage>(`/titles/${publicId}`);
      return answer.status === 200 ? answer.body : undefined;
    }, 300_000, 500);
    expect(page).toMatchObject({
      type: 'creator_video',
      title: 'Sunrise over the sea',
      genres: ['Travel'],
      playable: true,
      stream: { provider: 'onstream', videoId: publicId, url: `/api/v1/videos/${publicId}/stream` },
    });
    expect(page.stream?.durationSeconds).toBeGreaterThan(3);
    // The advertised stream really plays.
    const stream = await api.get<{ masterUrl?: string }>(page.stream?.url.replace('/api/v1', '') ?? '', viewer.token);
    expect(stream.status).toBe(200);
  }, 330_000);

  it('lists it among creator videos and finds it by search; an unlisted video stays out', async () => {
    const list = (await api.get<{ items: Array<{ id: string }> }>('/titles?type=creator_video')).body;
    expect(list.items.map((item) => item.id)).toEqual([publicId]);
    const search = (await api.get<{ items: Array<{ id: string }> }>('/search?q=sunrise')).body;
    expect(search.items.map((item) => item.id)).toContain(publicId);
    expect((await api.get<{ status: string }>(`/videos/${unlistedId}`, creator.token)).body.status).toBe('ready');
    expect((await api.get(`/titles/${unlistedId}`)).status).toBe(404);
  });

  it('a ready video made private leaves public lists and search, and comes back when public again', async () => {
    expect((await api.patch(`/videos/${publicId}`, { visibility: 'private' }, creator.token)).status).toBe(200);
    await waitFor('the title to go', async () => ((await api.get(`/titles/${publicId}`)).status === 404 ? true : undefined), 60_000, 500);
    expect((await api.get<{ items: Array<{ id: string }> }>('/titles?type=creator_video')).body.items).toEqual([]);
    // Search answers are cached by the gateway for hours: the catalog tells it to drop them.
    await waitFor('the title to leave search', async () => {
      const found = (await api.get<{ items: Array<{ id: string }> }>('/search?q=sunrise')).body.items.map((item) => item.id);
      return found.includes(publicId) ? undefined : true;
    }, 30_000, 500);

    expect((await api.patch(`/videos/${publicId}`, { visibility: 'public', title: 'Sunrise at sea' }, creator.token)).status).toBe(200);
    const back = await waitFor('the title to return', async () => {
      const answer = await api.get<TitlePage>(`/titles/${publicId}`);
      return answer.status === 200 ? answer.body : undefined;
    }, 60_000, 500);
    expect(back).toMatchObject({ title: 'Sunrise at sea', playable: true });
  }, 150_000);

  it('a creator reads their new video’s analytics report, which media announced', async () => {
    const hour = 3600_000;
    const now = Date.now();
    const range = `from=${new Date(now - 23 * hour).toISOString()}&to=${new Date(now + hour).toISOString()}`;
    const report = await waitFor('the report', async () => {
      const answer = await api.get(`/analytics/videos/${unlistedId}?${range}&granularity=hour`, creator.token);
      return answer.status === 200 ? answer : undefined;
    }, 60_000, 500);
    expect(report.status).toBe(200);
  }, 90_000);

  it('a deleted video leaves the catalog', async () => {
    expect((await api.delete(`/videos/${publicId}`, creator.token)).status).toBe(200);
    await waitFor('the title to go', async () => ((await api.get(`/titles/${publicId}`)).status === 404 ? true : undefined), 60_000, 500);
    expect((await api.get<FeedResponse>('/titles/popular?type=creator_video')).body.items).toEqual([]);
  });
});
