import { hasPermission, type AuthUser } from '@onstream/common';

/** Who reacts or likes: the profile when the token has one (each family member counts), else the account. */
export function actorKeyOf(actor: AuthUser): string {
  return actor.profileId ? `p:${actor.profileId}` : `u:${actor.userId}`;
}

/** Staff and admins on their own tokens, per the access model's role table. */
export function isModerator(actor: AuthUser | undefined): boolean {
  return hasPermission(actor, 'moderation.resolve');
}

export function targetKeyOf(targetType: string, targetId: string): string {
  return `${targetType}:${targetId}`;
}
