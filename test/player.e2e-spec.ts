import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TitlePage, VideoListResponse } from '@onstream/common';
import { Api } from './support/http.js';
import { MediaBucket } from './support/media-s3.js';
import { Platform, ROOT } from './support/platform.js';

/**
 * A newcomer's first start (ADR 0022): the demo catalog imported, the demo accounts created, and the
 * demo video made by the script `npm run up` runs (scripts/demo-video.mjs) through the real
 * upload → transcode → ready pipeline, attached to the demo title.
 */
const DEMO_PASSWORD = 'demo-password-for-e2e';
const platform = new Platform();
const api = new Api((path) => platform.url(path));
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'player-e2e-'));
let studioToken = '';

/** Runs the demo-video script against this platform; answers its exit code and what it said. */
function runDemoVideoScript(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/demo-video.mjs')], {
      env: { ...process.env, GATEWAY_URL: platform.baseUrl, DEMO_ACCOUNTS_PASSWORD: DEMO_PASSWORD, DEMO_VIDEO_SECONDS: '12', DEMO_VIDEO_FILE: join(work, 'test-card.mp4') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function testCardId(): Promise<string> {
  const found = await api.get<{ items: Array<{ id: string; title: string }> }>('/search?q=test%20card&limit=5');
  const card = found.body.items.find((item) => item.title === 'OnStream Test Card');
  if (!card) throw new Error(`no demo test card in ${JSON.stringify(found.body)}`);
  return card.id;
}

beforeAll(async () => {
  await platform.start({
    env: { S3_KEY_PREFIX: prefix, CATALOG_SEED_DIR: '', CATALOG_SEED_ON_START: 'true', DEMO_ACCOUNTS_PASSWORD: DEMO_PASSWORD, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_SEGMENT_SECONDS: '2', TRANSCODE_LADDER: '360:600:64,180:150:48' },
  });
  const first = await runDemoVideoScript();
  if (first.code !== 0) throw new Error(`demo-video.mjs exited ${first.code}: ${first.output}`);
  studioToken = (await api.post<{ accessToken: string }>('/auth/login', { email: 'studio@onstream.test', password: DEMO_PASSWORD })).body.accessToken;
}, 900_000);

afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('first start', () => {
  it('attaches one public, encrypted demo video to the demo title and makes it playable', async () => {
    const title = (await api.get<TitlePage>(`/titles/${await testCardId()}`)).body;
    expect(title).toMatchObject({ playable: true, stream: { provider: 'onstream', durationSeconds: expect.any(Number) } });
    const { items } = (await api.get<VideoListResponse>('/videos?limit=100', studioToken)).body;
    expect(items.filter((video) => video.title === 'OnStream Test Card')).toEqual([expect.objectContaining({ id: title.stream?.videoId, status: 'ready', drm: true, visibility: 'public' })]);
  });

  it('leaves a playable demo title alone on the next start (no second video)', async () => {
    const again = await runDemoVideoScript();
    expect(again).toMatchObject({ code: 0, output: expect.stringContaining('demo video ready') });
    const { items } = (await api.get<VideoListResponse>('/videos?limit=100', studioToken)).body;
    expect(items.filter((video) => video.title === 'OnStream Test Card')).toHaveLength(1);
  });
});
