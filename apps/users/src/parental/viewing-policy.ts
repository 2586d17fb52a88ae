import { createHash } from 'node:crypto';
import type { ViewingPolicyResponse } from '@onstream/common';
import type { ProfileDocument } from '@onstream/common/schemas/profile.schema.js';
import type { TitleRuleDocument } from '@onstream/common/schemas/title-rule.schema.js';

type PolicyContent = Omit<ViewingPolicyResponse, 'profileId' | 'version'>;

/**
 * The version is a hash of what the policy says (not of who holds it): any change of limit, mode,
 * rule or denied tag gives a new one, and the gateway's cache keys carry it, so a cached page
 * filtered under an older policy is never served. Profiles with equal policies share entries.
 */
export function policyVersion(content: PolicyContent): string {
  const canonical = JSON.stringify([
    content.kid,
    content.maturityLevel,
    content.mode,
    [...content.allowedTitleIds].sort(),
    [...content.deniedTitleIds].sort(),
    [...content.deniedTags].sort(),
  ]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22);
}

/** A profile's policy; no profile gives adults' default. Only kid profiles carry rules and tags. */
export function viewingPolicyOf(profile: ProfileDocument | null, rules: TitleRuleDocument[]): ViewingPolicyResponse {
  const content: PolicyContent = profile
    ? {
        kid: profile.kid,
        maturityLevel: profile.maturityLevel,
        mode: profile.kid ? (profile.parentalMode ?? 'open') : 'open',
        allowedTitleIds: rules.filter((r) => r.rule === 'allow').map((r) => r.titleId),
        deniedTitleIds: rules.filter((r) => r.rule === 'deny').map((r) => r.titleId),
        deniedTags: profile.kid ? (profile.deniedTags ?? []) : [],
      }
    : { kid: false, maturityLevel: '18+', mode: 'open', allowedTitleIds: [], deniedTitleIds: [], deniedTags: [] };
  return { profileId: profile ? (profile.id as string) : null, ...content, version: policyVersion(content) };
}
