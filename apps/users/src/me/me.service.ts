import { Injectable } from '@nestjs/common';
import { type AccountDeletedEvent, AccountDeletedEventType, type Acknowledgement, type AuthUser, Clock, type DeleteAccountRequest, DomainError, ErrorCodes, type MeResponse, type UpdateMeRequest } from '@onstream/common';
import { requireAccountHolder } from '../access/actor-rules.js';
import { toMeResponse } from '../accounts/account.mappers.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { UsersEventPublisher } from '../infrastructure/event-publisher.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { LibraryRepository } from '../library/library.repository.js';
import { HouseholdsRepository } from '../household/households.repository.js';
import { NotificationsRepository } from '../notifications/notifications.repository.js';
import { PairingCodesRepository } from '../pairing/pairing-codes.repository.js';
import { TitleRulesRepository } from '../parental/title-rules.repository.js';
import { ViewingPolicies } from '../parental/viewing-policies.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { OneTimeTokensRepository } from '../verification/one-time-tokens.repository.js';

const gone = () => new DomainError(ErrorCodes.UsersUserNotFound, 404, 'This account no longer exists.');

/** The signed-in account: its data, preferences, and its deletion. */
@Injectable()
export class MeService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly sessionRecords: SessionsRepository,
    private readonly oneTimeTokens: OneTimeTokensRepository,
    private readonly profiles: ProfilesRepository,
    private readonly library: LibraryRepository,
    private readonly titleRules: TitleRulesRepository,
    private readonly pairingCodes: PairingCodesRepository,
    private readonly households: HouseholdsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly events: UsersEventPublisher,
    private readonly clock: Clock,
    private readonly policies: ViewingPolicies,
  ) {}

  async get(actor: AuthUser): Promise<MeResponse> {
    const user = await this.accounts.findById(actor.userId);
    if (!user) throw gone();
    return toMeResponse(user);
  }

  async update(request: UpdateMeRequest): Promise<MeResponse> {
    requireAccountHolder(request.actor);
    const user = await this.accounts.updateProfile(request.actor.userId, { displayName: request.displayName, preferences: request.preferences });
    if (!user) throw gone();
    return toMeResponse(user);
  }

  /**
   * Deletes the account and what identifies the person (e-mail, name, password, sessions, IPs),
   * then tells the other services by a durable event so they drop what they hold.
   */
  async delete(request: DeleteAccountRequest): Promise<Acknowledgement> {
    requireAccountHolder(request.actor);
    const user = await this.accounts.findById(request.actor.userId);
    if (!user) throw gone();
    if (!(await this.hasher.verify(request.password, user.passwordHash))) {
      throw new DomainError(ErrorCodes.UsersWrongPassword, 403, 'The password is wrong.');
    }
    const userId = user.id as string;
    await this.sessions.endAllOfUser(userId, 'account-deleted');
    // Published before the rows go: if a step below fails, the client retries and the event id
    // (derived from the user) keeps the event single; an event is never lost for a deleted account.
    const event: AccountDeletedEvent = { userId, deletedAt: this.clock.now().toISOString() };
    await this.events.publish(AccountDeletedEventType, event, `users.account.deleted:${userId}`);
    await this.sessionRecords.deleteAllOfUser(userId);
    await this.oneTimeTokens.deleteAllOfUser(userId);
    await this.library.deleteAllOfUser(userId);
    await this.titleRules.deleteAllOfUser(userId);
    await this.pairingCodes.deleteAllOfUser(userId);
    await this.households.deleteOfUser(userId);
    await this.notifications.deleteAllOfUser(userId);
    const profileIds = (await this.profiles.listOfUser(userId)).map((profile) => profile.id as string);
    await this.policies.writing(profileIds, () => this.profiles.deleteAllOfUser(userId));
    await this.accounts.deleteById(userId);
    return { ok: true };
  }
}
