import { DomainError, ErrorCodes, type AuthUser } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';

export function isStaff(actor: AuthUser): boolean {
  return actor.role === 'admin';
}

export function canManageVideos(actor: AuthUser): boolean {
  return actor.role === 'creator' || actor.role === 'admin';
}

export function requireCreator(actor: AuthUser): void {
  if (!canManageVideos(actor)) throw new DomainError(ErrorCodes.Forbidden, 403, 'Only creators manage videos.');
}

/** A creator manages only their own videos; an admin all. Someone else's video reads as not found. */
export function requireOwnerOrAdmin(actor: AuthUser, video: VideoDocument | null): VideoDocument {
  requireCreator(actor);
  if (!video || (video.ownerId !== actor.userId && !isStaff(actor))) throw DomainError.notFound('The video');
  return video;
}
