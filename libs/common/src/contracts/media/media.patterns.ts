import type { ServiceHealth } from '../../health/health.types.js';
import type { StreamDefinition } from '../../jetstream/jetstream-bus.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type { KeyResponse, PlaybackRequest, PlaylistRequest, PlaylistResponse, StreamRequest, StreamResponse } from './playback.dto.js';
import type { AuthorizeUploadRequest, AuthorizeUploadResponse, UploadCompletedRequest, UploadCompletedResponse } from './upload.dto.js';
import type { CreateVideoRequest, ListVideosRequest, UpdateVideoRequest, VideoIdRequest, VideoListResponse, VideoResponse } from './video.dto.js';

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
} as const;

/** JetStream event types media publishes (under `events.`). */
export const MediaEvents = {
  AssetProgress: 'media.asset.progress',
  AssetReady: 'media.asset.ready',
  AssetFailed: 'media.asset.failed',
} as const;

/** Stream of the asset lifecycle: ensured by media (publisher) and its consumers; the definitions must match. */
export const MEDIA_STREAM: StreamDefinition = { name: 'MEDIA', types: ['media.asset.>'] };

export interface AssetReadyEvent {
  videoId: string;
  assetId: string;
  ownerId: string;
  /** The video's title when the asset became ready (for notifications); absent in older events. */
  title?: string;
  durationSeconds: number;
  renditions: Array<{ name: string; width: number; height: number; bandwidth: number }>;
  posterKey: string;
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
};
