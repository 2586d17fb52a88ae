import type { ServiceHealth } from '../../health/health.types.js';
import type { MaturityLevel } from '../../auth/auth.types.js';
import type { StreamDefinition } from '../../jetstream/jetstream-bus.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type { CaptionFileResponse, CaptionListResponse, CaptionPlaybackRequest, CaptionRef, CaptionResponse, PutCaptionRequest, VideoCaptionsRequest } from './caption.dto.js';
import type { KeyResponse, PlaybackRequest, PlaylistRequest, PlaylistResponse, SegmentRequest, SegmentResponse, StreamRequest, StreamResponse, VmapRequest } from './playback.dto.js';
import type { VastRequest, XmlDocumentResponse } from './ad-config.dto.js';
import type { AuthorizeUploadRequest, AuthorizeUploadResponse, UploadCompletedRequest, UploadCompletedResponse } from './upload.dto.js';
import type { SetVideoHiddenRequest, VideoLookupRequest, VideoRef } from './video-moderation.dto.js';
import type { CreateVideoRequest, ListVideosRequest, UpdateVideoRequest, VideoIdRequest, VideoListResponse, VideoResponse } from './video.dto.js';
import { READ, type PatternPermissions, type PatternPolicies } from '../../nats/pattern-policy.js';

export const MediaPatterns = {
  Health: healthPattern('media'),
  Ping: pingPattern('media'),
  CreateVideo: 'media.video.create',
  GetVideo: 'media.video.get',
  ListVideos: 'media.video.list',
  UpdateVideo: 'media.video.update',
  DeleteVideo: 'media.video.delete',
  AuthorizeUpload: 'media.upload.authorize',
  CompleteUpload: 'media.upload.complete',
  StartStream: 'media.playback.start',
  GetPlaylist: 'media.playback.playlist',
  GetKey: 'media.playback.key',
  GetStoryboard: 'media.playback.storyboard',
  GetSegment: 'media.playback.segment',
  LookupVideo: 'media.video.lookup',
  SetVideoHidden: 'media.video.set-hidden',
  PutCaption: 'media.caption.put',
  ListCaptions: 'media.caption.list',
  GetCaption: 'media.caption.get',
  DeleteCaption: 'media.caption.delete',
  GetCaptionPlaylist: 'media.playback.caption',
  GetVmap: 'media.playback.vmap',
  GetVast: 'media.ads.vast',
} as const;

/** JetStream event types media publishes (under `events.`). */
export const MediaEvents = {
  AssetProgress: 'media.asset.progress',
  AssetReady: 'media.asset.ready',
  AssetFailed: 'media.asset.failed',
} as const;

/** Media's stream of the asset lifecycle; ensured by media (publisher) and catalog (consumer) alike. */
export const MEDIA_STREAM: StreamDefinition = { name: 'MEDIA', types: ['media.asset.>'] };

/** Published on MEDIA_VIDEO_STREAM (`media.video.>`) when a creator or admin deletes a video. */
export const MediaVideoDeleted = 'media.video.deleted';

export interface VideoDeletedEvent {
  videoId: string;
  ownerId: string;
}

/**
 * Published on MEDIA_VIDEO_STREAM when the metadata or visibility of a ready video changes; catalog
 * follows (a video no longer public leaves its lists and search). Event id: video id + update time.
 */
export const MediaVideoUpdated = 'media.video.updated';

export interface VideoUpdatedEvent {
  videoId: string;
  ownerId: string;
  assetId: string;
  durationSeconds: number;
  video: NonNullable<AssetReadyEvent['video']>;
}

export interface AssetReadyEvent {
  videoId: string;
  assetId: string;
  ownerId: string;
  durationSeconds: number;
  renditions: Array<{ name: string; width: number; height: number; bandwidth: number }>;
  posterKey: string;
  /** The video's metadata at the time it became ready (catalog lists public videos as titles). */
  video?: {
    title: string;
    description?: string;
    category: string;
    tags: string[];
    language: string;
    visibility: string;
    /** The creator's rating (absent in events from before ratings: 18+). */
    maturityLevel?: MaturityLevel;
    /** BCP 47 tags of its caption tracks (absent in events from before captions). */
    captionLanguages?: string[];
  };
}

export interface AssetFailedEvent {
  videoId: string;
  assetId: string;
  reason: string;
}

export interface AssetProgressEvent {
  videoId: string;
  assetId: string;
  stage: string;
  percent: number;
}

export type MediaContract = {
  [MediaPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [MediaPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
  [MediaPatterns.CreateVideo]: { request: CreateVideoRequest; response: VideoResponse };
  [MediaPatterns.GetVideo]: { request: VideoIdRequest; response: VideoResponse };
  [MediaPatterns.ListVideos]: { request: ListVideosRequest; response: VideoListResponse };
  [MediaPatterns.UpdateVideo]: { request: UpdateVideoRequest; response: VideoResponse };
  [MediaPatterns.DeleteVideo]: { request: VideoIdRequest; response: VideoResponse };
  [MediaPatterns.AuthorizeUpload]: { request: AuthorizeUploadRequest; response: AuthorizeUploadResponse };
  [MediaPatterns.CompleteUpload]: { request: UploadCompletedRequest; response: UploadCompletedResponse };
  [MediaPatterns.StartStream]: { request: StreamRequest; response: StreamResponse };
  [MediaPatterns.GetPlaylist]: { request: PlaylistRequest; response: PlaylistResponse };
  [MediaPatterns.GetKey]: { request: PlaybackRequest; response: KeyResponse };
  [MediaPatterns.GetStoryboard]: { request: PlaybackRequest; response: PlaylistResponse };
  [MediaPatterns.GetSegment]: { request: SegmentRequest; response: SegmentResponse };
  [MediaPatterns.LookupVideo]: { request: VideoLookupRequest; response: VideoRef };
  [MediaPatterns.SetVideoHidden]: { request: SetVideoHiddenRequest; response: VideoRef };
  [MediaPatterns.PutCaption]: { request: PutCaptionRequest; response: CaptionResponse };
  [MediaPatterns.ListCaptions]: { request: VideoCaptionsRequest; response: CaptionListResponse };
  [MediaPatterns.GetCaption]: { request: CaptionRef; response: CaptionFileResponse };
  [MediaPatterns.DeleteCaption]: { request: CaptionRef; response: CaptionListResponse };
  [MediaPatterns.GetCaptionPlaylist]: { request: CaptionPlaybackRequest; response: PlaylistResponse };
  [MediaPatterns.GetVmap]: { request: VmapRequest; response: XmlDocumentResponse };
  [MediaPatterns.GetVast]: { request: VastRequest; response: XmlDocumentResponse };
};

/** Reads are retried when a try gets no answer; some patterns have their own deadline. */
export const MediaPatternPolicies: PatternPolicies<MediaContract> = {
  [MediaPatterns.Health]: READ,
  [MediaPatterns.Ping]: READ,
  [MediaPatterns.GetVideo]: READ,
  [MediaPatterns.ListVideos]: READ,
  [MediaPatterns.GetPlaylist]: READ,
  [MediaPatterns.GetKey]: READ,
  [MediaPatterns.GetStoryboard]: READ,
  [MediaPatterns.GetSegment]: READ,
  [MediaPatterns.LookupVideo]: READ,
  [MediaPatterns.ListCaptions]: READ,
  [MediaPatterns.GetCaption]: READ,
  [MediaPatterns.GetCaptionPlaylist]: READ,
  [MediaPatterns.GetVmap]: READ,
  [MediaPatterns.GetVast]: READ,
  // ffprobe reads the uploaded object from S3 before answering.
  [MediaPatterns.CompleteUpload]: { timeoutMs: 30_000 },
};

/** The permission each pattern needs, checked by the service's AccessGuard before the handler runs. */
export const MediaPatternPermissions: PatternPermissions<MediaContract> = {
  [MediaPatterns.Health]: 'internal',
  [MediaPatterns.Ping]: 'internal',
  [MediaPatterns.LookupVideo]: 'internal',
  [MediaPatterns.CreateVideo]: 'media.video.write',
  [MediaPatterns.GetVideo]: 'media.video.write',
  [MediaPatterns.ListVideos]: 'media.video.write',
  [MediaPatterns.UpdateVideo]: 'media.video.write',
  [MediaPatterns.DeleteVideo]: 'media.video.write',
  [MediaPatterns.AuthorizeUpload]: 'media.video.write',
  [MediaPatterns.CompleteUpload]: 'media.video.write',
  [MediaPatterns.StartStream]: 'playback',
  [MediaPatterns.GetPlaylist]: 'playback',
  [MediaPatterns.GetSegment]: 'playback',
  [MediaPatterns.GetKey]: 'playback',
  [MediaPatterns.GetStoryboard]: 'playback',
  [MediaPatterns.SetVideoHidden]: 'moderation.resolve',
  [MediaPatterns.PutCaption]: 'media.captions.write',
  [MediaPatterns.GetCaption]: 'media.captions.write',
  [MediaPatterns.DeleteCaption]: 'media.captions.write',
  // Viewers who may play the video may list its tracks; the service checks that, owners and staff always.
  [MediaPatterns.ListCaptions]: 'playback',
  [MediaPatterns.GetCaptionPlaylist]: 'playback',
  [MediaPatterns.GetVmap]: 'playback',
  // Ad servers are fetched by players' ad SDKs without credentials; the session id binds it to a playback.
  [MediaPatterns.GetVast]: 'public',
};
