import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OneTimeToken, OneTimeTokenSchema } from '@onstream/common/schemas/one-time-token.schema.js';
import { Session, SessionSchema } from '@onstream/common/schemas/session.schema.js';
import { User, UserSchema } from '@onstream/common/schemas/user.schema.js';
import { Username, UsernameSchema } from '@onstream/common/schemas/username.schema.js';
import { UsernamesRepository } from '../accounts/usernames.repository.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { IdentityMails } from '../mail/identity-mails.js';
import { MailSender } from '../mail/mail.sender.js';
import { AccessTokenSigner } from '../sessions/access-token.signer.js';
import { LoginThrottle } from '../sessions/login-throttle.js';
import { RefreshTokenCodec } from '../sessions/refresh-token.codec.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import { OneTimeTokenIssuer } from '../verification/one-time-token.issuer.js';
import { OneTimeTokensRepository } from '../verification/one-time-tokens.repository.js';
import { LibraryItem, LibraryItemSchema } from '@onstream/common/schemas/library-item.schema.js';
import { PairingCode, PairingCodeSchema } from '@onstream/common/schemas/pairing-code.schema.js';
import { Profile, ProfileSchema } from '@onstream/common/schemas/profile.schema.js';
import { TitleRuleRecord, TitleRuleSchema } from '@onstream/common/schemas/title-rule.schema.js';
import { WatchProgress, WatchProgressSchema } from '@onstream/common/schemas/watch-progress.schema.js';
import { Household, HouseholdSchema } from '@onstream/common/schemas/household.schema.js';
import { Clock } from '@onstream/common';
import { HouseholdsRepository } from '../household/households.repository.js';
import { LibraryListHeads } from '../library/library-list-heads.js';
import { LibraryRepository } from '../library/library.repository.js';
import { PairingCodesRepository } from '../pairing/pairing-codes.repository.js';
import { TitleRulesRepository } from '../parental/title-rules.repository.js';
import { ViewingPolicies } from '../parental/viewing-policies.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { AttemptLimiter } from './attempt-limiter.js';
import { SingleUseClaims } from './single-use-claims.js';
import { UsersEventPublisher } from './event-publisher.js';
import { redisProviders } from './redis.providers.js';

const shared = [
  AccountsRepository,
  UsernamesRepository,
  SessionsRepository,
  OneTimeTokensRepository,
  ProfilesRepository,
  LibraryRepository,
  LibraryListHeads,
  TitleRulesRepository,
  ViewingPolicies,
  PairingCodesRepository,
  HouseholdsRepository,
  OneTimeTokenIssuer,
  AttemptLimiter,
  SingleUseClaims,
  PasswordHasher,
  RefreshTokenCodec,
  AccessTokenSigner,
  LoginThrottle,
  MailSender,
  IdentityMails,
  UsersEventPublisher,
  Clock,
];

/** Stores, mail, Redis, the clock and token primitives the identity capabilities share. */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: User.name, schema: UserSchema },
      { name: Username.name, schema: UsernameSchema },
      { name: Session.name, schema: SessionSchema },
      { name: OneTimeToken.name, schema: OneTimeTokenSchema },
      { name: Profile.name, schema: ProfileSchema },
      { name: LibraryItem.name, schema: LibraryItemSchema },
      { name: WatchProgress.name, schema: WatchProgressSchema },
      { name: TitleRuleRecord.name, schema: TitleRuleSchema },
      { name: PairingCode.name, schema: PairingCodeSchema },
      { name: Household.name, schema: HouseholdSchema },
    ]),
  ],
  providers: [...shared, ...redisProviders],
  exports: [...shared, ...redisProviders],
})
export class IdentityInfrastructureModule {}
