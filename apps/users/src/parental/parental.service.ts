import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCodes,
  type Acknowledgement,
  type AuthUser,
  type ProfileRulesRequest,
  type SetTitleRuleRequest,
  type TitleRuleListResponse,
  type TitleRuleRequest,
  type TitleRuleResponse,
  type ViewingPolicyResponse,
} from '@onstream/common';
import type { ProfileDocument } from '@onstream/common/schemas/profile.schema.js';
import type { TitleRuleDocument } from '@onstream/common/schemas/title-rule.schema.js';
import { requireAccountHolder } from '../access/actor-rules.js';
import { Clock } from '../infrastructure/clock.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { TitleRulesRepository } from './title-rules.repository.js';

const toRule = (rule: TitleRuleDocument): TitleRuleResponse => ({ titleId: rule.titleId, rule: rule.rule, updatedAt: rule.updatedAt.toISOString() });

/** A parent allows or denies single titles for a kid profile, on top of its maturity limit. */
@Injectable()
export class ParentalService {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly rules: TitleRulesRepository,
    private readonly clock: Clock,
  ) {}

  async set(request: SetTitleRuleRequest): Promise<TitleRuleResponse> {
    const profile = await this.kidProfileOf(request.actor, request.profileId);
    return toRule(await this.rules.set({ profileId: profile.id as string, userId: request.actor.userId, titleId: request.titleId, rule: request.rule, now: this.clock.now() }));
  }

  async remove(request: TitleRuleRequest): Promise<Acknowledgement> {
    await this.rules.remove((await this.kidProfileOf(request.actor, request.profileId)).id as string, request.titleId);
    return { ok: true };
  }

  async list(request: ProfileRulesRequest): Promise<TitleRuleListResponse> {
    const profile = await this.kidProfileOf(request.actor, request.profileId);
    return { items: (await this.rules.listOfProfile(profile.id as string)).map(toRule) };
  }

  /**
   * The caller's viewing policy, for catalog/media to filter titles. It is read from the stored
   * profile, not the token, so a changed limit or rule applies at once. No profile: adults' default.
   */
  async viewingPolicy(actor: AuthUser): Promise<ViewingPolicyResponse> {
    const profile = actor.profileId ? await this.profiles.findOwned(actor.userId, actor.profileId) : null;
    if (!profile) return { profileId: null, kid: false, maturityLevel: '18+', allowedTitleIds: [], deniedTitleIds: [] };
    const rules = profile.kid ? await this.rules.listOfProfile(profile.id as string) : [];
    return {
      profileId: profile.id as string,
      kid: profile.kid,
      maturityLevel: profile.maturityLevel,
      allowedTitleIds: rules.filter((r) => r.rule === 'allow').map((r) => r.titleId),
      deniedTitleIds: rules.filter((r) => r.rule === 'deny').map((r) => r.titleId),
    };
  }

  private async kidProfileOf(actor: AuthUser, profileId: string): Promise<ProfileDocument> {
    requireAccountHolder(actor);
    const profile = await this.profiles.findOwned(actor.userId, profileId);
    if (!profile) throw new DomainError(ErrorCodes.UsersProfileNotFound, 404, 'No profile of yours has this id.');
    if (!profile.kid) throw new DomainError(ErrorCodes.UsersNotAKidProfile, 409, 'Title rules apply to kid profiles only.');
    return profile;
  }
}
