import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type KeyResponse, type PlaybackRequest, type PlaylistRequest, type PlaylistResponse, type StreamRequest, type StreamResponse, ownsOrMay } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { Clock } from '../clock/clock.js';
import { MediaConfig } from '../media.config.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { VideosRepository } from '../videos/videos.repository.js';
import { AssetTextCache, BoundedPromiseCache, RecentReads } from './playback-caches.js';
import { EntitlementPolicy, type PlaybackEntitlement } from './entitlement.policy.js';
import { PlaybackTokens, type PlaybackClaims } from './playback-token.js';
import { rewriteMaster, rewriteMedia } from './playlist-rewriter.js';
import { StreamSlots } from './stream-slots.js';

/** Tokens expiring within one such window share the same signed media playlist. */
const SHARED_SIGNING_WINDOW_SECONDS = 30;
/** A shared playlist is used only while its URLs still have at least this long to live. */
const MIN_SHARED_URL_SECONDS = 15;

/**
 * How long a video read answers playlist, key and storyboard requests: a deletion or replacement
 * reaches them this much later (stream starts always read afresh).
 */
const RECENT_VIDEO_MS = 2000;

/** Owners and admins always play their own (every rendition, no stream limit). */
const UNLIMITED: PlaybackEntitlement = { allowed: true };

@Injectable()
export class PlaybackService {
  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly videos: VideosRepository,
    private readonly storage: ObjectStorage,
    private readonly texts: AssetTextCache,
    private readonly tokens: PlaybackTokens,
    private readonly entitlements: EntitlementPolicy,
    private readonly streamSlots: StreamSlots,
    private readonly clock: Clock,
  ) {}

  private readonly signedPlaylists = new BoundedPromiseCache<string>(2000);
  /** A player asks for the master and a media playlist right after each other: one video read serves both. */
  private readonly recentVideos = new RecentReads<VideoDocument | null>(RECENT_VIDEO_MS, 5000);

  /**
   * Visibility, schedule, geo and entitlement (with the plan's quality cap and stream limit), then
   * a short-lived playback URL. Owners and admins may always preview.
   */
  async start({ actor, videoId, country }: StreamRequest): Promise<StreamResponse> {
    const video = await this.videos.findById(videoId);
    const privileged = video !== null && ownsOrMay(actor, video.ownerId, 'media.video.admin');
    if (!video || ((video.visibility === 'private' || video.moderationHidden === true) && !privileged)) throw DomainError.notFound('The video');
    if (video.status !== 'ready' || !video.assetId) throw new DomainError(ErrorCodes.MediaNotReady, 409, 'The video is not ready to play yet.');
    const now = this.clock.now();
    let entitlement = UNLIMITED;
    if (!privileged) {
      if (video.visibility === 'scheduled' && (!video.publishAt || video.publishAt > now)) {
        throw new DomainError(ErrorCodes.MediaNotYetPublished, 403, 'The video is not published yet.', { publishAt: video.publishAt?.toISOString() });
      }
      this.checkGeo(video, country);
      entitlement = await this.entitlements.entitlementOf(actor, video);
      if (!entitlement.allowed) {
        throw new DomainError(ErrorCodes.MediaEntitlementRequired, 403, 'Playing this video needs a subscription or a purchase.', { monetization: video.monetizationModel });
      }
    }
    const exp = Math.floor(now.getTime() / 1000) + this.config.PLAYBACK_TOKEN_TTL_SECONDS;
    if (entitlement.maxStreams !== undefined && !(await this.streamSlots.take(actor.userId, actor.sessionId, entitlement.maxStreams, now, new Date(exp * 1000)))) {
      throw new DomainError(ErrorCodes.MediaStreamLimitReached, 403, `Your plan allows ${entitlement.maxStreams} stream(s) at once; stop one on another device first.`, { maxStreams: entitlement.maxStreams });
    }
    const maxHeight = cappedHeight(video, entitlement.maxHeight);
    const token = encodeURIComponent(this.tokens.sign({ v: videoId, a: video.assetId, u: actor.userId, exp, ...(maxHeight !== undefined ? { q: maxHeight } : {}) }));
    const poster = video.customPoster ? `assets/${videoId}/custom/poster.jpg` : `assets/${videoId}/${video.assetId}/images/poster.jpg`;
    const posterUrl = await this.storage.presignGet(this.storage.key(poster), this.config.PLAYBACK_TOKEN_TTL_SECONDS, now);
    return {
      manifestUrl: `/api/v1/playback/${videoId}/master.m3u8?token=${token}`,
      expiresAt: new Date(exp * 1000).toISOString(),
      encrypted: video.drm,
      posterUrl,
      storyboardUrl: `/api/v1/playback/${videoId}/storyboard.vtt?token=${token}`,
      renditions: video.renditions.filter((r) => maxHeight === undefined || qualityOf(r) <= maxHeight).map((r) => r.name),
    };
  }

  async playlist({ videoId, token, playlist }: PlaylistRequest): Promise<PlaylistResponse> {
    const { video, claims } = await this.authorize(videoId, token);
    const prefix = this.storage.key(`assets/${videoId}/${claims.a}/`);
    const playable = (name: string) => video.renditions.some((r) => r.name === name && (claims.q === undefined || qualityOf(r) <= claims.q));
    if (playlist === 'master') return { body: rewriteMaster(await this.texts.read(`${prefix}master.m3u8`), token, playable) };
    if (!video.renditions.some((r) => r.name === playlist)) throw DomainError.notFound('The playlist');
    if (!playable(playlist)) throw new DomainError(ErrorCodes.MediaQualityNotEntitled, 403, 'Your plan does not include this quality.', { maxHeight: claims.q });
    const text = await this.texts.read(`${prefix}${playlist}/index.m3u8`);
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    // Segment URLs live no longer than the token that unlocked them. Tokens expiring in the same
    // window share one signed playlist whose URLs end at the window's start (signing a long
    // playlist costs milliseconds per segment); DRM playlists carry the token and are never shared.
    const sharedUntil = Math.floor(claims.exp / SHARED_SIGNING_WINDOW_SECONDS) * SHARED_SIGNING_WINDOW_SECONDS;
    const sign = (expiresAt: number) => {
      const validFrom = Math.min(nowSeconds, expiresAt - 1);
      const signingDate = new Date(validFrom * 1000);
      return rewriteMedia(text, token, (file) => this.storage.presignGet(`${prefix}${playlist}/${file}`, expiresAt - validFrom, signingDate));
    };
    if (video.drm || sharedUntil - nowSeconds < MIN_SHARED_URL_SECONDS) return { body: await sign(Math.max(claims.exp, nowSeconds + 1)) };
    const body = await this.signedPlaylists.getOrLoad(`${prefix}${playlist}@${sharedUntil}`, () => sign(sharedUntil));
    return { body };
  }

  /** The storyboard WebVTT with its sprite reference signed (the `#xywh=` fragment stays). */
  async storyboard({ videoId, token }: PlaybackRequest): Promise<PlaylistResponse> {
    const { claims } = await this.authorize(videoId, token);
    const images = this.storage.key(`assets/${videoId}/${claims.a}/images/`);
    const now = this.clock.now();
    const ttl = Math.max(1, Math.min(this.config.PLAYBACK_TOKEN_TTL_SECONDS, claims.exp - Math.floor(now.getTime() / 1000)));
    const sprite = await this.storage.presignGet(`${images}storyboard.jpg`, ttl, now);
    const text = await this.texts.read(`${images}storyboard.vtt`);
    return { body: text.split('\n').map((line) => (line.startsWith('storyboard.jpg#') ? `${sprite}${line.slice('storyboard.jpg'.length)}` : line)).join('\n') };
  }

  async key({ videoId, token }: PlaybackRequest): Promise<KeyResponse> {
    const { video } = await this.authorize(videoId, token);
    if (!video.drm || !video.aesKey) throw DomainError.notFound('The key');
    return { keyBase64: video.aesKey };
  }

  private async authorize(videoId: string, token: string): Promise<{ video: VideoDocument; claims: PlaybackClaims }> {
    const claims = this.tokens.verify(token, videoId, this.clock.now());
    const video = await this.recentVideos.get(videoId, () => this.videos.findById(videoId));
    // A replaced or deleted asset invalidates its tokens.
    if (!video || video.status !== 'ready' || video.assetId !== claims.a) {
      throw new DomainError(ErrorCodes.MediaPlaybackTokenInvalid, 401, 'The playback token is no longer valid for this video.');
    }
    return { video, claims };
  }

  private checkGeo(video: VideoDocument, country: string | undefined): void {
    const blocked = () => new DomainError(ErrorCodes.MediaGeoBlocked, 403, 'The video is not available in your country.');
    if (country && video.geoDeny.includes(country)) throw blocked();
    // With an allow list, an unknown country is refused: fail closed.
    if (video.geoAllow.length > 0 && (!country || !video.geoAllow.includes(country))) throw blocked();
  }
}

/** A rendition's quality as plans count it ("720p"): its short side, so a portrait video's 720×1280 is 720p. */
function qualityOf(rendition: { width: number; height: number }): number {
  return Math.min(rendition.width, rendition.height);
}

/**
 * The height cap to put in the token: the plan's; when every rendition is above it, the lowest
 * rendition still plays (the plan allows watching, only not at those qualities).
 */
function cappedHeight(video: VideoDocument, maxHeight: number | undefined): number | undefined {
  if (maxHeight === undefined) return undefined;
  const heights = video.renditions.map(qualityOf);
  return heights.length === 0 || heights.some((h) => h <= maxHeight) ? maxHeight : Math.min(...heights);
}
