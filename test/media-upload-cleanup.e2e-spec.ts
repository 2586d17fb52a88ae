import { randomBytes } from 'node:crypto';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { createUpload, patchChunk } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

/** An upload nobody finishes is aborted by the repeatable sweep: no multipart upload, no tus object left. */
const platform = new Platform();
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const MiB = 1024 * 1024;
let creator: MintedUser;

async function newVideo(): Promise<string> {
  const response = await fetch(platform.url('/videos'), {
    method: 'POST',
    headers: { ...creator.auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Left behind', category: 'test', language: 'en', visibility: 'public', monetization: { model: 'free' } }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

beforeAll(async () => {
  await platform.start({ env: { S3_KEY_PREFIX: prefix, UPLOAD_PART_BYTES: String(5 * MiB), UPLOAD_EXPIRY_SECONDS: '2' }, appEnv: { media: { UPLOAD_SWEEP_INTERVAL_MS: '1000' } } });
  creator = new MediaTokens(platform.env.JWT_SECRET ?? '').user('creator');
});
afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
});

describe('abandoned uploads', () => {
  it('aborts an upload left half-way and removes its tus objects, leaving no orphan', async () => {
    const videoId = await newVideo();
    const created = await createUpload(platform.url('/uploads'), creator.auth, 12 * MiB, { videoId, filename: 'big.mp4' });
    expect(created.status).toBe(201);
    expect(Date.parse(String(created.headers['upload-expires']))).toBeGreaterThan(Date.now() - 60_000);
    const location = String(created.headers.location);
    // One full 5 MiB part goes into the S3 multipart upload, the rest of the chunk into tus's .part tail.
    const patched = await patchChunk(location, creator.auth, 0, randomBytes(6 * MiB));
    expect([204, 404, 410]).toContain(patched.status); // 404/410 only if the sweep was faster than this assertion

    const uploads = `${prefix}uploads/${videoId}/`;
    await waitFor('the abandoned upload to be swept', async () => {
      const [objects, multiparts] = await Promise.all([bucket.keys(uploads), bucket.multipartUploads(uploads)]);
      return objects.length === 0 && multiparts.length === 0 ? true : undefined;
    }, 60_000, 500);

    const head = await fetch(location, { method: 'HEAD', headers: { ...creator.auth, 'tus-resumable': '1.0.0' } });
    expect(head.status).toBe(410);
    // The video is untouched and takes a new upload.
    const again = await createUpload(platform.url('/uploads'), creator.auth, 1024, { videoId, filename: 'retry.mp4' });
    expect(again.status).toBe(201);
  });
});
