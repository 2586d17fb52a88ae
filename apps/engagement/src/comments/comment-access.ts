import { DomainError, ErrorCodes, type AuthUser } from '@onstream/common';
import type { CommentRecord } from './comments.repository.js';

/**
 * A comment is the caller's own when their account wrote it and, if it was written from a
 * profile, they act as that profile or as the account itself (no profile selected).
 */
export function isAuthor(actor: AuthUser, comment: CommentRecord): boolean {
  if (comment.authorUserId !== actor.userId) return false;
  return !actor.profileId || !comment.authorProfileId || actor.profileId === comment.authorProfileId;
}

export function commentNotFound(): DomainError {
  return new DomainError(ErrorCodes.EngagementCommentNotFound, 404, 'The comment was not found.');
}

export function forbidden(message: string): DomainError {
  return new DomainError(ErrorCodes.EngagementCommentForbidden, 403, message);
}

/** Hidden and removed comments are gone for everyone; deleted ones stay only as thread placeholders. */
export function requireListed(comment: CommentRecord | null): CommentRecord {
  if (!comment || comment.status === 'hidden' || comment.status === 'removed' || comment.threadHidden) throw commentNotFound();
  return comment;
}

export function requireVisible(comment: CommentRecord | null): CommentRecord {
  const listed = requireListed(comment);
  if (listed.status !== 'visible') throw new DomainError(ErrorCodes.EngagementCommentDeleted, 409, 'The comment was deleted.');
  return listed;
}
