import { Injectable } from '@nestjs/common';
import type { AuthUser, ReportAction, ReportTargetType } from '@onstream/common';
import { Clock } from '@onstream/common';
import { CommentsRepository } from '../comments/comments.repository.js';
import { TargetDirectory } from '../targets/target-directory.js';
import { AuditRepository } from './audit.repository.js';

/**
 * What a resolution does to its target. A comment is hidden (text kept for the record) or removed
 * (text erased), and leaves every list at once. A title or video gets its owning service's
 * moderation flag: catalog drops it from lists, feeds, search and pages, media from playback.
 * Engagement never deletes another service's data; "remove" of a title or video hides it too.
 */
@Injectable()
export class ModerationEffects {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly targets: TargetDirectory,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async apply(actor: AuthUser, targetType: ReportTargetType, targetId: string, action: ReportAction, reportId: string): Promise<void> {
    if (action === 'dismiss') return;
    const now = this.clock.now();
    if (targetType === 'comment') {
      const comment = await this.comments.findById(targetId);
      if (comment) await this.comments.setStatus(comment._id, action === 'hide' ? 'hidden' : 'removed', now);
      await this.audit.record(actor, action === 'hide' ? 'comment.hidden' : 'comment.removed', { targetType, targetId }, now, { reportId, outcome: action });
      return;
    }
    await this.targets.setHidden(targetType, targetId, true, actor);
    await this.audit.record(actor, targetType === 'title' ? 'title.hidden' : 'video.hidden', { targetType, targetId }, now, { reportId, outcome: action });
  }
}
