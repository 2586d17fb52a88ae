import { Injectable } from '@nestjs/common';
import { DomainError, type SetVideoHiddenRequest, type VideoLookupRequest, type VideoRef, ownsOrMay, requireAccess } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { VideosRepository } from './videos.repository.js';


/** What other services need of a video: whether it exists for a caller, its owner, and the moderation flag. */
@Injectable()
export class VideoModerationService {
  constructor(private readonly videos: VideosRepository) {}

  /** Private and hidden videos exist only for their owner and staff; everyone else gets 404. */
  async lookup({ id, actor }: VideoLookupRequest): Promise<VideoRef> {
    const video = await this.videos.findById(id);
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
