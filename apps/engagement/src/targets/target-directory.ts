import { Injectable } from '@nestjs/common';
import { CatalogClient, CatalogPatterns, DomainError, ErrorCodes, MediaClient, MediaPatterns, type AuthUser } from '@onstream/common';

export type ModeratedTargetType = 'video' | 'title';

export interface TargetInfo {
  /** The video's creator; titles have no owner among users. */
  ownerId: string | null;
  hidden: boolean;
}

/**
 * Engagement stores only ids; whether a video or title exists, who owns it and whether it is
 * hidden is asked of the service that owns it (media, catalog) over NATS, each time.
 */
@Injectable()
export class TargetDirectory {
  constructor(
    private readonly media: MediaClient,
    private readonly catalog: CatalogClient,
  ) {}

  /** The target as this caller may see it; 404 when it does not exist for them (unknown, private, hidden, above their maturity). */
  async resolve(targetType: ModeratedTargetType, targetId: string, actor?: AuthUser): Promise<TargetInfo> {
    try {
      if (targetType === 'video') {
        const video = await this.media.send(MediaPatterns.LookupVideo, { id: targetId, ...(actor && { actor }) });
        return { ownerId: video.ownerId, hidden: video.hidden };
      }
      const title = await this.catalog.send(CatalogPatterns.LookupTitle, { id: targetId, ...(actor && { actor }) });
      return { ownerId: null, hidden: title.hidden };
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) throw targetNotFound(targetType);
      throw error;
    }
  }

  /** The owner of a video when this caller can see it, else null (never throws 404). */
  async videoOwnerFor(videoId: string, actor: AuthUser): Promise<string | null> {
    try {
      return (await this.resolve('video', videoId, actor)).ownerId;
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) return null;
      throw error;
    }
  }

  /** Sets the owning service's moderation flag on behalf of a staff member. */
  async setHidden(targetType: ModeratedTargetType, targetId: string, hidden: boolean, actor: AuthUser): Promise<void> {
    try {
      if (targetType === 'video') await this.media.send(MediaPatterns.SetVideoHidden, { actor, id: targetId, hidden });
      else await this.catalog.send(CatalogPatterns.SetTitleHidden, { actor, id: targetId, hidden });
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) throw targetNotFound(targetType);
      throw error;
    }
  }
}

export function targetNotFound(targetType: string): DomainError {
  return new DomainError(ErrorCodes.EngagementTargetNotFound, 404, `The ${targetType} was not found.`);
}
