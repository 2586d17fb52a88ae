import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCodes,
  JetStreamBus,
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
} from '@onstream/common';
import type { Video } from '@onstream/common/schemas/video.schema.js';
import type { UpdateQuery } from 'mongoose';
import { Clock } from '../clock/clock.js';
import { JobQueue } from '../transcode/job-queue.js';
import { isStaff, requireCreator, requireOwnerOrAdmin } from './video-access.js';
import { toVideoResponse } from './video.mapper.js';
import { VideosRepository } from './videos.repository.js';

@Injectable()
export class VideosService {
  constructor(
    private readonly videos: VideosRepository,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly bus: JetStreamBus,
  ) {}

  async create({ actor, video }: CreateVideoRequest): Promise<VideoResponse> {
    requireCreator(actor);
    const created = await this.videos.create({
      ownerId: actor.userId,
      ...this.toFields(video),
      drm: video.drm ?? false,
      maturityLevel: video.maturityLevel ?? '18+',
    } as Parameters<VideosRepository['create']>[0]);
    // Analytics learns the owner from it (creators' reports); one event id per video.
    const videoId = String(created._id);
    await this.bus.publish<MediaVideoCreatedEvent>(MediaVideoCreated, { videoId, creatorId: created.ownerId }, `video-created-${videoId}`);
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
    if (changes.drm !== undefined && changes.drm !== video.drm && video.status !== 'awaiting_upload') {
      throw new DomainError(ErrorCodes.Conflict, 409, 'DRM can only change before the video is uploaded; replace the upload to change it.');
    }
    const visibility = changes.visibility ?? video.visibility;
    if (visibility === 'scheduled' && !changes.publishAt && !video.publishAt) {
      throw DomainError.validation([{ field: 'publishAt', message: 'publishAt is required when visibility is scheduled' }]);
    }
    const updated = requireOwnerOrAdmin(actor, await this.videos.update(id, { $set: this.toFields(changes) } as UpdateQuery<Video>));
    // Before ready, media.asset.ready carries the metadata; after, each change is its own event.
    if (updated.status === 'ready' && updated.assetId) {
      const event: VideoUpdatedEvent = {
        videoId: id,
        ownerId: updated.ownerId,
        assetId: updated.assetId,
        durationSeconds: updated.durationSeconds ?? 0,
        video: { title: updated.title, description: updated.description, category: updated.category, tags: updated.tags, language: updated.language, visibility: updated.visibility },
      };
      await this.bus.publish(MediaVideoUpdated, event, `video-updated-${id}-${updated.updatedAt.getTime()}`);
    }
    return toVideoResponse(updated);
  }

  /** Hides the video at once; its objects are removed by a cleanup job after the retention period. */
  async remove({ actor, id }: VideoIdRequest): Promise<VideoResponse> {
    requireOwnerOrAdmin(actor, await this.videos.findById(id));
    const deleted = requireOwnerOrAdmin(actor, await this.videos.softDelete(id, this.clock.now()));
    // Catalog drops the video's title; one event id per video, so a repeated delete publishes once.
    await this.bus.publish<VideoDeletedEvent>(MediaVideoDeleted, { videoId: id, ownerId: deleted.ownerId }, `video-deleted-${id}`);
    await this.jobs.scheduleCleanup(id);
    return toVideoResponse(deleted);
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
