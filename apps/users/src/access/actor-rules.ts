import { DomainError, ErrorCodes, requireAccess, type AuthUser } from '@onstream/common';

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
  requireAccess(actor, 'users.admin');
}

/** The library is per profile: the caller's token must be scoped to one (selected or paired). */
export function requireProfile(actor: AuthUser): string {
  if (!actor.profileId) throw new DomainError(ErrorCodes.UsersProfileRequired, 403, 'Select a profile first (POST /me/profiles/{id}/select).');
  return actor.profileId;
}

/** A paired device stays on its profile; it may not list or switch profiles. */
export function requireSignedInPerson(actor: AuthUser): void {
  if (actor.tokenType !== 'access') throw new DomainError(ErrorCodes.UsersProfileTokenRequired, 403, 'A paired device cannot do this.');
}
