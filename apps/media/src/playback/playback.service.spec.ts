import { type Clock, DomainError, PlaybackSessionIds, type UsersClient } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { AdBreaksService } from '../ads/ad-breaks.service.js';
import type { HouseAdRepository } from '../ads/house-ad.repository.js';
import { MediaConfig } from '../media.config.js';
import type { ObjectStorage } from '../storage/object-storage.repository.js';
import { actor, videoDoc } from '../testing/factories.js';
import { strictMock } from '../testing/strict-mock.js';
import type { VideosRepository } from '../videos/videos.repository.js';
import type { EntitlementPolicy, PlaybackEntitlement } from './entitlement.policy.js';
import { PlaybackAccess } from './playback-access.js';
import type { PlaybackGrant, PlaybackGrants } from './playback-grants.js';
import { PlaybackTokens } from './playback-token.js';
import { AssetTextCache } from './playback-caches.js';
import { PlaybackService } from './playback.service.js';
import type { StreamSlots } from './stream-slots.js';
import type { ViewerRules } from './viewer-rules.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const VIDEO_ID = '665f1c2e9b1e8a0012345678';
const config = Object.assign(new MediaConfig(), { PLAYBACK_TOKEN_SECRET: 'x'.repeat(32), PLAYBACK_TOKEN_TTL_SECONDS: 300, PLAYBACK_MAX_HOURS: 12 });
const tokens = new PlaybackTokens(config);
const sessionIds = new PlaybackSessionIds('s'.repeat(32));
const ready = (overrides: Parameters<typeof videoDoc>[0] = {}) =>
  videoDoc({ id: VIDEO_ID, ownerId: 'owner', status: 'ready', assetId: 'asset1', renditions: [{ name: '360p', width: 640, height: 360, bandwidth: 1 }], ...overrides });

/** Billing's answer as the policy gives it; free content plays for everyone, the rest only when entitled. */
const freeOnly = (_userId: string, video: VideoDocument): Promise<PlaybackEntitlement> => Promise.resolve({ allowed: video.monetizationModel === 'free' });

interface Setup {
  storage?: Partial<ObjectStorage>;
  entitlementOf?: EntitlementPolicy['entitlementOf'];
  slots?: Partial<StreamSlots>;
  sessionActive?: () => boolean;
  settings?: Partial<MediaConfig>;
  viewerRules?: ViewerRules['requireAllowed'];
}

/** The service with its real PlaybackAccess; grants kept in a map, the clock movable. */
function setup(video: VideoDocument | null, { storage = {}, entitlementOf = freeOnly, slots = {}, sessionActive = () => true, settings = {}, viewerRules = async () => undefined }: Setup = {}) {
  const configured = Object.assign(new MediaConfig(), config, settings);
  const clock = { now: NOW };
  const stored = new Map<string, PlaybackGrant>();
  const grants = strictMock<PlaybackGrants>('PlaybackGrants', {
    save: async (id: string, grant: PlaybackGrant) => void stored.set(id, grant),
    find: async (id: string) => stored.get(id) ?? null,
    remove: async (id: string) => void stored.delete(id),
  });
  const users = strictMock<UsersClient>('UsersClient', { send: (async () => ({ active: sessionActive() })) as unknown as UsersClient['send'] });
  const objects = strictMock<ObjectStorage>('ObjectStorage', { key: (p: string) => `run/${p}`, presignGet: async (key: string, ttl: number) => `https://s3/${key}?ttl=${ttl}`, ...storage });
  const videos = strictMock<VideosRepository>('VideosRepository', { findById: async () => video });
  const entitlements = strictMock<EntitlementPolicy>('EntitlementPolicy', { entitlementOf });
  const time = strictMock<Clock>('Clock', { now: () => clock.now });
  const rules = strictMock<ViewerRules>('ViewerRules', { requireAllowed: viewerRules });
  const access = new PlaybackAccess(configured, videos, tokens, grants, entitlements, strictMock<StreamSlots>('StreamSlots', slots), rules, users, time);
  const texts = new AssetTextCache(objects);
  const adBreaks = new AdBreaksService(configured, videos, objects, texts, access, sessionIds, strictMock<HouseAdRepository>('HouseAdRepository', {}));
  const service = new PlaybackService(configured, videos, objects, texts, access, entitlements, rules, sessionIds, time, adBreaks);
  return { service, stored, clock };
}

const LADDER = [
  { name: '1080p', width: 1920, height: 1080, bandwidth: 3 },
  { name: '720p', width: 1280, height: 720, bandwidth: 2 },
  { name: '360p', width: 640, height: 360, bandwidth: 1 },
];
const MASTER = ['#EXTM3U', ...LADDER.flatMap((r) => [`#EXT-X-STREAM-INF:BANDWIDTH=${r.bandwidth},RESOLUTION=${r.width}x${r.height}`, `${r.name}/index.m3u8`]), ''].join('\n');
const MEDIA = '#EXTM3U\n#EXT-X-MAP:URI="init.mp4"\n#EXTINF:4.0,\nseg_00000.m4s\n#EXT-X-ENDLIST\n';
const tokenOf = (manifestUrl: string) => /\/playback\/[0-9a-f]{24}\/([^/]+)\/master\.m3u8$/.exec(manifestUrl)?.[1] ?? '';
const viewer = actor('viewer', 'viewer1');

describe('PlaybackService.start', () => {
  it('answers manifest and storyboard URLs under a grant that is live for the configured time', async () => {
    const { service, stored } = setup(ready());
    const response = await service.start({ actor: viewer, videoId: VIDEO_ID, country: 'FR' });
    expect(response.expiresAt).toBe('2026-06-01T12:05:00.000Z');
    // Signed at the start of its 20 s window (here: now), so valid the token's 300 s after the window.
    expect(response.posterUrl).toBe(`https://s3/run/assets/${VIDEO_ID}/asset1/images/poster.jpg?ttl=320`);
    const token = tokenOf(response.manifestUrl);
    expect(response.storyboardUrl).toBe(`/api/v1/playback/${VIDEO_ID}/${token}/storyboard.vtt`);
    expect(tokens.verify(token, VIDEO_ID)).toBe(response.playbackId);
    expect(response.playbackSessionId.startsWith(response.playbackId)).toBe(true);
    expect(sessionIds.verify(response.playbackSessionId, VIDEO_ID)).toBe(true);
    expect(stored.get(response.playbackId)).toEqual({
      videoId: VIDEO_ID, assetId: 'asset1', userId: 'viewer1', sessionId: 's-1', privileged: false,
      liveUntil: Date.parse('2026-06-01T12:05:00Z'), endsAt: Date.parse('2026-06-02T00:00:00Z'),
    });
  });

  it('hides a private video from viewers (404) but lets its owner preview it', async () => {
    await expect(setup(ready({ visibility: 'private' })).service.start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 404 });
    await expect(setup(ready({ visibility: 'private' })).service.start({ actor: actor('creator', 'owner'), videoId: VIDEO_ID })).resolves.toBeDefined();
  });

  it('refuses a scheduled video before its publish time and plays it after', async () => {
    const { service, clock } = setup(ready({ visibility: 'scheduled', publishAt: new Date('2026-06-02T00:00:00Z') }));
    await expect(service.start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 403, code: 'MEDIA.NOT_YET_PUBLISHED' });
    clock.now = new Date('2026-06-02T00:00:01Z');
    await expect(service.start({ actor: viewer, videoId: VIDEO_ID })).resolves.toBeDefined();
  });

  it.each([
    ['a denied country', { geoDeny: ['KP'] }, 'KP'],
    ['a country outside the allow list', { geoAllow: ['FR'] }, 'DE'],
    ['an unknown country with an allow list', { geoAllow: ['FR'] }, undefined],
    ['an unknown country with a deny list', { geoDeny: ['KP'] }, undefined],
  ])('refuses %s with MEDIA.GEO_BLOCKED', async (_label, rules, country) => {
    await expect(setup(ready(rules)).service.start({ actor: viewer, videoId: VIDEO_ID, country })).rejects.toMatchObject({ status: 403, code: 'MEDIA.GEO_BLOCKED' });
  });

  it('plays an unknown country with a deny list when configured to', async () => {
    const { service } = setup(ready({ geoDeny: ['KP'] }), { settings: { GEO_UNKNOWN_COUNTRY: 'allow' } });
    await expect(service.start({ actor: viewer, videoId: VIDEO_ID })).resolves.toBeDefined();
  });

  it('passes a refusal by the viewer’s maturity or parental rules on, before asking for entitlement', async () => {
    const refused = async () => Promise.reject(new DomainError('MEDIA.PARENTAL_DENIED', 403, 'no'));
    const never = () => Promise.reject(new Error('entitlement must not be asked'));
    await expect(setup(ready(), { viewerRules: refused, entitlementOf: never }).service.start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 403, code: 'MEDIA.PARENTAL_DENIED' });
  });

  it('refuses a video the entitlement policy does not allow with MEDIA.ENTITLEMENT_REQUIRED', async () => {
    await expect(setup(ready({ monetizationModel: 'pay_per_view', priceMinor: 100, currency: 'EUR' })).service.start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 403, code: 'MEDIA.ENTITLEMENT_REQUIRED' });
  });

  it('lets the owner and admins play without asking the entitlement policy', async () => {
    const ppv = ready({ monetizationModel: 'pay_per_view', priceMinor: 100, currency: 'EUR' });
    const never = () => Promise.reject(new Error('the policy must not be asked'));
    await expect(setup(ppv, { entitlementOf: never }).service.start({ actor: actor('creator', 'owner'), videoId: VIDEO_ID })).resolves.toBeDefined();
    await expect(setup(ppv, { entitlementOf: never }).service.start({ actor: actor('admin', 'someone'), videoId: VIDEO_ID })).resolves.toBeDefined();
  });

  it('passes billing being down on as 503, never as an allow', async () => {
    const down = () => Promise.reject(DomainError.unavailable('The billing service did not answer within 2000 ms.'));
    await expect(setup(ready({ monetizationModel: 'subscription' }), { entitlementOf: down }).service.start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 503, details: { retryAfterSeconds: 5 } });
  });

  it('caps the grant and the announced renditions at the plan’s maximum quality', async () => {
    const { service, stored } = setup(ready({ monetizationModel: 'subscription', renditions: LADDER }), { entitlementOf: async () => ({ allowed: true, maxHeight: 720 }) });
    const response = await service.start({ actor: viewer, videoId: VIDEO_ID });
    expect(response.renditions).toEqual(['720p', '360p']);
    expect(stored.get(response.playbackId)?.maxHeight).toBe(720);
  });

  it('counts a portrait rendition’s quality by its short side', async () => {
    const capped = async () => ({ allowed: true, maxHeight: 720 });
    const portrait = [{ name: '1080p', width: 1080, height: 1920, bandwidth: 3 }, { name: '720p', width: 720, height: 1280, bandwidth: 2 }];
    const response = await setup(ready({ monetizationModel: 'subscription', renditions: portrait }), { entitlementOf: capped }).service.start({ actor: viewer, videoId: VIDEO_ID });
    expect(response.renditions).toEqual(['720p']);
  });

  it('still plays the lowest rendition when every rendition is above the plan’s quality', async () => {
    const { service } = setup(ready({ monetizationModel: 'subscription', renditions: LADDER.slice(0, 2) }), { entitlementOf: async () => ({ allowed: true, maxHeight: 480 }) });
    expect((await service.start({ actor: viewer, videoId: VIDEO_ID })).renditions).toEqual(['720p']);
  });

  it('takes a stream slot per playback until its grant lapses, and refuses past the plan’s stream limit', async () => {
    const taken: unknown[][] = [];
    const take = async (...args: unknown[]) => (taken.push(args), taken.length < 2);
    const { service } = setup(ready({ monetizationModel: 'subscription' }), { entitlementOf: async () => ({ allowed: true, maxStreams: 2 }), slots: { take } });
    const first = await service.start({ actor: viewer, videoId: VIDEO_ID });
    await expect(service.start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 403, code: 'MEDIA.STREAM_LIMIT_REACHED', details: { maxStreams: 2 } });
    expect(taken[0]).toEqual(['viewer1', first.playbackId, 2, NOW, new Date('2026-06-01T12:05:00Z')]);
    expect(taken[1][1]).not.toBe(first.playbackId);
  });

  it('answers 409 while the video is still processing', async () => {
    await expect(setup(ready({ status: 'processing' })).service.start({ actor: viewer, videoId: VIDEO_ID })).rejects.toMatchObject({ status: 409, code: 'MEDIA.NOT_READY' });
  });
});

describe('PlaybackService files under a grant', () => {
  async function started(video: VideoDocument, options: Setup = {}) {
    const context = setup(video, options);
    const response = await context.service.start({ actor: viewer, videoId: VIDEO_ID });
    return { ...context, token: tokenOf(response.manifestUrl), playbackId: response.playbackId };
  }

  it('serves the packaged media playlist unchanged: its relative URIs resolve under the grant', async () => {
    const { service, token } = await started(ready(), { storage: { readText: async () => MEDIA } });
    expect((await service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: '360p' })).body).toBe(MEDIA);
  });

  it('redirects a listed segment to an object URL signed for a short window, shared within it', async () => {
    const signed: Array<[string, number, Date | undefined]> = [];
    const presignGet = async (key: string, ttl: number, at?: Date) => (signed.push([key, ttl, at]), `https://s3/${key}?ttl=${ttl}`);
    const { service, token } = await started(ready(), { storage: { readText: async () => MEDIA, presignGet } });
    signed.length = 0;
    const first = await service.segment({ actor: viewer, videoId: VIDEO_ID, token, rendition: '360p', file: 'seg_00000.m4s' });
    const again = await service.segment({ actor: viewer, videoId: VIDEO_ID, token, rendition: '360p', file: 'seg_00000.m4s' });
    expect(first).toEqual({ url: `https://s3/run/assets/${VIDEO_ID}/asset1/360p/seg_00000.m4s?ttl=50` });
    expect(again).toEqual(first);
    expect(signed).toEqual([[`run/assets/${VIDEO_ID}/asset1/360p/seg_00000.m4s`, 50, NOW]]);
  });

  it('signs a poster once per window for every stream start in it', async () => {
    const signed: string[] = [];
    const presignGet = async (key: string, ttl: number) => (signed.push(key), `https://s3/${key}?ttl=${ttl}`);
    const { service } = setup(ready(), { storage: { presignGet } });
    const first = await service.start({ actor: viewer, videoId: VIDEO_ID });
    const second = await service.start({ actor: viewer, videoId: VIDEO_ID });
    expect(second.posterUrl).toBe(first.posterUrl);
    expect(signed).toEqual([`run/assets/${VIDEO_ID}/asset1/images/poster.jpg`]);
  });

  it('answers 404 to a segment its rendition’s playlist does not list', async () => {
    const { service, token } = await started(ready(), { storage: { readText: async () => MEDIA } });
    await expect(service.segment({ actor: viewer, videoId: VIDEO_ID, token, rendition: '360p', file: 'seg_00001.m4s' })).rejects.toMatchObject({ status: 404 });
  });

  it('leaves renditions above the grant’s quality cap out of the master playlist and refuses their playlists and segments', async () => {
    const { service, token } = await started(ready({ renditions: LADDER, monetizationModel: 'subscription' }), {
      storage: { readText: async (key: string) => (key.endsWith('master.m3u8') ? MASTER : MEDIA) },
      entitlementOf: async () => ({ allowed: true, maxHeight: 720 }),
    });
    const { body } = await service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: 'master' });
    expect(body.split('\n').filter((line) => line.endsWith('index.m3u8'))).toEqual(['720p/index.m3u8', '360p/index.m3u8']);
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: '1080p' })).rejects.toMatchObject({ status: 403, code: 'MEDIA.QUALITY_NOT_ENTITLED' });
    await expect(service.segment({ actor: viewer, videoId: VIDEO_ID, token, rendition: '1080p', file: 'seg_00000.m4s' })).rejects.toMatchObject({ status: 403, code: 'MEDIA.QUALITY_NOT_ENTITLED' });
  });

  it('signs the storyboard sprite and keeps each cue’s tile fragment', async () => {
    const readText = async () => 'WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nstoryboard.jpg#xywh=160,0,160,90\n';
    const { service, token } = await started(ready(), { storage: { readText } });
    const { body } = await service.storyboard({ actor: viewer, videoId: VIDEO_ID, token });
    expect(body).toBe(`WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nhttps://s3/run/assets/${VIDEO_ID}/asset1/images/storyboard.jpg?ttl=300#xywh=160,0,160,90\n`);
  });

  it('gives the key of a DRM video to its own grant only', async () => {
    const { service, token } = await started(ready({ drm: true, aesKey: 'a2V5' }));
    await expect(service.key({ actor: viewer, videoId: VIDEO_ID, token })).resolves.toEqual({ keyBase64: 'a2V5' });
    await expect(service.key({ actor: viewer, videoId: '665f1c2e9b1e8a0099999999', token })).rejects.toMatchObject({ status: 401, code: 'MEDIA.PLAYBACK_TOKEN_INVALID' });
  });

  it('answers 401 to a forged token and to one whose grant is gone', async () => {
    const { service, token, stored, playbackId } = await started(ready());
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token: `${token.slice(0, -2)}AA`, playlist: 'master' })).rejects.toMatchObject({ status: 401, code: 'MEDIA.PLAYBACK_TOKEN_INVALID' });
    stored.delete(playbackId);
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: 'master' })).rejects.toMatchObject({ status: 401, code: 'MEDIA.PLAYBACK_TOKEN_EXPIRED' });
  });

  it.each([
    ['another account', actor('viewer', 'viewer2')],
    ['another sign-in of the same account', { ...viewer, sessionId: 's-2' }],
    ['another profile of the same sign-in', { ...viewer, profileId: 'profile-kid' }],
  ])('refuses the playback to %s with 403 MEDIA.PLAYBACK_NOT_YOURS', async (_label, stranger) => {
    const { service, token } = await started(ready({ drm: true, aesKey: 'a2V5' }), { storage: { readText: async () => MEDIA } });
    await expect(service.playlist({ actor: stranger, videoId: VIDEO_ID, token, playlist: 'master' })).rejects.toMatchObject({ status: 403, code: 'MEDIA.PLAYBACK_NOT_YOURS' });
    await expect(service.key({ actor: stranger, videoId: VIDEO_ID, token })).rejects.toMatchObject({ status: 403, code: 'MEDIA.PLAYBACK_NOT_YOURS' });
    await expect(service.segment({ actor: stranger, videoId: VIDEO_ID, token, rendition: '360p', file: 'seg_00000.m4s' })).rejects.toMatchObject({ status: 403, code: 'MEDIA.PLAYBACK_NOT_YOURS' });
    await expect(service.key({ actor: viewer, videoId: VIDEO_ID, token })).resolves.toEqual({ keyBase64: 'a2V5' });
  });

  it('answers 401 to a grant of a replaced asset', async () => {
    const video = ready();
    const { service, token } = await started(video);
    video.assetId = 'asset2';
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: 'master' })).rejects.toMatchObject({ status: 401 });
  });
});

describe('PlaybackAccess renewal', () => {
  const subscription = ready({ monetizationModel: 'subscription' });

  async function pausedPast(options: Setup, minutes: number) {
    const context = setup(subscription, { storage: { readText: async () => MEDIA }, ...options });
    const response = await context.service.start({ actor: viewer, videoId: VIDEO_ID });
    context.clock.now = new Date(NOW.getTime() + minutes * 60_000);
    return { ...context, token: tokenOf(response.manifestUrl), playbackId: response.playbackId };
  }

  it('renews a lapsed grant after a pause of any length while session and entitlement hold', async () => {
    const { service, token, stored, playbackId, clock } = await pausedPast({ entitlementOf: async () => ({ allowed: true }) }, 5 * 60);
    await expect(service.segment({ actor: viewer, videoId: VIDEO_ID, token, rendition: '360p', file: 'seg_00000.m4s' })).resolves.toBeDefined();
    expect(stored.get(playbackId)?.liveUntil).toBe(clock.now.getTime() + 300_000);
  });

  it('ends the playback when the viewer’s session has ended', async () => {
    const { service, token, stored, playbackId } = await pausedPast({ entitlementOf: async () => ({ allowed: true }), sessionActive: () => false }, 6);
    await expect(service.segment({ actor: viewer, videoId: VIDEO_ID, token, rendition: '360p', file: 'seg_00000.m4s' })).rejects.toMatchObject({ status: 401, code: 'MEDIA.PLAYBACK_TOKEN_EXPIRED' });
    expect(stored.has(playbackId)).toBe(false);
  });

  it('ends the playback when the entitlement has ended', async () => {
    let entitled = true;
    const { service, token } = await pausedPast({ entitlementOf: async () => ({ allowed: entitled }) }, 6);
    entitled = false;
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: '360p' })).rejects.toMatchObject({ status: 403, code: 'MEDIA.ENTITLEMENT_REQUIRED' });
  });

  it('does not ask again while the grant is live', async () => {
    let asked = 0;
    const { service, token } = await pausedPast({ entitlementOf: async () => (asked++, { allowed: true }), sessionActive: () => false }, 4);
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: '360p' })).resolves.toBeDefined();
    expect(asked).toBe(1);
  });

  it('takes the stream slot again at renewal and refuses when another playback took it', async () => {
    let free = true;
    const { service, token } = await pausedPast({ entitlementOf: async () => ({ allowed: true, maxStreams: 1 }), slots: { take: async () => free } }, 6);
    free = false;
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: '360p' })).rejects.toMatchObject({ status: 403, code: 'MEDIA.STREAM_LIMIT_REACHED' });
  });

  it('asks the viewer’s maturity and parental rules again at renewal and ends the playback they now refuse', async () => {
    let denied = false;
    const viewerRules = async () => (denied ? Promise.reject(new DomainError('MEDIA.PARENTAL_DENIED', 403, 'no')) : undefined);
    const { service, token, stored, playbackId } = await pausedPast({ entitlementOf: async () => ({ allowed: true }), viewerRules }, 6);
    denied = true;
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: '360p' })).rejects.toMatchObject({ status: 403, code: 'MEDIA.PARENTAL_DENIED' });
    expect(stored.has(playbackId)).toBe(false);
  });

  it('keeps the grant when the rules cannot be asked (503), so the next fetch tries again', async () => {
    let down = false;
    const viewerRules = async () => (down ? Promise.reject(DomainError.unavailable('catalog down')) : undefined);
    const { service, token, stored, playbackId } = await pausedPast({ entitlementOf: async () => ({ allowed: true }), viewerRules }, 6);
    down = true;
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: '360p' })).rejects.toMatchObject({ status: 503 });
    expect(stored.has(playbackId)).toBe(true);
  });

  it('refuses renewal after the longest playback', async () => {
    const { service, token } = await pausedPast({ entitlementOf: async () => ({ allowed: true }) }, 12 * 60);
    await expect(service.playlist({ actor: viewer, videoId: VIDEO_ID, token, playlist: '360p' })).rejects.toMatchObject({ status: 401, code: 'MEDIA.PLAYBACK_TOKEN_EXPIRED' });
  });
});
