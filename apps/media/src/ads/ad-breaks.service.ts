import { Inject, Injectable } from '@nestjs/common';
import { DomainError, PlaybackSessionIds, type AdBreakInfo, type AdTrackingEvent, type StreamAds, type VastRequest, type VmapRequest, type XmlDocumentResponse } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { MediaConfig } from '../media.config.js';
import { AssetTextCache } from '../playback/playback-caches.js';
import { PlaybackAccess } from '../playback/playback-access.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { readVariantPlaylist } from '../transcode/hls-playlists.js';
import { VideosRepository } from '../videos/videos.repository.js';
import { adConfigOf } from './ad-config.rules.js';
import { buildEmptyVast, buildVast, buildVmap } from './ad-documents.js';
import { addAdMarkers } from './ad-markers.js';
import { planAdBreaks } from './ad-schedule.js';
import { HouseAdRepository } from './house-ad.repository.js';

/**
 * Ad breaks of ad_supported videos: the schedule (from the creator's adConfig and the asset's
 * segments), the VMAP of a playback, the DATERANGE markers of its media playlists, and the
 * built-in VAST server whose trackers become analytics events.
 */
@Injectable()
export class AdBreaksService {
  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly videos: VideosRepository,
    private readonly storage: ObjectStorage,
    private readonly texts: AssetTextCache,
    private readonly access: PlaybackAccess,
    private readonly sessionIds: PlaybackSessionIds,
    private readonly houseAds: HouseAdRepository,
  ) {}

  /** The stream response's `ads`: absent unless the video is ad_supported. */
  async streamAds(video: VideoDocument, token: string): Promise<StreamAds | undefined> {
    if (video.monetizationModel !== 'ad_supported') return undefined;
    return { vmap: `/api/v1/playback/${String(video._id)}/${token}/ads.vmap`, breaks: await this.breaksOf(video) };
  }

  /** A rendition's media playlist with the breaks marked (unchanged for other videos). */
  markPlaylist(video: VideoDocument, playlistText: string): string {
    if (video.monetizationModel !== 'ad_supported') return playlistText;
    const durations = readVariantPlaylist(playlistText).segments.map((s) => s.durationSeconds);
    return addAdMarkers(playlistText, planAdBreaks(adConfigOf(video), durations), durations, { anchor: anchorOf(video), plannedSeconds: this.config.AD_BREAK_SECONDS });
  }

  /** The VMAP of one playback: each break's AdTagURI names the video, the playback session and the break. */
  async vmap({ actor, videoId, token, apiBase }: VmapRequest): Promise<XmlDocumentResponse> {
    const { video, playbackId } = await this.access.authorize(videoId, token, actor);
    if (video.monetizationModel !== 'ad_supported') throw DomainError.notFound('The ad schedule');
    const sessionId = this.sessionIds.issue(videoId, playbackId);
    const tag = this.config.AD_VAST_TAG_URL || `${trimSlash(apiBase)}/api/v1/ads/vast`;
    return { body: buildVmap(await this.breaksOf(video), (item) => withQuery(tag, { videoId, sessionId, breakId: item.id })) };
  }

  /**
   * VAST for one break of one playback. A session media did not issue for the video, or a video
   * that does not show ads, gets a 404; a break the schedule does not have gets an empty VAST.
   */
  async vast({ videoId, sessionId, breakId, apiBase }: VastRequest): Promise<XmlDocumentResponse> {
    if (!this.sessionIds.verify(sessionId, videoId)) throw DomainError.notFound('The playback session');
    const video = await this.videos.findById(videoId);
    if (!video || video.deletedAt || video.monetizationModel !== 'ad_supported' || video.status !== 'ready') throw DomainError.notFound('The video');
    if (!(await this.breaksOf(video)).some((b) => b.id === breakId)) return { body: buildEmptyVast() };
    const ad = await this.houseAds.houseAd();
    const tracker = (event: AdTrackingEvent) => withQuery(`${trimSlash(apiBase)}/api/v1/ads/track`, { event, videoId, sessionId, breakId });
    return { body: buildVast(ad, `${sessionId}-${breakId}`, tracker) };
  }

  private async breaksOf(video: VideoDocument): Promise<AdBreakInfo[]> {
    const rendition = video.renditions[0];
    if (!rendition || !video.assetId) return [];
    const text = await this.texts.read(this.storage.key(`assets/${String(video._id)}/${video.assetId}/${rendition.name}/index.m3u8`));
    return planAdBreaks(adConfigOf(video), readVariantPlaylist(text).segments.map((s) => s.durationSeconds));
  }
}

/** Media time 0 as a date: the video's creation, to the second (the same in every rendition and fetch). */
function anchorOf(video: VideoDocument): Date {
  return new Date(Math.floor(video.createdAt.getTime() / 1000) * 1000);
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
