import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  Clock,
  DomainError,
  ErrorCodes,
  MediaVideoCreated,
  MediaVideoDeleted,
  MediaVideoUpdated,
  type MediaVideoCreatedEvent,
  type VideoDeletedEvent,
  type VideoUpdatedEvent,
  type CreateVideoRequest,
  type ListVideosRequest,
  type UpdateVideoRequest,
  type VideoChanges,
  type VideoIdRequest,
  type VideoListResponse,
  type VideoResponse,
  outboxEvent,
} from '@onstream/common';
import type { Video, VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { Types, type UpdateQuery } from 'mongoose';
import { MediaOutbox } from '../events/media-outbox.js';
import { JobQueue } from '../transcode/job-queue.js';
import { checkAdConfig, toStoredAdConfig } from '../ads/ad-config.rules.js';
import { isStaff, requireCreator, requireOwnerOrAdmin } from './video-access.js';
import { toVideoResponse } from './video.mapper.js';
import { VideosRepository } from './videos.repository.js';

function pickMetadata(video: Pick<Video, 'title' | 'description' | 'category' | 'tags' | 'language' | 'visibility'>): VideoUpdatedEvent['video'] {
  return { title: video.title, description: video.description, category: video.category, tags: video.tags, language: video.language, visibility: video.visibility };
}

@Injectable()
export class VideosService {
  constructor(
    private readonly videos: VideosRepository,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly outbox: MediaOutbox,
  ) {}

  async create({ actor, video }: CreateVideoRequest): Promise<VideoResponse> {
    requireCreator(actor);
    checkAdConfig(video.monetization, undefined);
    const _id = new Types.ObjectId();
    const videoId = String(_id);
    // Analytics learns the owner from it (creators' reports); one event id per video, stored with the video.
    const event: MediaVideoCreatedEvent = { videoId, creatorId: actor.userId };
    const created = await this.videos.create(
      { _id, ownerId: actor.userId, ...this.toFields(video), drm: video.drm ?? false, maturityLevel: video.maturityLevel ?? '18+' } as Parameters<VideosRepository['create']>[0],
      [outboxEvent(MediaVideoCreated, event, `video-created-${videoId}`)],
    );
    this.outbox.kick();
    return toVideoResponse(created);
  }

  async get({ actor, id }: VideoIdRequest): Promise<VideoResponse> {
    return toVideoResponse(requireOwnerOrAdmin(actor, await this.videos.findById(id)));
  }

  async list({ actor, page, limit }: ListVideosRequest): Promise<VideoListResponse> {
    requireCreator(actor);
    const result = await this.videos.page(isStaff(actor) ? undefined : actor.userId, page, limit);
    return { items: result.items.map(toVideoResponse), page, limit, total: result.total };
  }

  async update({ actor, id, changes }: UpdateVideoRequest): Promise<VideoResponse> {
    const video = requireOwnerOrAdmin(actor, await this.videos.findById(id));
    if (changes.monetization) checkAdConfig(changes.monetization, video.durationSeconds);
    if (changes.drm !== undefined && changes.drm !== video.drm && video.status !== 'awaiting_upload') {
      throw new DomainError(ErrorCodes.Conflict, 409, 'DRM can only change before the video is uploaded; replace the upload to change it.');
    }
    const visibility = changes.visibility ?? video.visibility;
    if (visibility === 'scheduled' && !changes.publishAt && !video.publishAt) {
      throw DomainError.validation([{ field: 'publishAt', message: 'publishAt is required when visibility is scheduled' }]);
    }
    const updated = requireOwnerOrAdmin(actor, await this.applyChanges(video, changes));
    this.outbox.kick();
    return toVideoResponse(updated);
  }

  /** Hides the video at once; its objects are removed by a cleanup job after the retention period. */
  async remove({ actor, id }: VideoIdRequest): Promise<VideoResponse> {
    requireOwnerOrAdmin(actor, await this.videos.findById(id));
    const video = requireOwnerOrAdmin(actor, await this.videos.findById(id));
    // Catalog drops the video's title; one event id per video, so a repeated delete publishes once.
    const event: VideoDeletedEvent = { videoId: id, ownerId: video.ownerId };
    const deleted = requireOwnerOrAdmin(actor, await this.videos.softDelete(id, this.clock.now(), [outboxEvent(MediaVideoDeleted, event, `video-deleted-${id}`)]));
    this.outbox.kick();
    await this.jobs.scheduleCleanup(id);
    return toVideoResponse(deleted);
  }

  /**
   * Writes the changes with their event, decided by the status read: once ready, each change is a
   * media.video.updated (before, media.asset.ready carries the metadata). A write that finds the
   * status moved (the transcode finished meanwhile) reads again and decides again.
   */
  private async applyChanges(read: VideoDocument, changes: VideoChanges): Promise<VideoDocument | null> {
    let video: VideoDocument | null = read;
    for (let attempt = 0; video && attempt < 5; attempt += 1) {
      const fields = this.toFields(changes);
      const events =
        video.status === 'ready' && video.assetId
          ? [outboxEvent(MediaVideoUpdated, this.updatedEvent(video, fields, video.assetId), `video-updated-${String(video._id)}-${randomUUID()}`)]
          : [];
      const keep = await this.outbox.trim('videos', video.outbox);
      const trim = keep.length < (video.outbox?.length ?? 0) ? { read: video, keep } : undefined;
      const updated = await this.videos.updateIn(String(video._id), video.status, { $set: fields } as UpdateQuery<Video>, events, trim);
      if (updated) return updated;
      video = await this.videos.findById(String(video._id));
    }
    if (video) throw new DomainError(ErrorCodes.Conflict, 409, 'The video changed while it was updated; try again.');
    return null;
  }

  private updatedEvent(video: VideoDocument, fields: Partial<Video>, assetId: string): VideoUpdatedEvent {
    const next = { ...pickMetadata(video), ...fields } as Video;
    return {
      videoId: String(video._id),
      ownerId: video.ownerId,
      assetId,
      durationSeconds: video.durationSeconds ?? 0,
      video: pickMetadata(next),
    };
  }

  private toFields(fields: VideoChanges): Partial<Video> {
    const out: Partial<Video> = {};
    if (fields.title !== undefined) out.title = fields.title;
    if (fields.description !== undefined) out.description = fields.description;
    if (fields.category !== undefined) out.category = fields.category;
    if (fields.tags !== undefined) out.tags = fields.tags;
    if (fields.language !== undefined) out.language = fields.language;
    if (fields.visibility !== undefined) out.visibility = fields.visibility;
    if (fields.publishAt !== undefined) out.publishAt = new Date(fields.publishAt);
    if (fields.monetization !== undefined) {
      out.monetizationModel = fields.monetization.model;
      out.priceMinor = fields.monetization.priceMinor;
      out.currency = fields.monetization.currency;
      out.adConfig = toStoredAdConfig(fields.monetization);
    }
    if (fields.geo !== undefined) {
      out.geoAllow = fields.geo.allow;
      out.geoDeny = fields.geo.deny;
    }
    if (fields.drm !== undefined) out.drm = fields.drm;
    if (fields.maturityLevel !== undefined) out.maturityLevel = fields.maturityLevel;
    return out;
  }
}
