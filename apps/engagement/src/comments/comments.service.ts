import { Injectable } from '@nestjs/common';
import {
  Clock,
  DomainError, ErrorCodes, type AuthUser, type CommentActionRequest, type CommentPage, type CommentResponse, type CreateCommentRequest,
  type EditCommentRequest, type ListCommentsRequest, type ListRepliesRequest, type OutboxEvent,
} from '@onstream/common';
import { Types } from 'mongoose';
import { EngagementConfig } from '../engagement.config.js';
import { commentCreatedEvents } from '../events/engagement-events.js';
import { EngagementOutbox } from '../events/engagement-outbox.js';
import { FaultPoints } from '../faults/fault-points.js';
import { AuditRepository } from '../moderation/audit.repository.js';
import { actorKeyOf, isModerator, targetKeyOf } from '../shared/actor-key.js';
import { pageOf, readCursor } from '../shared/page-cursor.js';
import { cleanCommentText } from '../shared/plain-text.js';
import { TargetDirectory } from '../targets/target-directory.js';
import { commentNotFound, forbidden, isAuthor, requireListed, requireVisible } from './comment-access.js';
import { toCommentResponse } from './comment.mapper.js';
import { CommentSettingsRepository } from './comment-settings.repository.js';
import { CommentsRepository, type CommentRecord, type NewCommentRecord } from './comments.repository.js';

@Injectable()
export class CommentsService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly settings: CommentSettingsRepository,
    private readonly targets: TargetDirectory,
    private readonly audit: AuditRepository,
    private readonly outbox: EngagementOutbox,
    private readonly faults: FaultPoints,
    private readonly config: EngagementConfig,
    private readonly clock: Clock,
  ) {}

  /** A comment or a reply (a reply to a reply joins its thread: one level deep). */
  async create({ actor, comment }: CreateCommentRequest): Promise<CommentResponse> {
    if (actor.kidProfile) throw forbidden('Kid profiles cannot comment.');
    const text = cleanCommentText(comment.text, this.config.COMMENT_MAX_CHARS);
    const repliedTo = comment.parentId ? await this.replyTarget(comment.parentId, comment.targetType, comment.targetId) : null;
    const [, enabled] = await Promise.all([
      this.targets.resolve(comment.targetType, comment.targetId, actor),
      this.settings.commentsEnabled(targetKeyOf(comment.targetType, comment.targetId)),
    ]);
    if (!enabled) {
      throw new DomainError(ErrorCodes.EngagementCommentsDisabled, 403, `Comments are turned off on this ${comment.targetType}.`);
    }
    const threadId = repliedTo ? (repliedTo.parentId ?? repliedTo._id) : null;
    const fields: NewCommentRecord = {
      _id: new Types.ObjectId(),
      targetType: comment.targetType,
      targetId: comment.targetId,
      parentId: threadId,
      authorUserId: actor.userId,
      authorProfileId: actor.profileId ?? null,
      text,
      createdAt: this.clock.now(),
    };
    // The comment's insert carries its events (created, replied, analytics): one write.
    const created = await this.comments.insert(fields, this.createdEvents(fields, repliedTo));
    this.faults.crash('comment.killed-after-write');
    await this.faults.holdUntilNatsDown('comment.after-write');
    this.outbox.kick();
    if (threadId) await this.comments.markHasReplies(threadId);
    return toCommentResponse(created, { replyCount: 0, likeCount: 0, likedByMe: false });
  }

  async list(request: ListCommentsRequest): Promise<CommentPage> {
    await this.targets.resolve(request.targetType, request.targetId, request.actor);
    const targetKey = targetKeyOf(request.targetType, request.targetId);
    const after = readCursor(request.cursor);
    const [rows, commentCount] = await Promise.all([this.comments.topLevelPage(targetKey, request.sort, after, request.limit + 1), this.comments.countVisible(targetKey)]);
    const page = pageOf(rows, request.limit, (row) => ({ id: row._id, ...(request.sort === 'top' && { likeCount: row.likeCount }) }));
    return { items: await this.withCounts(page.items, request.actor), nextCursor: page.nextCursor, commentCount };
  }

  async replies(request: ListRepliesRequest): Promise<CommentPage> {
    const thread = requireListed(await this.comments.findById(request.commentId));
    if (thread.parentId) throw new DomainError(ErrorCodes.Validation, 400, 'Replies hang off top-level comments; this is a reply.');
    await this.targets.resolve(thread.targetType, thread.targetId, request.actor);
    const rows = await this.comments.repliesPage(thread._id, readCursor(request.cursor), request.limit + 1);
    const page = pageOf(rows, request.limit, (row) => ({ id: row._id }));
    const [items, counts] = await Promise.all([this.withCounts(page.items, request.actor), this.comments.replyCounts([thread._id])]);
    return { items, nextCursor: page.nextCursor, commentCount: counts.get(thread._id.toHexString()) ?? 0 };
  }

  /** Authors edit their own comment within COMMENT_EDIT_WINDOW_SECONDS; nobody else edits it. */
  async edit({ actor, commentId, changes }: EditCommentRequest): Promise<CommentResponse> {
    const comment = requireVisible(await this.comments.findById(commentId));
    if (!isAuthor(actor, comment)) throw forbidden('Only the author may edit a comment.');
    const now = this.clock.now();
    if (now.getTime() - comment.createdAt.getTime() > this.config.COMMENT_EDIT_WINDOW_SECONDS * 1000) {
      throw new DomainError(ErrorCodes.EngagementEditWindowClosed, 403, `Comments can be edited for ${this.config.COMMENT_EDIT_WINDOW_SECONDS} seconds after posting.`);
    }
    const text = cleanCommentText(changes.text, this.config.COMMENT_MAX_CHARS);
    const updated = requireVisible(await this.comments.setText(comment._id, text, now));
    return (await this.withCounts([updated], actor))[0] ?? toCommentResponse(updated, { replyCount: 0, likeCount: 0, likedByMe: false });
  }

  /**
   * Soft delete by the author, the creator of the video it is on, or staff. The text goes; a
   * top-level comment with replies stays as a placeholder so the thread reads on.
   */
  async delete({ actor, commentId }: CommentActionRequest): Promise<CommentResponse> {
    const comment = requireListed(await this.comments.findById(commentId));
    const own = isAuthor(actor, comment);
    if (!own && !isModerator(actor) && !(await this.isVideoCreator(actor, comment))) throw forbidden('Only the author, the video’s creator or staff may delete this comment.');
    if (comment.status === 'deleted') return toCommentResponse(comment, { replyCount: 0, likeCount: 0, likedByMe: false });
    const deleted = await this.comments.setStatus(comment._id, 'deleted', this.clock.now());
    if (!deleted) throw commentNotFound();
    if (!own) await this.audit.record(actor, 'comment.deleted', { targetType: 'comment', targetId: commentId }, this.clock.now());
    return toCommentResponse(deleted, { replyCount: 0, likeCount: 0, likedByMe: false });
  }

  private async isVideoCreator(actor: AuthUser, comment: CommentRecord): Promise<boolean> {
    if (comment.targetType !== 'video') return false;
    return (await this.targets.videoOwnerFor(comment.targetId, actor)) === actor.userId;
  }

  private async replyTarget(parentId: string, targetType: string, targetId: string): Promise<CommentRecord> {
    const parent = await this.comments.findById(parentId);
    if (!parent || parent.targetType !== targetType || parent.targetId !== targetId) throw commentNotFound();
    if (parent.status !== 'visible' || parent.threadHidden) {
      throw new DomainError(ErrorCodes.EngagementParentDeleted, 409, 'The comment you reply to was deleted or hidden.');
    }
    return parent;
  }

  /** Reply and like counts are counted from their records for the page: exact, whatever ran concurrently. */
  private async withCounts(rows: CommentRecord[], actor: AuthUser | undefined): Promise<CommentResponse[]> {
    const ids = rows.map((row) => row._id);
    const [replies, likes, liked] = await Promise.all([
      this.comments.replyCounts(ids.filter((_, index) => rows[index]?.parentId === null)),
      this.comments.likeCounts(ids),
      actor ? this.comments.likedBy(ids, actorKeyOf(actor)) : Promise.resolve(new Set<string>()),
    ]);
    return rows.map((row) => {
      const id = row._id.toHexString();
      return toCommentResponse(row, { replyCount: replies.get(id) ?? 0, likeCount: likes.get(id) ?? 0, likedByMe: liked.has(id) });
    });
  }

  private createdEvents(comment: NewCommentRecord, repliedTo: CommentRecord | null): OutboxEvent[] {
    const commentId = comment._id.toHexString();
    const createdAt = comment.createdAt.toISOString();
    const base = { targetType: comment.targetType, targetId: comment.targetId, createdAt };
    // Replying to yourself notifies nobody.
    const replied = repliedTo && repliedTo.authorUserId !== comment.authorUserId
      ? { eventId: `reply-${commentId}`, commentId, parentCommentId: repliedTo._id.toHexString(), parentAuthorUserId: repliedTo.authorUserId, replierUserId: comment.authorUserId, ...base }
      : null;
    return commentCreatedEvents({ eventId: `comment-${commentId}`, commentId, parentCommentId: comment.parentId?.toHexString() ?? null, authorUserId: comment.authorUserId, ...base }, replied);
  }
}
