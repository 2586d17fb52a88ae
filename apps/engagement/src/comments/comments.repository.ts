import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { isDuplicateKey, lookupEach, outboxFields, type EngagementTargetType, type OutboxEvent } from '@onstream/common';
import { Types, type Connection } from 'mongoose';

export const CommentStatuses = ['visible', 'deleted', 'hidden', 'removed'] as const;
export type CommentStatus = (typeof CommentStatuses)[number];

export interface CommentRecord {
  _id: Types.ObjectId;
  targetKey: string;
  targetType: EngagementTargetType;
  targetId: string;
  /** Top-level comment of the thread; null on top-level comments (one level deep). */
  parentId: Types.ObjectId | null;
  authorUserId: string;
  authorProfileId: string | null;
  text: string | null;
  status: CommentStatus;
  /** Set on replies when their top-level comment is hidden or removed by moderation. */
  threadHidden: boolean;
  /** A deleted top-level comment stays as a placeholder while it has replies. */
  hasReplies: boolean;
  /** Sort key of "top" only, refreshed from comment_likes after each change; shown counts are counted live. */
  likeCount: number;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  /** The events of its creation, published by EngagementOutbox (a bounded few: never trimmed). */
  outbox?: OutboxEvent[];
  outboxAt?: Date;
}

export type NewCommentRecord = Pick<CommentRecord, '_id' | 'targetType' | 'targetId' | 'parentId' | 'authorUserId' | 'authorProfileId' | 'text' | 'createdAt'>;

export interface PagePosition {
  id: Types.ObjectId;
  likeCount?: number;
}

interface CommentLike {
  _id: string;
  commentId: Types.ObjectId;
  actorKey: string;
  at: Date;
}

/**
 * Comments and their likes. FerretDB 1.24 lost 191 of 200 concurrent `$inc`s on one document
 * here, so no counter is incremented: a like is one document with a unique `_id` per comment and
 * liker, and every count shown is counted from those documents.
 */
@Injectable()
export class CommentsRepository implements OnModuleInit {
  private readonly comments;
  private readonly likes;

  constructor(@InjectConnection() connection: Connection) {
    this.comments = connection.collection<CommentRecord>('comments');
    this.likes = connection.collection<CommentLike>('comment_likes');
  }

  async onModuleInit(): Promise<void> {
    await this.comments.createIndex({ targetKey: 1, parentId: 1, _id: -1 });
    await this.comments.createIndex({ targetKey: 1, status: 1 });
    await this.comments.createIndex({ parentId: 1, _id: 1 });
    await this.likes.createIndex({ commentId: 1 });
  }

  /** Inserts the comment with the events of its creation (the outbox). */
  async insert(comment: NewCommentRecord, events: OutboxEvent[]): Promise<CommentRecord> {
    const record: CommentRecord = {
      targetKey: `${comment.targetType}:${comment.targetId}`,
      ...comment,
      status: 'visible',
      threadHidden: false,
      hasReplies: false,
      likeCount: 0,
      editedAt: null,
      deletedAt: null,
      ...outboxFields(events),
    };
    await this.comments.insertOne(record);
    return record;
  }

  async findById(id: string): Promise<CommentRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.comments.findOne({ _id: new Types.ObjectId(id) });
  }

  /** Top-level comments that lists show: visible ones, and deleted ones that still hold replies. */
  async topLevelPage(targetKey: string, sort: 'newest' | 'top', after: PagePosition | null, limit: number): Promise<CommentRecord[]> {
    const shown = { $or: [{ status: 'visible' }, { status: 'deleted', hasReplies: true }] };
    const filter: Record<string, unknown> = { targetKey, parentId: null, ...shown };
    if (after && sort === 'newest') filter._id = { $lt: after.id };
    if (after && sort === 'top') {
      filter.$and = [shown, { $or: [{ likeCount: { $lt: after.likeCount ?? 0 } }, { likeCount: after.likeCount ?? 0, _id: { $lt: after.id } }] }];
      delete filter.$or;
    }
    const order: Record<string, 1 | -1> = sort === 'top' ? { likeCount: -1, _id: -1 } : { _id: -1 };
    return this.comments.find(filter).sort(order).limit(limit).toArray();
  }

  /** Replies of a thread, oldest first. */
  async repliesPage(parentId: Types.ObjectId, after: PagePosition | null, limit: number): Promise<CommentRecord[]> {
    const filter: Record<string, unknown> = { parentId, status: 'visible', threadHidden: false };
    if (after) filter._id = { $gt: after.id };
    return this.comments.find(filter).sort({ _id: 1 }).limit(limit).toArray();
  }

  async setText(id: Types.ObjectId, text: string, at: Date): Promise<CommentRecord | null> {
    return this.comments.findOneAndUpdate({ _id: id, status: 'visible' }, { $set: { text, editedAt: at } }, { returnDocument: 'after' });
  }

  /** Ends a comment's life as `deleted` (author, creator, staff) or `hidden`/`removed` (moderation). Idempotent. */
  async setStatus(id: Types.ObjectId, status: Exclude<CommentStatus, 'visible'>, at: Date): Promise<CommentRecord | null> {
    const set: Partial<CommentRecord> = { status, deletedAt: at, ...(status !== 'hidden' && { text: null }) };
    const updated = await this.comments.findOneAndUpdate({ _id: id }, { $set: set }, { returnDocument: 'after' });
    // Replies of a moderated thread leave with it.
    if (updated && updated.parentId === null && status !== 'deleted') await this.comments.updateMany({ parentId: id }, { $set: { threadHidden: true } });
    return updated;
  }

  async markHasReplies(id: Types.ObjectId): Promise<void> {
    await this.comments.updateOne({ _id: id }, { $set: { hasReplies: true } });
  }

  /** Comments and replies of a target that lists show. */
  countVisible(targetKey: string): Promise<number> {
    return this.comments.countDocuments({ targetKey, status: 'visible', threadHidden: false });
  }

  /** Visible replies per thread, for a page of top-level comments (one indexed count per thread: lookupEach). */
  async replyCounts(parentIds: Types.ObjectId[]): Promise<Map<string, number>> {
    const counts = await lookupEach(parentIds, (parentId) => this.comments.countDocuments({ parentId, status: 'visible', threadHidden: false }));
    return new Map(parentIds.map((id, index) => [id.toHexString(), counts[index]]));
  }

  /** Records a like; false when this liker already likes it (idempotent). */
  async addLike(commentId: Types.ObjectId, actorKey: string, at: Date): Promise<boolean> {
    try {
      await this.likes.insertOne({ _id: `${commentId.toHexString()}|${actorKey}`, commentId, actorKey, at });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /** False when there was no like to take back. */
  async removeLike(commentId: Types.ObjectId, actorKey: string): Promise<boolean> {
    return (await this.likes.deleteOne({ _id: `${commentId.toHexString()}|${actorKey}` })).deletedCount > 0;
  }

  countLikes(commentId: Types.ObjectId): Promise<number> {
    return this.likes.countDocuments({ commentId });
  }

  async likeCounts(commentIds: Types.ObjectId[]): Promise<Map<string, number>> {
    const counts = await lookupEach(commentIds, (commentId) => this.countLikes(commentId));
    return new Map(commentIds.map((id, index) => [id.toHexString(), counts[index]]));
  }

  async likedBy(commentIds: Types.ObjectId[], actorKey: string): Promise<Set<string>> {
    const likes = await lookupEach(commentIds, (id) => this.likes.findOne({ _id: `${id.toHexString()}|${actorKey}` }, { projection: { _id: 1 } }));
    return new Set(commentIds.filter((_, index) => likes[index] !== null).map((id) => id.toHexString()));
  }

  /** Recounts the likes and stores the result as the "top" sort key. */
  async refreshLikeCount(commentId: Types.ObjectId): Promise<void> {
    const count = await this.countLikes(commentId);
    await this.comments.updateOne({ _id: commentId }, { $set: { likeCount: count } });
  }
}
