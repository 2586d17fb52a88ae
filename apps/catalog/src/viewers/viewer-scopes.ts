import { Injectable } from '@nestjs/common';
import { UsersClient, UsersPatterns, type AuthUser, type ViewingPolicyResponse } from '@onstream/common';
import { maturityCeiling } from '../titles/maturity.js';
import { isRestricted, scopeOfPolicy, type ViewerScope } from './viewer-scope.js';

export interface Viewer {
  actor?: AuthUser;
  policy?: ViewingPolicyResponse;
}

/**
 * Resolves the scope of a read. Anonymous callers and adults need nothing more than their token;
 * kid profiles and devices need their parental policy: the one the gateway sent (the one its cache
 * key names), else the catalog asks users, so no caller can skip a parent's rules by omission.
 */
@Injectable()
export class ViewerScopes {
  constructor(private readonly users: UsersClient) {}

  async scopeOf(viewer: Viewer): Promise<ViewerScope> {
    if (!isRestricted(viewer.actor)) return { maxMaturityRank: maturityCeiling(viewer.actor) };
    return scopeOfPolicy(viewer.actor, await this.policyOf(viewer.actor, viewer.policy));
  }

  async policyOf(actor: AuthUser, sent: ViewingPolicyResponse | undefined): Promise<ViewingPolicyResponse> {
    if (sent && sent.profileId !== null && sent.profileId === actor.profileId) return sent;
    return this.users.send(UsersPatterns.GetViewingPolicy, { actor });
  }
}
