import { DomainError, hasPermission, ownsOrMay, requireAccess, type AuthUser } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';

/** Reaches everyone's videos (admins), per the access model's role table. */
export function isStaff(actor: AuthUser): boolean {
  return hasPermission(actor, 'media.video.admin');
}

export function requireCreator(actor: AuthUser): void {
  requireAccess(actor, 'media.video.write');
}

/** A creator manages only their own videos; an admin all. Someone else's video reads as not found. */
export function requireOwnerOrAdmin(actor: AuthUser, video: VideoDocument | null): VideoDocument {
  requireCreator(actor);
  if (!video || !ownsOrMay(actor, video.ownerId, 'media.video.admin')) throw DomainError.notFound('The video');
  return video;
}
