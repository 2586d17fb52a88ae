import { Injectable } from '@nestjs/common';
import {
  CatalogClient,
  CatalogPatterns,
  Clock,
  DomainError,
  ErrorCodes,
  MAX_TITLE_RULES,
  type Acknowledgement,
  type AuthUser,
  type ParentalControlsResponse,
  type ProfileRulesRequest,
  type SetParentalControlsRequest,
  type SetTitleRuleRequest,
  type TitleRuleListResponse,
  type TitleRuleRequest,
  type TitleRuleResponse,
  type ViewingPolicyResponse,
} from '@onstream/common';
import type { ProfileDocument } from '@onstream/common/schemas/profile.schema.js';
import type { TitleRuleDocument } from '@onstream/common/schemas/title-rule.schema.js';
import { requireAccountHolder } from '../access/actor-rules.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { TitleRulesRepository } from './title-rules.repository.js';
import { ViewingPolicies } from './viewing-policies.js';
import { viewingPolicyOf } from './viewing-policy.js';

const toRule = (rule: TitleRuleDocument): TitleRuleResponse => ({ titleId: rule.titleId, rule: rule.rule, updatedAt: rule.updatedAt.toISOString() });

/**
 * A parent allows or denies single titles for a kid profile, on top of its maturity limit, denies
 * content tags, and may switch the profile to allow-list mode.
 */
@Injectable()
export class ParentalService {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly rules: TitleRulesRepository,
    private readonly clock: Clock,
    private readonly catalog: CatalogClient,
    private readonly policies: ViewingPolicies,
  ) {}

  async set(request: SetTitleRuleRequest): Promise<TitleRuleResponse> {
    const profile = await this.kidProfileOf(request.actor, request.profileId);
    const profileId = profile.id as string;
    // Count then write: concurrent writes may pass the cap by a few; reads keep a margin above it.
    if ((await this.rules.ruleFor(profileId, request.titleId)) === null && (await this.rules.countOfProfile(profileId)) >= MAX_TITLE_RULES) {
      throw new DomainError(ErrorCodes.UsersTitleRuleLimit, 409, `A kid profile holds at most ${MAX_TITLE_RULES} title rules.`);
    }
    const stored = await this.policies.writing([profileId], () =>
      this.rules.set({ profileId, userId: request.actor.userId, titleId: request.titleId, rule: request.rule, now: this.clock.now() }),
    );
    return toRule(stored);
  }

  async remove(request: TitleRuleRequest): Promise<Acknowledgement> {
    const profileId = (await this.kidProfileOf(request.actor, request.profileId)).id as string;
    await this.policies.writing([profileId], () => this.rules.remove(profileId, request.titleId));
    return { ok: true };
  }

  async list(request: ProfileRulesRequest): Promise<TitleRuleListResponse> {
    const profile = await this.kidProfileOf(request.actor, request.profileId);
    return { items: (await this.rules.listOfProfile(profile.id as string)).map(toRule) };
  }

  async controls(request: ProfileRulesRequest): Promise<ParentalControlsResponse> {
    return this.controlsOf(await this.kidProfileOf(request.actor, request.profileId));
  }

  /** Sets the mode and/or replaces the denied tags; every tag must exist in the catalog. */
  async setControls(request: SetParentalControlsRequest): Promise<ParentalControlsResponse> {
    await this.kidProfileOf(request.actor, request.profileId);
    if (request.deniedTags?.length) await this.assertTagsExist(request.deniedTags);
    const controls = {
      ...(request.mode !== undefined && { parentalMode: request.mode }),
      ...(request.deniedTags !== undefined && { deniedTags: [...request.deniedTags].sort() }),
    };
    const updated = await this.policies.writing([request.profileId], () => this.profiles.setParentalControls(request.actor.userId, request.profileId, controls));
    if (!updated) throw profileNotFound();
    return this.controlsOf(updated);
  }

  /**
   * The caller's viewing policy, for catalog/media to filter titles. It is read from the stored
   * profile (through its read model), not the token, so a changed limit or rule applies at once.
   * No profile: adults' default.
   */
  async viewingPolicy(actor: AuthUser): Promise<ViewingPolicyResponse> {
    const { userId, profileId } = actor;
    if (!profileId) return viewingPolicyOf(null, []);
    const stored = await this.policies.read(userId, profileId);
    if (stored) return stored;
    const generation = await this.policies.generation(profileId);
    const profile = await this.profiles.findOwned(userId, profileId);
    const policy = viewingPolicyOf(profile, profile?.kid ? await this.rules.listOfProfile(profileId) : []);
    if (profile && generation !== undefined) await this.policies.fill(userId, profileId, generation, policy);
    return policy;
  }

  private async controlsOf(profile: ProfileDocument): Promise<ParentalControlsResponse> {
    return {
      profileId: profile.id as string,
      mode: profile.parentalMode ?? 'open',
      deniedTags: profile.deniedTags ?? [],
      maturityLevel: profile.maturityLevel,
      titleRuleCount: await this.rules.countOfProfile(profile.id as string),
    };
  }

  private async assertTagsExist(slugs: string[]): Promise<void> {
    const known = new Set((await this.catalog.send(CatalogPatterns.ListTags, {})).items.map((tag) => tag.slug));
    const unknown = slugs.filter((slug) => !known.has(slug));
    if (unknown.length > 0) {
      throw new DomainError(ErrorCodes.UsersUnknownContentTag, 422, `No content tag has the slug ${unknown.map((slug) => `"${slug}"`).join(', ')}.`, {
        errors: unknown.map((slug) => ({ field: 'deniedTags', message: `unknown tag ${slug}` })),
      });
    }
  }

  private async kidProfileOf(actor: AuthUser, profileId: string): Promise<ProfileDocument> {
    requireAccountHolder(actor);
    const profile = await this.profiles.findOwned(actor.userId, profileId);
    if (!profile) throw profileNotFound();
    if (!profile.kid) throw new DomainError(ErrorCodes.UsersNotAKidProfile, 409, 'Title rules apply to kid profiles only.');
    return profile;
  }
}

function profileNotFound(): DomainError {
  return new DomainError(ErrorCodes.UsersProfileNotFound, 404, 'No profile of yours has this id.');
}
