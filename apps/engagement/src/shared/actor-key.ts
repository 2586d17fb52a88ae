import type { AuthUser } from '@onstream/common';

/** Who reacts or likes: the profile when the token has one (each family member counts), else the account. */
export function actorKeyOf(actor: AuthUser): string {
  return actor.profileId ? `p:${actor.profileId}` : `u:${actor.userId}`;
}

export function isModerator(actor: AuthUser | undefined): boolean {
  return actor?.role === 'staff' || actor?.role === 'admin';
}

export function targetKeyOf(targetType: string, targetId: string): string {
  return `${targetType}:${targetId}`;
}
