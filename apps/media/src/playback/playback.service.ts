import { Inject, Injectable } from '@nestjs/common';
import {
  Clock,
  DomainError,
  ErrorCodes,
  type KeyResponse,
  type PlaybackRequest,
  type PlaylistRequest,
  type PlaylistResponse,
  type SegmentRequest,
  type SegmentResponse,
  type StreamRequest,
  type StreamResponse,
  ownsOrMay,
  PlaybackSessionIds,
} from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { withSubtitleGroup } from '../captions/subtitle-group.js';
import { AdBreaksService } from '../ads/ad-breaks.service.js';
import { MediaConfig } from '../media.config.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { VideosRepository } from '../videos/videos.repository.js';
import { AssetTextCache, BoundedPromiseCache } from './playback-caches.js';
import { EntitlementPolicy, type PlaybackEntitlement } from './entitlement.policy.js';
import { PlaybackAccess } from './playback-access.js';
import type { PlaybackGrant } from './playback-grants.js';
import { filterMaster } from './playlist-rewriter.js';
import { ViewerRules } from './viewer-rules.js';

/**
 * Segment redirects and posters point at object URLs signed at the start of such a window (shared
 * by every request in it); a segment URL stays valid SEGMENT_URL_SECONDS after the window's end.
 */
const SIGNING_WINDOW_SECONDS = 20;
const SEGMENT_URL_SECONDS = 30;

/** Owners and admins always play their own (every rendition, no stream limit). */
const UNLIMITED: PlaybackEntitlement = { allowed: true };

@Injectable()
export class PlaybackService {
  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly videos: VideosRepository,
    private readonly storage: ObjectStorage,
    private readonly texts: AssetTextCache,
    private readonly access: PlaybackAccess,
    private readonly entitlements: EntitlementPolicy,
    private readonly viewerRules: ViewerRules,
    private readonly sessionIds: PlaybackSessionIds,
    private readonly clock: Clock,
    private readonly adBreaks: AdBreaksService,
  ) {}

  private readonly signedUrls = new BoundedPromiseCache<string>(5000);

  /**
   * Visibility, schedule, geo, maturity and parental rules, entitlement (with the plan's quality cap and stream limit), then
   * a playback grant and the URLs that carry it. Owners and admins may always preview.
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
      await this.viewerRules.requireAllowed(actor, video);
      entitlement = await this.entitlements.entitlementOf(actor.userId, video);
      if (!entitlement.allowed) {
        throw new DomainError(ErrorCodes.MediaEntitlementRequired, 403, 'Playing this video needs a subscription or a purchase.', { monetization: video.monetizationModel });
      }
    }
    const maxHeight = cappedHeight(video, entitlement.maxHeight);
    const { token, playbackId, liveUntil } = await this.access.open(
      video,
      {
        videoId,
        assetId: video.assetId,
        userId: actor.userId,
        sessionId: actor.sessionId,
        ...(actor.profileId !== undefined ? { profileId: actor.profileId } : {}),
        privileged,
        ...(maxHeight !== undefined ? { maxHeight } : {}),
        ...(entitlement.maxStreams !== undefined ? { maxStreams: entitlement.maxStreams } : {}),
      },
      now,
    );
    const poster = video.customPoster ? `assets/${videoId}/custom/poster.jpg` : `assets/${videoId}/${video.assetId}/images/poster.jpg`;
    const [posterUrl, ads] = await Promise.all([this.signedInWindow(this.storage.key(poster), this.config.PLAYBACK_TOKEN_TTL_SECONDS), this.adBreaks.streamAds(video, token)]);
    return {
      manifestUrl: `/api/v1/playback/${videoId}/${token}/master.m3u8`,
      expiresAt: liveUntil.toISOString(),
      playbackId,
      playbackSessionId: this.sessionIds.issue(videoId, playbackId),
      encrypted: video.drm,
      posterUrl,
      storyboardUrl: `/api/v1/playback/${videoId}/${token}/storyboard.vtt`,
      renditions: video.renditions.filter((r) => maxHeight === undefined || qualityOf(r) <= maxHeight).map((r) => r.name),
      ...(ads ? { ads } : {}),
    };
  }

  /**
   * Playlists are served as packaged: their URIs are relative (`720p/index.m3u8`, `seg_00001.m4s`,
   * `key.bin`), so under `/playback/{id}/{token}/` they resolve to grant-checked routes and need
   * no rewriting, however long the film. Only the master loses the variants above the quality cap.
   */
  async playlist({ actor, videoId, token, playlist }: PlaylistRequest): Promise<PlaylistResponse> {
    const { video, grant } = await this.access.authorize(videoId, token, actor);
    const prefix = this.storage.key(`assets/${videoId}/${grant.assetId}/`);
    if (playlist === 'master') return { body: withSubtitleGroup(filterMaster(await this.texts.read(`${prefix}master.m3u8`), (name) => playable(video, grant, name)), video.captions ?? []) };
    this.requirePlayable(video, grant, playlist);
    return { body: this.adBreaks.markPlaylist(video, await this.texts.read(`${prefix}${playlist}/index.m3u8`)) };
  }

  /** An init section or segment listed in the rendition's playlist: a short-lived signed object URL to redirect to. */
  async segment({ actor, videoId, token, rendition, file }: SegmentRequest): Promise<SegmentResponse> {
    const { video, grant } = await this.access.authorize(videoId, token, actor);
    this.requirePlayable(video, grant, rendition);
    const folder = this.storage.key(`assets/${videoId}/${grant.assetId}/${rendition}/`);
    if (!(await this.texts.listedFiles(`${folder}index.m3u8`)).has(file)) throw DomainError.notFound('The segment');
    return { url: await this.signedInWindow(`${folder}${file}`, SEGMENT_URL_SECONDS) };
  }

  /**
   * An object URL signed at the start of the current signing window and valid for `seconds` after
   * its end: requests in one window share a signature (signing costs about half a millisecond of
   * CPU) and every URL still has at least `seconds` to be fetched.
   */
  private signedInWindow(key: string, seconds: number): Promise<string> {
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const windowStart = nowSeconds - (nowSeconds % SIGNING_WINDOW_SECONDS);
    return this.signedUrls.getOrLoad(`${key}@${windowStart}@${seconds}`, () =>
      this.storage.presignGet(key, SIGNING_WINDOW_SECONDS + seconds, new Date(windowStart * 1000)),
    );
  }

  /** The storyboard WebVTT with its sprite reference signed (the `#xywh=` fragment stays). */
  async storyboard({ actor, videoId, token }: PlaybackRequest): Promise<PlaylistResponse> {
    const { grant } = await this.access.authorize(videoId, token, actor);
    const images = this.storage.key(`assets/${videoId}/${grant.assetId}/images/`);
    const sprite = await this.storage.presignGet(`${images}storyboard.jpg`, this.config.PLAYBACK_TOKEN_TTL_SECONDS, this.clock.now());
    const text = await this.texts.read(`${images}storyboard.vtt`);
    return { body: text.split('\n').map((line) => (line.startsWith('storyboard.jpg#') ? `${sprite}${line.slice('storyboard.jpg'.length)}` : line)).join('\n') };
  }

  /** The AES-128 key of the asset version the grant was issued for. */
  async key({ actor, videoId, token }: PlaybackRequest): Promise<KeyResponse> {
    const { video } = await this.access.authorize(videoId, token, actor);
    if (!video.drm || !video.aesKey) throw DomainError.notFound('The key');
    return { keyBase64: video.aesKey };
  }

  private requirePlayable(video: VideoDocument, grant: PlaybackGrant, rendition: string): void {
    if (!video.renditions.some((r) => r.name === rendition)) throw DomainError.notFound('The playlist');
    if (!playable(video, grant, rendition)) throw new DomainError(ErrorCodes.MediaQualityNotEntitled, 403, 'Your plan does not include this quality.', { maxHeight: grant.maxHeight });
  }

  private checkGeo(video: VideoDocument, country: string | undefined): void {
    const blocked = () => new DomainError(ErrorCodes.MediaGeoBlocked, 403, 'The video is not available in your country.');
    if (country ? video.geoDeny.includes(country) : video.geoDeny.length > 0 && this.config.GEO_UNKNOWN_COUNTRY === 'deny') throw blocked();
    // With an allow list, an unknown country is always refused: fail closed.
    if (video.geoAllow.length > 0 && (!country || !video.geoAllow.includes(country))) throw blocked();
  }
}

/** A rendition's quality as plans count it ("720p"): its short side, so a portrait video's 720×1280 is 720p. */
function qualityOf(rendition: { width: number; height: number }): number {
  return Math.min(rendition.width, rendition.height);
}

function playable(video: VideoDocument, grant: PlaybackGrant, rendition: string): boolean {
  return video.renditions.some((r) => r.name === rendition && (grant.maxHeight === undefined || qualityOf(r) <= grant.maxHeight));
}

/**
 * The height cap to put in the grant: the plan's; when every rendition is above it, the lowest
 * rendition still plays (the plan allows watching, only not at those qualities).
 */
function cappedHeight(video: VideoDocument, maxHeight: number | undefined): number | undefined {
  if (maxHeight === undefined) return undefined;
  const heights = video.renditions.map(qualityOf);
  return heights.length === 0 || heights.some((h) => h <= maxHeight) ? maxHeight : Math.min(...heights);
}
