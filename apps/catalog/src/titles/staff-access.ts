import { hasPermission, requireAccess, type AuthUser } from '@onstream/common';

/** Staff see hidden titles: the moderators of the access model (kid profiles and devices never). */
export function isStaff(actor: AuthUser | undefined): boolean {
  return hasPermission(actor, 'moderation.resolve');
}

/** Object-level rule kept in the service too: the gateway's permission guard is only the first line. */
export function requireStaff(actor: AuthUser): void {
  requireAccess(actor, 'catalog.write');
}
