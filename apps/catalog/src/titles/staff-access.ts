import { DomainError, ErrorCodes, type AuthUser } from '@onstream/common';

export function isStaff(actor: AuthUser | undefined): boolean {
  return actor?.role === 'staff' || actor?.role === 'admin';
}

/** Object-level rule kept in the service too: the gateway's role guard is only the first line. */
export function requireStaff(actor: AuthUser): void {
  if (!isStaff(actor)) throw new DomainError(ErrorCodes.Forbidden, 403, 'Only staff may change the catalog.');
}
