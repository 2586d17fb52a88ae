import type { AuthUser, ViewingPolicyResponse } from '@onstream/common';
import { maturityCeiling, maturityRank } from '../titles/maturity.js';

/**
 * What one caller may see, as filter fields every read adds to its own: the maturity ceiling and,
 * for kid profiles and paired devices, the parent's denials and allow-list (see ADR 0007).
 */
export interface ViewerScope {
  maxMaturityRank: number;
  /** Titles a parent denied. */
  excludeIds?: string[];
  /** Allow-list mode: only these titles (and their seasons and episodes). */
  onlyIds?: string[];
  /** Titles carrying any of these content tags are hidden. */
  excludeTags?: string[];
}

/** What a scope checks on one title. */
export interface ScopedTitle {
  id: string;
  maturityRank: number;
  tags?: string[];
}

const OBJECT_ID = /^[0-9a-f]{24}$/;

/** Kid profiles and paired devices are filtered by their profile's parental policy. */
export function isRestricted(actor: AuthUser | undefined): actor is AuthUser {
  return actor !== undefined && (actor.kidProfile || actor.tokenType === 'device');
}

/**
 * The scope of a restricted caller. The stored maturity level applies at once (the token's may be
 * up to 15 minutes old); the stricter of the two wins. Rule ids that are not catalog ids cannot
 * match a title and are dropped.
 */
export function scopeOfPolicy(actor: AuthUser, policy: ViewingPolicyResponse): ViewerScope {
  const catalogIds = (ids: string[]) => ids.filter((id) => OBJECT_ID.test(id));
  return {
    maxMaturityRank: Math.min(maturityCeiling(actor), maturityRank(policy.maturityLevel)),
    ...(policy.deniedTitleIds.length > 0 && { excludeIds: catalogIds(policy.deniedTitleIds) }),
    ...(policy.mode === 'allow-list' && { onlyIds: catalogIds(policy.allowedTitleIds) }),
    ...(policy.deniedTags.length > 0 && { excludeTags: [...policy.deniedTags] }),
  };
}

/** Whether the scope narrows beyond the maturity ceiling (then ancestors of episodes are checked too). */
export function hasParentalRules(scope: ViewerScope): boolean {
  return scope.excludeIds !== undefined || scope.onlyIds !== undefined || scope.excludeTags !== undefined;
}

/** Maturity, denied ids and denied tags; the allow-list is checked by the caller (it follows the series). */
export function passesDenials(title: ScopedTitle, scope: ViewerScope): boolean {
  if (title.maturityRank > scope.maxMaturityRank) return false;
  if (scope.excludeIds?.includes(title.id)) return false;
  if (scope.excludeTags && title.tags?.some((tag) => scope.excludeTags?.includes(tag))) return false;
  return true;
}
