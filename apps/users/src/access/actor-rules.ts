import { DomainError, ErrorCodes, type AuthUser } from '@onstream/common';

/**
 * Account settings (password, sessions, e-mail, deletion) are for the account holder signed in on
 * an account token: not for a paired device, nor for a kid profile.
 */
export function requireAccountHolder(actor: AuthUser): void {
  if (actor.tokenType !== 'access' || actor.kidProfile) {
    throw new DomainError(ErrorCodes.UsersProfileTokenRequired, 403, 'Only the account holder may do this; sign in with the account.');
  }
}

export function requireAdmin(actor: AuthUser): void {
  requireAccountHolder(actor);
  if (actor.role !== 'admin') throw new DomainError(ErrorCodes.UsersAdminOnly, 403, 'Only an admin may do this.');
}
