import { Injectable } from '@nestjs/common';
import {
  LibraryEvents,
  type LibraryChangedEvent,
  DomainError,
  ErrorCodes,
  KidMaturityLevels,
  MAX_PROFILES_PER_ACCOUNT,
  type Acknowledgement,
  type AuthUser,
  type CreateProfileRequest,
  type MaturityLevel,
  type ProfileListResponse,
  type ProfileRequest,
  type ProfileResponse,
  type ProfileTokenResponse,
  type SelectProfileRequest,
  type UpdateProfileRequest,
} from '@onstream/common';
import type { ProfileDocument } from '@onstream/common/schemas/profile.schema.js';
import { requireAccountHolder, requireSignedInPerson } from '../access/actor-rules.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { AttemptLimiter, type AttemptRule } from '../infrastructure/attempt-limiter.js';
import { UsersEventPublisher } from '../infrastructure/event-publisher.js';
import { LibraryRepository } from '../library/library.repository.js';
import { TitleRulesRepository } from '../parental/title-rules.repository.js';
import { ViewingPolicies } from '../parental/viewing-policies.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { ProfilesRepository, type ProfileFields } from './profiles.repository.js';

const PIN_RULE = (profileId: string): AttemptRule => ({ key: `users:pin-failures:${profileId}`, maxFailures: 5, windowSeconds: 900, kind: 'pin' });
const notFound = () => new DomainError(ErrorCodes.UsersProfileNotFound, 404, 'No profile of yours has this id.');

export function toProfileResponse(profile: ProfileDocument): ProfileResponse {
  return {
    id: profile.id as string,
    name: profile.name,
    avatar: profile.avatar,
    language: profile.language,
    kid: profile.kid,
    maturityLevel: profile.maturityLevel,
    hasPin: profile.pinHash !== null,
    createdAt: profile.createdAt.toISOString(),
  };
}

/** Profiles of an account (at most 5), kid profiles with maturity limits and PINs, and switching between them. */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly sessionRecords: SessionsRepository,
    private readonly library: LibraryRepository,
    private readonly titleRules: TitleRulesRepository,
    private readonly hasher: PasswordHasher,
    private readonly attempts: AttemptLimiter,
    private readonly events: UsersEventPublisher,
    private readonly policies: ViewingPolicies,
  ) {}

  async list(actor: AuthUser): Promise<ProfileListResponse> {
    requireSignedInPerson(actor);
    return { items: (await this.profiles.listOfUser(actor.userId)).map(toProfileResponse) };
  }

  async create(request: CreateProfileRequest): Promise<ProfileResponse> {
    requireAccountHolder(request.actor);
    // Count then insert: two concurrent creations could pass 5 by one; acceptable for a soft product limit.
    if ((await this.profiles.countOfUser(request.actor.userId)) >= MAX_PROFILES_PER_ACCOUNT) {
      throw new DomainError(ErrorCodes.UsersProfileLimit, 409, `An account has at most ${MAX_PROFILES_PER_ACCOUNT} profiles.`);
    }
    const kid = request.kid ?? false;
    const fields: ProfileFields = {
      name: request.name,
      avatar: request.avatar ?? null,
      language: request.language ?? 'en',
      kid,
      maturityLevel: request.maturityLevel ?? (kid ? '7+' : '18+'),
      pinHash: null,
    };
    fields.pinHash = await this.pinHash(fields, request.pin);
    return toProfileResponse(await this.profiles.create(request.actor.userId, fields));
  }

  async update(request: UpdateProfileRequest): Promise<ProfileResponse> {
    requireAccountHolder(request.actor);
    const current = await this.profiles.findOwned(request.actor.userId, request.profileId);
    if (!current) throw notFound();
    const fields: ProfileFields = {
      name: request.name ?? current.name,
      avatar: request.avatar ?? current.avatar,
      language: request.language ?? current.language,
      kid: request.kid ?? current.kid,
      maturityLevel: request.maturityLevel ?? current.maturityLevel,
      pinHash: current.pinHash,
    };
    if (request.pin !== undefined) fields.pinHash = await this.pinHash(fields, request.pin);
    if (!fields.kid) fields.pinHash = null;
    this.assertConsistent(fields);
    const updated = await this.policies.writing([request.profileId], () => this.profiles.update(request.actor.userId, request.profileId, fields));
    if (!updated) throw notFound();
    return toProfileResponse(updated);
  }

  /** Removes the profile with its library and rules; sessions on it (paired devices too) end. */
  async delete(request: ProfileRequest): Promise<Acknowledgement> {
    requireAccountHolder(request.actor);
    // Checked first so that no one marks (and so uncaches) a policy of a profile they do not own.
    if (!(await this.profiles.findOwned(request.actor.userId, request.profileId))) throw notFound();
    if (!(await this.policies.writing([request.profileId], () => this.profiles.delete(request.actor.userId, request.profileId)))) throw notFound();
    await this.library.deleteAllOfProfile(request.profileId);
    // Catalog drops its "for you" copy of the profile's library (ADR 0018).
    await this.events.publish(LibraryEvents.ProfileDeleted, { profileId: request.profileId, at: new Date().toISOString() } satisfies LibraryChangedEvent);
    await this.titleRules.deleteAllOfProfile(request.profileId);
    await this.sessions.endSessionsOfProfile(request.actor.userId, request.profileId);
    return { ok: true };
  }

  /** Leaving a kid profile that has a PIN needs that PIN; the session keeps the chosen profile. */
  async select(request: SelectProfileRequest): Promise<ProfileTokenResponse> {
    const { actor } = request;
    requireSignedInPerson(actor);
    const target = await this.profiles.findOwned(actor.userId, request.profileId);
    if (!target) throw notFound();
    const session = await this.sessionRecords.findById(actor.sessionId);
    const current = session?.profileId ? await this.profiles.findOwned(actor.userId, session.profileId) : null;
    if (current && current.kid && current.pinHash && current.id !== target.id) await this.checkPin(current, request.pin);
    const user = await this.accounts.findById(actor.userId);
    if (!user) throw new DomainError(ErrorCodes.UsersUserNotFound, 404, 'This account no longer exists.');
    const token = await this.sessions.selectProfile(actor, user, target);
    return { ...token, tokenType: 'Bearer', profile: toProfileResponse(target) };
  }

  private async checkPin(kidProfile: ProfileDocument, pin: string | undefined): Promise<void> {
    if (!pin) throw new DomainError(ErrorCodes.UsersPinRequired, 403, 'Enter the PIN of this kid profile to leave it.');
    const rule = PIN_RULE(kidProfile.id as string);
    await this.attempts.reserve(rule);
    if (!(await this.hasher.verify(pin, kidProfile.pinHash ?? undefined))) {
      throw new DomainError(ErrorCodes.UsersWrongPin, 403, 'The PIN is wrong.');
    }
    await this.attempts.reset(rule);
  }

  private async pinHash(fields: ProfileFields, pin: string | null | undefined): Promise<string | null> {
    this.assertConsistent({ ...fields, pinHash: pin ? 'set' : null });
    return pin ? this.hasher.hash(pin) : null;
  }

  private assertConsistent(fields: ProfileFields): void {
    if (fields.kid && !(KidMaturityLevels as readonly MaturityLevel[]).includes(fields.maturityLevel)) {
      throw DomainError.validation([{ field: 'maturityLevel', message: `a kid profile's maturityLevel must be one of ${KidMaturityLevels.join(', ')}` }]);
    }
    if (!fields.kid && fields.pinHash) throw DomainError.validation([{ field: 'pin', message: 'only kid profiles have a PIN' }]);
  }
}
