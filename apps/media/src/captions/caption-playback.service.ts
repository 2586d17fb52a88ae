import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type CaptionPlaybackRequest, type PlaylistResponse } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import HLS from 'hls-parser';
import type { WebVttCue } from 'webvtt-parser';
import { PlaybackAccess } from '../playback/playback-access.js';
import { AssetTextCache, BoundedPromiseCache } from '../playback/playback-caches.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { VideosRepository } from '../videos/videos.repository.js';
import { captionMediaPlaylist, captionSegment, captionSegmentIndex, timelineOf, type TimelineSegment } from './caption-segmenter.js';
import { findTrack } from './captions.service.js';
import { MediaStartProbe } from './media-start.probe.js';
import { webVttParser } from './webvtt.js';

interface ParsedTrack {
  cues: WebVttCue[];
  styles: string[];
}

/**
 * A caption track under a playback grant: its media playlist (one WebVTT segment per video segment)
 * and the segments, checked with the same grant as the video's playlists (ADR 0013).
 */
@Injectable()
export class CaptionPlaybackService {
  /** Parsed tracks by object key: a replaced track has a new key, so entries never go stale. */
  private readonly tracks = new BoundedPromiseCache<ParsedTrack>(500);
  private readonly mediaStarts = new BoundedPromiseCache<number>(2000);

  constructor(
    private readonly access: PlaybackAccess,
    private readonly texts: AssetTextCache,
    private readonly storage: ObjectStorage,
    private readonly videos: VideosRepository,
    private readonly probe: MediaStartProbe,
  ) {}

  async file({ actor, videoId, token, language, file }: CaptionPlaybackRequest): Promise<PlaylistResponse> {
    const { video, grant } = await this.access.authorize(videoId, token, actor);
    const track = findTrack(video, language);
    if (!track) throw DomainError.notFound('The caption track');
    const prefix = this.storage.key(`assets/${videoId}/${grant.assetId}/`);
    const timeline = await this.timeline(video, prefix);
    if (file === 'index.m3u8') return { body: captionMediaPlaylist(timeline) };
    const index = captionSegmentIndex(file);
    if (index < 0 || index >= timeline.length) throw DomainError.notFound('The segment');
    const [parsed, mediaStart] = await Promise.all([
      this.tracks.getOrLoad(track.objectKey, async () => webVttParser().parse(await this.storage.readText(track.objectKey))),
      this.mediaStart(video, grant.assetId, prefix),
    ]);
    return { body: captionSegment(parsed.cues, parsed.styles, timeline[index], mediaStart) };
  }

  /** The video's segments (every rendition has the same boundaries: the ladder forces keyframes there). */
  private async timeline(video: VideoDocument, prefix: string): Promise<TimelineSegment[]> {
    return timelineOf(this.mediaPlaylist(await this.texts.read(`${prefix}${firstRendition(video)}/index.m3u8`)).segments.map((s) => s.duration));
  }

  private mediaPlaylist(text: string): HLS.types.MediaPlaylist {
    const playlist = HLS.parse(text);
    if (playlist.isMasterPlaylist) throw new Error('expected a media playlist');
    return playlist;
  }

  /**
   * Measured when the asset was packaged; an asset from before that is measured once from its first
   * segment here and the figure kept on the video. Its encrypted files (DRM) cannot be read here.
   */
  private mediaStart(video: VideoDocument, assetId: string, prefix: string): Promise<number> {
    if (video.captionTimeBase?.assetId === assetId) return Promise.resolve(video.captionTimeBase.mpegts);
    return this.mediaStarts.getOrLoad(assetId, async () => {
      if (video.drm) throw new DomainError(ErrorCodes.MediaNotReady, 409, 'Captions of this encrypted video play once it is uploaded again.');
      const folder = `${prefix}${firstRendition(video)}/`;
      const playlist = this.mediaPlaylist(await this.texts.read(`${folder}index.m3u8`));
      const first = playlist.segments[0];
      if (!first) throw new Error(`no segments in ${folder}index.m3u8`);
      const head = await Promise.all([...(first.map ? [first.map.uri] : []), first.uri].map((uri) => this.storage.readBuffer(`${folder}${uri}`)));
      const mpegts = await this.probe.measure(head);
      await this.videos.updateAsset(String(video._id), assetId, { $set: { captionTimeBase: { assetId, mpegts } } });
      return mpegts;
    });
  }
}

function firstRendition(video: VideoDocument): string {
  const rendition = video.renditions[0];
  if (!rendition) throw DomainError.notFound('The playlist');
  return rendition.name;
}
