import type { CommentResponse } from '@onstream/common';
import type { CommentRecord } from './comments.repository.js';

export interface CommentCounts {
  replyCount: number;
  likeCount: number;
  likedByMe: boolean;
}

/** The one place a comment record becomes its wire shape; a deleted comment shows no text or author. */
export function toCommentResponse(comment: CommentRecord, counts: CommentCounts): CommentResponse {
  const deleted = comment.status !== 'visible';
  return {
    id: comment._id.toHexString(),
    targetType: comment.targetType,
    targetId: comment.targetId,
    parentId: comment.parentId?.toHexString() ?? null,
    authorUserId: deleted ? '' : comment.authorUserId,
    authorProfileId: deleted ? null : comment.authorProfileId,
    text: deleted ? null : comment.text,
    deleted,
    replyCount: counts.replyCount,
    likeCount: counts.likeCount,
    likedByMe: counts.likedByMe,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
  };
}
