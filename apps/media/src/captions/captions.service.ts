import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  Clock,
  DomainError,
  ErrorCodes,
  MediaVideoUpdated,
  outboxEvent,
  type CaptionFileResponse,
  type CaptionListResponse,
  type CaptionRef,
  type CaptionResponse,
  type PutCaptionRequest,
  type VideoCaptionsRequest,
  type VideoUpdatedEvent,
} from '@onstream/common';
import type { Video, VideoCaption, VideoDocument } from '@onstream/common/schemas/video.schema.js';
import type { UpdateQuery } from 'mongoose';
import { MediaOutbox } from '../events/media-outbox.js';
import { MediaConfig } from '../media.config.js';
import { ViewerRules } from '../playback/viewer-rules.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { VideosRepository } from '../videos/videos.repository.js';
import { canonicalLanguage, defaultLabel, managesCaptions, requireCaptionManager } from './caption-access.js';
import { toCaptionList, toCaptionResponse } from './caption.mapper.js';
import { normaliseCaption } from './caption-normaliser.js';

/** Caption tracks of a video: one per language, the normalised WebVTT in S3 beside the asset, the list on the video. */
@Injectable()
export class CaptionsService {
  private readonly logger = new Logger(CaptionsService.name);

  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly videos: VideosRepository,
    private readonly storage: ObjectStorage,
    private readonly viewerRules: ViewerRules,
    private readonly outbox: MediaOutbox,
    private readonly clock: Clock,
  ) {}

  /** Adds or replaces the language's track: checked, normalised to WebVTT, stored, listed. */
  async put({ actor, videoId, language: tag, format, text, settings }: PutCaptionRequest): Promise<CaptionResponse> {
    const video = requireCaptionManager(actor, await this.videos.findById(videoId));
    const language = canonicalLanguage(tag);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > this.config.CAPTION_MAX_BYTES) {
      throw new DomainError(ErrorCodes.MediaCaptionTooLarge, 413, `Caption files may be at most ${this.config.CAPTION_MAX_BYTES} bytes.`, { maxBytes: this.config.CAPTION_MAX_BYTES, bytes });
    }
    if (video.status !== 'ready' || video.durationSeconds === undefined) {
      throw new DomainError(ErrorCodes.MediaNotReady, 409, 'Captions can be added once the video is ready (its duration is known).');
    }
    const caption = normaliseCaption(text, format, video.durationSeconds);
    const objectKey = this.storage.key(`assets/${videoId}/captions/${language}-${randomUUID()}.vtt`);
    await this.storage.putBuffer(objectKey, Buffer.from(caption.vtt, 'utf8'));
    const entry: VideoCaption = {
      language,
      kind: settings.kind ?? 'subtitles',
      label: settings.label ?? defaultLabel(language),
      default: settings.default ?? false,
      forced: settings.forced ?? false,
      objectKey,
      cues: caption.cues.length,
      lastCueEndSeconds: caption.lastCueEndSeconds,
      bytes: Buffer.byteLength(caption.vtt, 'utf8'),
      updatedAt: this.clock.now(),
    };
    const { before } = await this.write(actor, video, (tracks) => [...tracks.filter((t) => !sameLanguage(t.language, language)).map((t) => (entry.default ? { ...t, default: false } : t)), entry]).catch(async (error: unknown) => {
      await this.storage.deleteKeys([objectKey]);
      throw error;
    });
    await this.removeObjects(before.filter((t) => sameLanguage(t.language, language)));
    return toCaptionResponse(entry);
  }

  /** Owners and staff see every track and those dropped at a replacement; viewers who may play the video see its tracks. */
  async list({ actor, videoId }: VideoCaptionsRequest): Promise<CaptionListResponse> {
    const video = await this.videos.findById(videoId);
    if (video && managesCaptions(actor, video)) return toCaptionList(video, true);
    if (!video || video.visibility === 'private' || video.moderationHidden === true || video.status !== 'ready') throw DomainError.notFound('The video');
    if (video.visibility === 'scheduled' && (!video.publishAt || video.publishAt > this.clock.now())) {
      throw new DomainError(ErrorCodes.MediaNotYetPublished, 403, 'The video is not published yet.', { publishAt: video.publishAt?.toISOString() });
    }
    await this.viewerRules.requireAllowed(actor, video);
    return toCaptionList(video, false);
  }

  /** The stored (normalised) WebVTT of one track. */
  async get({ actor, videoId, language }: CaptionRef): Promise<CaptionFileResponse> {
    const video = requireCaptionManager(actor, await this.videos.findById(videoId));
    const track = requireTrack(video, language);
    return { body: await this.storage.readText(track.objectKey) };
  }

  async remove({ actor, videoId, language }: CaptionRef): Promise<CaptionListResponse> {
    const video = requireCaptionManager(actor, await this.videos.findById(videoId));
    const track = requireTrack(video, language);
    const { after } = await this.write(actor, video, (tracks) => tracks.filter((t) => !sameLanguage(t.language, track.language)));
    await this.removeObjects([track]);
    return toCaptionList(after, true);
  }

  /**
   * Writes the new track list pinned to the video as read (asset and update time), with a
   * media.video.updated for catalog once the video is ready; a concurrent change reads again.
   */
  private async write(actor: PutCaptionRequest['actor'], read: VideoDocument, change: (tracks: VideoCaption[]) => VideoCaption[]): Promise<{ before: VideoCaption[]; after: VideoDocument }> {
    let video: VideoDocument | null = read;
    for (let attempt = 0; video && attempt < 5; attempt += 1) {
      const before = plainTracks(video);
      const captions = change(before);
      if (!video.assetId) throw new DomainError(ErrorCodes.MediaNotReady, 409, 'The video has no content yet.');
      const events = video.status === 'ready' ? [outboxEvent(MediaVideoUpdated, updatedEvent(video, video.assetId, captions), `video-updated-${String(video._id)}-${randomUUID()}`)] : [];
      const after = await this.videos.updateAssetAsRead(String(video._id), video.assetId, video.updatedAt, { $set: { captions } } as UpdateQuery<Video>, events);
      if (after) {
        this.outbox.kick();
        return { before, after };
      }
      video = await this.videos.findById(String(video._id));
      if (video) requireCaptionManager(actor, video);
    }
    if (video) throw new DomainError(ErrorCodes.Conflict, 409, 'The video changed while its captions were written; try again.');
    throw DomainError.notFound('The video');
  }

  /** Old files go after the list stopped naming them; one left behind is removed with the video. */
  private async removeObjects(tracks: VideoCaption[]): Promise<void> {
    if (tracks.length === 0) return;
    await this.storage.deleteKeys(tracks.map((t) => t.objectKey)).catch((error: unknown) => {
      this.logger.warn({ msg: 'caption object not removed', keys: tracks.map((t) => t.objectKey), err: String(error) });
    });
  }
}

function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function findTrack(video: Pick<Video, 'captions'>, language: string): VideoCaption | undefined {
  return (video.captions ?? []).find((t) => sameLanguage(t.language, language));
}

function requireTrack(video: VideoDocument, language: string): VideoCaption {
  const track = findTrack(video, language);
  if (!track) throw DomainError.notFound('The caption track');
  return track;
}

/** Subdocuments as plain objects, so a changed list is written whole. */
function plainTracks(video: VideoDocument): VideoCaption[] {
  return (video.captions ?? []).map((t) => ({
    language: t.language, kind: t.kind, label: t.label, default: t.default, forced: t.forced,
    objectKey: t.objectKey, cues: t.cues, lastCueEndSeconds: t.lastCueEndSeconds, bytes: t.bytes, updatedAt: t.updatedAt,
  }));
}

/** What catalog follows: the metadata as stored and the caption languages after this write. */
function updatedEvent(video: VideoDocument, assetId: string, captions: VideoCaption[]): VideoUpdatedEvent {
  return {
    videoId: String(video._id),
    ownerId: video.ownerId,
    assetId,
    durationSeconds: video.durationSeconds ?? 0,
    video: {
      title: video.title, description: video.description, category: video.category, tags: video.tags, language: video.language, visibility: video.visibility,
      maturityLevel: video.maturityLevel ?? '18+',
      captionLanguages: captions.map((t) => t.language),
    },
  };
}
