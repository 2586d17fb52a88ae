import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BillingApi, CARDS, newKey } from './support/billing-tokens.js';
import { makeClip } from './support/media-clips.js';
import { fetchText, parseMaster, parseMedia } from './support/media-hls.js';
import { MediaBucket } from './support/media-s3.js';
import { MediaTokens, type MintedUser } from './support/media-tokens.js';
import { uploadFile } from './support/media-tus.js';
import { Platform } from './support/platform.js';
import { waitFor } from './support/processes.js';

/**
 * Playback asks billing: pay-per-view needs a purchase (and a refund takes it back), a
 * subscription plays within its plan's maximum quality, and billing being down is a 503.
 */
const platform = new Platform();
const billing = new BillingApi(platform);
const bucket = new MediaBucket();
const prefix = `${platform.runId.slice(0, -1)}/`;
const work = mkdtempSync(join(tmpdir(), 'media-entitlements-'));
let tokens: MediaTokens;
let creator: MintedUser;
let admin: MintedUser;
let source = '';

interface Stream {
  manifestUrl: string;
  renditions: string[];
}

async function api<T = Record<string, unknown>>(path: string, user: MintedUser, method = 'GET', body?: unknown) {
  const response = await fetch(platform.url(path), { method, headers: { ...user.auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** A ready video of the creator with the given monetization (a 6-second 1080p clip, three renditions). */
async function readyVideo(title: string, monetization: Record<string, unknown>): Promise<string> {
  const created = await api<{ id: string }>('/videos', creator, 'POST', { title, category: 'test', language: 'en', visibility: 'public', monetization });
  expect(created.status).toBe(201);
  const id = created.body.id;
  expect((await uploadFile(platform.url('/uploads'), creator.auth, source, id, 'clip.mp4')).status).toBe(204);
  const video = await waitFor(`video ${id} processed`, async () => {
    const { body } = await api<{ status: string }>(`/videos/${id}`, creator);
    return body.status === 'ready' || body.status === 'failed' ? body : undefined;
  }, 300_000, 500);
  expect(video.status).toBe('ready');
  return id;
}

/** Stream request → master → first media playlist → first segment's bytes, as a player would. */
async function play(videoId: string, user: MintedUser): Promise<{ renditions: string[]; variants: number[]; firstSegmentBytes: number }> {
  const stream = await api<Stream>(`/videos/${videoId}/stream`, user);
  expect(stream.status).toBe(200);
  const masterUrl = `${platform.baseUrl}${stream.body.manifestUrl}`;
  const master = parseMaster((await fetchText(masterUrl, user.auth)).text);
  const playlistUrl = new URL(master.variants[0].uri, masterUrl).toString();
  const playlist = parseMedia((await fetchText(playlistUrl, user.auth)).text);
  const segment = await fetch(new URL(playlist.segments[0].uri, playlistUrl), { headers: user.auth });
  expect(segment.status).toBe(200);
  return { renditions: stream.body.renditions, variants: master.variants.map((v) => v.resolution?.height ?? 0), firstSegmentBytes: (await segment.arrayBuffer()).byteLength };
}

beforeAll(async () => {
  await platform.start({
    env: { S3_KEY_PREFIX: prefix, TRANSCODE_PRESET: 'ultrafast', TRANSCODE_LADDER: '1080:2500:96,720:1200:96,360:400:64', BILLING_SWEEP_INTERVAL_MS: '0' },
  });
  tokens = new MediaTokens(platform.env.JWT_SECRET ?? '');
  creator = tokens.user('creator');
  admin = tokens.user('admin');
  source = join(work, 'clip.mp4');
  makeClip(source, { seconds: 6, width: 1920, height: 1080 });
});
afterAll(async () => {
  await platform.stop();
  await bucket.removeAll(prefix);
  bucket.close();
  rmSync(work, { recursive: true, force: true });
});

describe('pay-per-view playback', () => {
  let videoId = '';
  let buyer: MintedUser;
  const viewer = () => buyer;

  beforeAll(async () => {
    buyer = tokens.user('viewer');
    videoId = await readyVideo('Premiere', { model: 'pay_per_view', priceMinor: 499, currency: 'EUR' });
    const offer = await billing.call('PUT', `/payments/ppv/offers/${videoId}`, admin, { creatorId: creator.userId, currency: 'EUR', purchasePrice: 499, maxQuality: '1080p' });
    expect(offer.status).toBe(200);
  }, 320_000);

  it('refuses a viewer without a purchase with 403 MEDIA.ENTITLEMENT_REQUIRED', async () => {
    const refused = await api(`/videos/${videoId}/stream`, viewer());
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'MEDIA.ENTITLEMENT_REQUIRED' });
  });

  it('always lets the creator and admins play it', async () => {
    expect((await play(videoId, creator)).variants).toEqual([1080, 720, 360]);
    expect((await play(videoId, admin)).firstSegmentBytes).toBeGreaterThan(0);
  });

  it('plays after the viewer buys it, and is refused again after an admin refund', async () => {
    const bought = await billing.call<{ status: string; payment: { id: string } }>('POST', '/payments/ppv', viewer(), { videoId, option: 'purchase', paymentMethod: CARDS.succeeds, country: 'DE' }, newKey());
    expect(bought.status).toBe(201);
    expect(bought.body.status).toBe('active');

    const played = await play(videoId, viewer());
    expect(played.variants).toEqual([1080, 720, 360]);
    expect(played.firstSegmentBytes).toBeGreaterThan(0);

    // A purchase allows one stream at a time, counted per playback: while the first lasts, a second
    // one is refused, from another device or from the same session.
    const secondDevice = await api(`/videos/${videoId}/stream`, tokens.user('viewer', viewer().userId));
    expect(secondDevice.status).toBe(403);
    expect(secondDevice.body).toMatchObject({ code: 'MEDIA.STREAM_LIMIT_REACHED', detail: expect.stringContaining('1 stream') });
    expect((await api(`/videos/${videoId}/stream`, viewer())).status).toBe(403);

    const refund = await billing.call('POST', `/payments/transactions/${bought.body.payment.id}/refund`, admin, { reason: 'e2e' }, newKey());
    expect(refund.status).toBe(201);
    const refused = await api(`/videos/${videoId}/stream`, viewer());
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'MEDIA.ENTITLEMENT_REQUIRED' });
  });
});

describe('subscription playback', () => {
  let videoId = '';
  let member: MintedUser;
  const subscriber = () => member;

  beforeAll(async () => {
    member = tokens.user('viewer');
    videoId = await readyVideo('Series pilot', { model: 'subscription' });
    const features = { maxQuality: '720p', maxDevices: 2, maxStreams: 2, downloads: false };
    const plan = await billing.call<{ id: string }>('POST', '/payments/plans', admin, { name: 'HD', interval: 'month', price: 899, currency: 'EUR', trialDays: 0, features });
    expect(plan.status).toBe(201);
    const subscribed = await billing.call<{ status: string }>('POST', '/payments/subscribe', subscriber(), { planId: plan.body.id, paymentMethod: CARDS.succeeds, country: 'DE' }, newKey());
    expect(subscribed.status).toBe(201);
    expect(subscribed.body.status).toBe('active');
  }, 320_000);

  it('refuses a viewer without a subscription', async () => {
    const refused = await api(`/videos/${videoId}/stream`, tokens.user('viewer'));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'MEDIA.ENTITLEMENT_REQUIRED' });
  });

  it('plays for a subscriber whose plan caps quality at 720p, with 1080p left out of the master playlist', async () => {
    const played = await play(videoId, subscriber());
    expect(played.renditions).toEqual(['720p', '360p']);
    expect(played.variants).toEqual([720, 360]);
    expect(played.firstSegmentBytes).toBeGreaterThan(0);
  });

  it('refuses the 1080p playlist itself to a 720p plan’s token', async () => {
    const stream = await api<Stream>(`/videos/${videoId}/stream`, subscriber());
    const direct = await fetch(new URL('1080p/index.m3u8', `${platform.baseUrl}${stream.body.manifestUrl}`), { headers: subscriber().auth });
    expect(direct.status).toBe(403);
    expect(await direct.json()).toMatchObject({ code: 'MEDIA.QUALITY_NOT_ENTITLED' });
  });

  it('does not let a subscription unlock a pay-per-view video', async () => {
    const switched = await api(`/videos/${videoId}`, creator, 'PATCH', { monetization: { model: 'pay_per_view', priceMinor: 199, currency: 'EUR' } });
    expect(switched.status).toBe(200);
    const refused = await api(`/videos/${videoId}/stream`, subscriber());
    expect(refused.status).toBe(403);
    expect((await api(`/videos/${videoId}`, creator, 'PATCH', { monetization: { model: 'subscription' } })).status).toBe(200);
  });

  it('answers 503 with Retry-After while billing is down, never a silent allow', async () => {
    await platform.app('billing').stop();
    const down = await api(`/videos/${videoId}/stream`, subscriber());
    expect(down.status).toBe(503);
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    // The creator does not need billing to watch their own video.
    expect((await api(`/videos/${videoId}/stream`, creator)).status).toBe(200);
  });
});
