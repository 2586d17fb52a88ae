import { Injectable } from '@nestjs/common';
import { DomainError, FreshReads, type SetVideoHiddenRequest, type VideoLookupRequest, type VideoRef, ownsOrMay, requireAccess } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { MediaConfig } from '../media.config.js';
import { VideosRepository } from './videos.repository.js';

/** What other services need of a video: whether it exists for a caller, its owner, and the moderation flag. */
@Injectable()
export class VideoModerationService {
  /**
   * Engagement looks the video up for every like and comment: a burst on one video shares a read
   * that started after each caller asked (so a visibility change before the call is always seen).
   */
  private readonly lookups: FreshReads<VideoDocument | null>;

  constructor(
    private readonly videos: VideosRepository,
    config: MediaConfig,
  ) {
    this.lookups = new FreshReads((id) => videos.findById(id), config.NATS_REQUEST_TIMEOUT_MS);
  }

  /** Private and hidden videos exist only for their owner and staff; everyone else gets 404. */
  async lookup({ id, actor }: VideoLookupRequest): Promise<VideoRef> {
    const video = await this.lookups.get(id);
    const privileged = video !== null && ownsOrMay(actor, video.ownerId, 'moderation.resolve');
    if (!video || ((video.visibility === 'private' || video.moderationHidden === true) && !privileged)) throw DomainError.notFound('The video');
    return toVideoRef(video);
  }

  async setHidden({ actor, id, hidden }: SetVideoHiddenRequest): Promise<VideoRef> {
    requireAccess(actor, 'moderation.resolve');
    const video = await this.videos.setModerationHidden(id, hidden);
    if (!video) throw DomainError.notFound('The video');
    return toVideoRef(video);
  }
}

function toVideoRef(video: VideoDocument): VideoRef {
  return { id: String(video._id), ownerId: video.ownerId, hidden: video.moderationHidden === true };
}
