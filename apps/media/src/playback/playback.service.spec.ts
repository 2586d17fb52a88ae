import { DomainError } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import type { Clock } from '../clock/clock.js';
import { MediaConfig } from '../media.config.js';
import type { ObjectStorage } from '../storage/object-storage.repository.js';
import { actor, videoDoc } from '../testing/factories.js';
import { strictMock } from '../testing/strict-mock.js';
import type { VideosRepository } from '../videos/videos.repository.js';
import type { EntitlementPolicy, PlaybackEntitlement } from './entitlement.policy.js';
import { PlaybackTokens } from './playback-token.js';
import { AssetTextCache } from './playback-caches.js';
import { PlaybackService } from './playback.service.js';
import type { StreamSlots } from './stream-slots.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const VIDEO_ID = '665f1c2e9b1e8a0012345678';
const config = Object.assign(new MediaConfig(), { PLAYBACK_TOKEN_SECRET: 'x'.repeat(32), PLAYBACK_TOKEN_TTL_SECONDS: 300 });
const tokens = new PlaybackTokens(config);
const ready = (overrides: Parameters<typeof videoDoc>[0] = {}) =>
  videoDoc({ id: VIDEO_ID, ownerId: 'owner', status: 'ready', assetId: 'asset1', renditions: [{ name: '360p', width: 640, height: 360, bandwidth: 1 }], ...overrides });

/** Billing's answer as the policy gives it; free content plays for everyone, the rest only when entitled. */
const freeOnly = (_viewer: unknown, video: VideoDocument): Promise<PlaybackEntitlement> => Promise.resolve({ allowed: video.monetizationModel === 'free' });

function setup(
  video: VideoDocument | null,
  storage: Partial<ObjectStorage> = {},
  now = NOW,
  entitlementOf: EntitlementPolicy['entitlementOf'] = freeOnly,
  slots: Partial<StreamSlots> = {},
) {
  const objects = strictMock<ObjectStorage>('ObjectStorage', { key: (p: string) => `run/${p}`, presignGet: async (key: string, ttl: number) => `https://s3/${key}?ttl=${ttl}`, ...storage });
  return new PlaybackService(
    config,
    strictMock<VideosRepository>('VideosRepository', { findById: async () => video }),
    objects,
    new AssetTextCache(objects),
    tokens,
    strictMock<EntitlementPolicy>('EntitlementPolicy', { entitlementOf }),
    strictMock<StreamSlots>('StreamSlots', slots),
    strictMock<Clock>('Clock', { now: () => now }),
  );
}

const LADDER = [
  { name: '1080p', width: 1920, height: 1080, bandwidth: 3 },
  { name: '720p', width: 1280, height: 720, bandwidth: 2 },
  { name: '360p', width: 640, height: 360, bandwidth: 1 },
];
const MASTER = ['#EXTM3U', ...LADDER.flatMap((r) => [`#EXT-X-STREAM-INF:BANDWIDTH=${r.bandwidth},RESOLUTION=${r.width}x${r.height}`, `${r.name}/index.m3u8`]), ''].join('\n');
const tokenOf = (manifestUrl: string) => decodeURIComponent(manifestUrl.split('token=')[1] ?? '');

const viewer = actor('viewer', 'viewer1');

describe('PlaybackService.start', () => {
  it('answers a manifest URL with a token that expires after the configured time', async () => {
    const response = await setup(ready()).start({ actor: viewer, videoId: VIDEO_ID, country: 'FR' });
    expect(response.expiresAt).toBe('2026-06-01T12:05:00.000Z');
    expect(response.posterUrl).toBe(`https://s3/run/assets/${VIDEO_ID}/asset1/images/poster.jpg?ttl=300`);
    expect(response.storyboardUrl.startsWith(`/api/v1/playback/${VIDEO_ID}/storyboard.vtt?token=`)).toBe(true);
    const token = decodeURIComponent(response.manifestUrl.split('token=')[1] ?? '');
    expect(response.manifestUrl.startsWith(`/api/v1/playback/${VIDEO_ID}/master.m3u8?token=`)).toBe(true);
    expect(tokens.verify(token, VIDEO_ID, NOW)).toEqual({ v: VIDEO_ID, a: 'asset1', u: 'viewer1', exp: Date.parse('2026-06-01T12:05:00Z') / 1000 });
  });

  it('hides a private video from viewers (404) but lets its owner preview it', async () => {
    await expect(setup(ready({ visibility: 'private' })).start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 404 });
    await expect(setup(ready({ visibility: 'private' })).start({ actor: actor('creator', 'owner'), videoId: VIDEO_ID })).resolves.toBeDefined();
  });

  it('refuses a scheduled video before its publish time and plays it after', async () => {
    const scheduled = ready({ visibility: 'scheduled', publishAt: new Date('2026-06-02T00:00:00Z') });
    await expect(setup(scheduled).start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 403, code: 'MEDIA.NOT_YET_PUBLISHED' });
    await expect(setup(scheduled, {}, new Date('2026-06-02T00:00:01Z')).start({ actor: viewer, videoId: VIDEO_ID })).resolves.toBeDefined();
  });

  it.each([
    ['a denied country', { geoDeny: ['KP'] }, 'KP'],
    ['a country outside the allow list', { geoAllow: ['FR'] }, 'DE'],
    ['an unknown country with an allow list', { geoAllow: ['FR'] }, undefined],
  ])('refuses %s with MEDIA.GEO_BLOCKED', async (_label, rules, country) => {
    await expect(setup(ready(rules)).start({ actor: viewer, videoId: VIDEO_ID, country })).rejects.toMatchObject({ status: 403, code: 'MEDIA.GEO_BLOCKED' });
  });

  it('refuses a video the entitlement policy does not allow with MEDIA.ENTITLEMENT_REQUIRED', async () => {
    await expect(setup(ready({ monetizationModel: 'pay_per_view', priceMinor: 100, currency: 'EUR' })).start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 403, code: 'MEDIA.ENTITLEMENT_REQUIRED' });
  });

  it('lets the owner and admins play without asking the entitlement policy', async () => {
    const ppv = ready({ monetizationModel: 'pay_per_view', priceMinor: 100, currency: 'EUR' });
    const never = () => Promise.reject(new Error('the policy must not be asked'));
    await expect(setup(ppv, {}, NOW, never).start({ actor: actor('creator', 'owner'), videoId: VIDEO_ID })).resolves.toBeDefined();
    await expect(setup(ppv, {}, NOW, never).start({ actor: actor('admin', 'someone'), videoId: VIDEO_ID })).resolves.toBeDefined();
  });

  it('passes billing being down on as 503, never as an allow', async () => {
    const down = () => Promise.reject(DomainError.unavailable('The billing service did not answer within 2000 ms.'));
    await expect(setup(ready({ monetizationModel: 'subscription' }), {}, NOW, down).start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 503, details: { retryAfterSeconds: 5 } });
  });

  it('caps the token and the announced renditions at the plan’s maximum quality', async () => {
    const capped = async () => ({ allowed: true, maxHeight: 720 });
    const response = await setup(ready({ monetizationModel: 'subscription', renditions: LADDER }), {}, NOW, capped).start({ actor: viewer, videoId: VIDEO_ID });
    expect(response.renditions).toEqual(['720p', '360p']);
    expect(tokens.verify(tokenOf(response.manifestUrl), VIDEO_ID, NOW).q).toBe(720);
  });

  it('counts a portrait rendition’s quality by its short side', async () => {
    const capped = async () => ({ allowed: true, maxHeight: 720 });
    const portrait = [{ name: '1080p', width: 1080, height: 1920, bandwidth: 3 }, { name: '720p', width: 720, height: 1280, bandwidth: 2 }];
    const response = await setup(ready({ monetizationModel: 'subscription', renditions: portrait }), {}, NOW, capped).start({ actor: viewer, videoId: VIDEO_ID });
    expect(response.renditions).toEqual(['720p']);
  });

  it('still plays the lowest rendition when every rendition is above the plan’s quality', async () => {
    const capped = async () => ({ allowed: true, maxHeight: 480 });
    const response = await setup(ready({ monetizationModel: 'subscription', renditions: LADDER.slice(0, 2) }), {}, NOW, capped).start({ actor: viewer, videoId: VIDEO_ID });
    expect(response.renditions).toEqual(['720p']);
  });

  it('takes a stream slot for the session until the token expires, and refuses past the plan’s stream limit', async () => {
    const limited = async () => ({ allowed: true, maxStreams: 2 });
    const taken: unknown[][] = [];
    const take = async (...args: unknown[]) => {
      taken.push(args);
      return taken.length < 2;
    };
    const service = setup(ready({ monetizationModel: 'subscription' }), {}, NOW, limited, { take });
    await expect(service.start({ actor: viewer, videoId: VIDEO_ID })).resolves.toBeDefined();
    await expect(service.start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 403, code: 'MEDIA.STREAM_LIMIT_REACHED', details: { maxStreams: 2 } });
    expect(taken[0]).toEqual(['viewer1', 's-1', 2, NOW, new Date('2026-06-01T12:05:00Z')]);
  });

  it('answers 409 while the video is still processing', async () => {
    await expect(setup(ready({ status: 'processing' })).start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 409, code: 'MEDIA.NOT_READY' });
  });
});

describe('PlaybackService.playlist and key', () => {
  const token = (overrides: Partial<{ v: string; a: string; exp: number }> = {}) => tokens.sign({ v: VIDEO_ID, a: 'asset1', u: 'viewer1', exp: NOW.getTime() / 1000 + 60, ...overrides });

  it('signs segment URLs no longer than the token lives', async () => {
    const presignGet = async (key: string, ttl: number) => `https://s3/${key}?ttl=${ttl}`;
    const readText = async () => '#EXTM3U\n#EXT-X-MAP:URI="init_0.mp4"\n#EXTINF:4.0,\nseg_00000.m4s\n';
    const { body } = await setup(ready(), { presignGet, readText }).playlist({ videoId: VIDEO_ID, token: token(), playlist: '360p' });
    expect(body).toBe(`#EXTM3U\n#EXT-X-MAP:URI="https://s3/run/assets/${VIDEO_ID}/asset1/360p/init_0.mp4?ttl=60"\n#EXTINF:4.0,\nhttps://s3/run/assets/${VIDEO_ID}/asset1/360p/seg_00000.m4s?ttl=60\n`);
  });

  it('shares one signed playlist between tokens expiring in the same 30-second window, its URLs ending at the window start', async () => {
    const signed: string[] = [];
    const presignGet = async (key: string, ttl: number) => (signed.push(key), `https://s3/${key}?ttl=${ttl}`);
    const readText = async () => '#EXTM3U\n#EXTINF:4.0,\nseg_00000.m4s\n';
    const service = setup(ready(), { presignGet, readText });
    const first = await service.playlist({ videoId: VIDEO_ID, token: token({ exp: NOW.getTime() / 1000 + 75 }), playlist: '360p' });
    const second = await service.playlist({ videoId: VIDEO_ID, token: token({ exp: NOW.getTime() / 1000 + 85 }), playlist: '360p' });
    expect(first.body).toContain('seg_00000.m4s?ttl=60');
    expect(second.body).toBe(first.body);
    expect(signed).toHaveLength(1);
  });

  it('signs exactly to the token’s expiry when little of it is left, and never shares a DRM playlist', async () => {
    const readText = async () => '#EXTM3U\n#EXTINF:4.0,\nseg_00000.m4s\n';
    const nearlyExpired = await setup(ready(), { readText }).playlist({ videoId: VIDEO_ID, token: token({ exp: NOW.getTime() / 1000 + 20 }), playlist: '360p' });
    expect(nearlyExpired.body).toContain('seg_00000.m4s?ttl=20');
    const signed: string[] = [];
    const drm = setup(ready({ drm: true, aesKey: 'a2V5' }), { readText, presignGet: async (key: string, ttl: number) => (signed.push(key), `https://s3/${key}?ttl=${ttl}`) });
    await drm.playlist({ videoId: VIDEO_ID, token: token({ exp: NOW.getTime() / 1000 + 75 }), playlist: '360p' });
    const body = (await drm.playlist({ videoId: VIDEO_ID, token: token({ exp: NOW.getTime() / 1000 + 75 }), playlist: '360p' })).body;
    expect(body).toContain('seg_00000.m4s?ttl=75');
    expect(signed).toHaveLength(2);
  });

  it('rewrites the master playlist to token-carrying rendition URLs', async () => {
    const t = token();
    const { body } = await setup(ready(), { readText: async () => '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n360p/index.m3u8\n' }).playlist({ videoId: VIDEO_ID, token: t, playlist: 'master' });
    expect(body).toBe(`#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n360p.m3u8?token=${encodeURIComponent(t)}\n`);
  });

  it('signs the storyboard sprite and keeps each cue’s tile fragment', async () => {
    const readText = async () => 'WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nstoryboard.jpg#xywh=160,0,160,90\n';
    const { body } = await setup(ready(), { readText }).storyboard({ videoId: VIDEO_ID, token: token() });
    expect(body).toBe(`WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nhttps://s3/run/assets/${VIDEO_ID}/asset1/images/storyboard.jpg?ttl=60#xywh=160,0,160,90\n`);
  });

  it('leaves renditions above the token’s quality cap out of the master playlist and refuses their playlists', async () => {
    const capped = tokens.sign({ v: VIDEO_ID, a: 'asset1', u: 'viewer1', exp: NOW.getTime() / 1000 + 60, q: 720 });
    const service = setup(ready({ renditions: LADDER }), { readText: async () => MASTER });
    const { body } = await service.playlist({ videoId: VIDEO_ID, token: capped, playlist: 'master' });
    expect(body).not.toContain('1080p');
    expect(body.split('\n').filter((line) => line.startsWith('#EXT-X-STREAM-INF:'))).toEqual(['#EXT-X-STREAM-INF:BANDWIDTH=2,RESOLUTION=1280x720', '#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=640x360']);
    await expect(service.playlist({ videoId: VIDEO_ID, token: capped, playlist: '1080p' })).rejects.toMatchObject({ status: 403, code: 'MEDIA.QUALITY_NOT_ENTITLED' });
  });

  it('answers 401 to an expired token', async () => {
    await expect(setup(ready()).playlist({ videoId: VIDEO_ID, token: token({ exp: NOW.getTime() / 1000 }), playlist: 'master' })).rejects.toMatchObject({ status: 401, code: 'MEDIA.PLAYBACK_TOKEN_EXPIRED' });
  });

  it('answers 401 to a token of a replaced asset', async () => {
    await expect(setup(ready({ assetId: 'asset2' })).playlist({ videoId: VIDEO_ID, token: token(), playlist: 'master' })).rejects.toMatchObject({ status: 401 });
  });

  it('gives the key of a DRM video to its token only', async () => {
    const drm = ready({ drm: true, aesKey: 'a2V5' });
    await expect(setup(drm).key({ videoId: VIDEO_ID, token: token() })).resolves.toEqual({ keyBase64: 'a2V5' });
    await expect(setup(drm).key({ videoId: VIDEO_ID, token: token({ v: '665f1c2e9b1e8a0099999999' }) })).rejects.toMatchObject({ status: 401 });
  });
});
