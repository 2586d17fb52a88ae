import { Injectable } from '@nestjs/common';
import type { AuthUser, CommentSettingsRequest, CommentSettingsResponse, SetCommentSettingsRequest } from '@onstream/common';
import { Clock } from '@onstream/common';
import { AuditRepository } from '../moderation/audit.repository.js';
import { isModerator, targetKeyOf } from '../shared/actor-key.js';
import { TargetDirectory } from '../targets/target-directory.js';
import { forbidden } from './comment-access.js';
import { CommentSettingsRepository } from './comment-settings.repository.js';

/** Comments on or off per target: a video's creator (or staff) decides for the video; staff for titles. */
@Injectable()
export class CommentSettingsService {
  constructor(
    private readonly settings: CommentSettingsRepository,
    private readonly targets: TargetDirectory,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async get({ actor, targetType, targetId }: CommentSettingsRequest): Promise<CommentSettingsResponse> {
    await this.targets.resolve(targetType, targetId, actor);
    return { targetType, targetId, commentsEnabled: await this.settings.commentsEnabled(targetKeyOf(targetType, targetId)) };
  }

  async set({ actor, targetType, targetId, settings }: SetCommentSettingsRequest): Promise<CommentSettingsResponse> {
    const target = await this.targets.resolve(targetType, targetId, actor);
    if (!isModerator(actor) && !this.isOwner(actor, target.ownerId)) throw forbidden(targetType === 'video' ? 'Only the video’s creator or staff may change its comment settings.' : 'Only staff may change comment settings of titles.');
    const now = this.clock.now();
    await this.settings.save(targetKeyOf(targetType, targetId), settings.commentsEnabled, actor.userId, now);
    await this.audit.record(actor, settings.commentsEnabled ? 'comments.enabled' : 'comments.disabled', { targetType, targetId }, now);
    return { targetType, targetId, commentsEnabled: settings.commentsEnabled };
  }

  private isOwner(actor: AuthUser, ownerId: string | null): boolean {
    return ownerId !== null && ownerId === actor.userId;
  }
}
