import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type Acknowledgement, type AccountResponse } from '@onstream/common';
import type { OneTimeTokenPurpose } from '@onstream/common/schemas/one-time-token.schema.js';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import { toAccountResponse } from '../accounts/account.mappers.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { IdentityMails } from '../mail/identity-mails.js';
import { UsersConfig } from '../users.config.js';
import { OneTimeTokenIssuer } from './one-time-token.issuer.js';

/** Confirms that an account's e-mail address is its owner's, by a single-use link sent there. */
@Injectable()
export class EmailVerificationService {
  private readonly purpose: OneTimeTokenPurpose = 'verify-email';

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly tokens: OneTimeTokenIssuer,
    private readonly mails: IdentityMails,
    private readonly config: UsersConfig,
  ) {}

  /** Sends the link unless this account had its hourly share of them already. */
  async sendLink(user: UserDocument): Promise<void> {
    const token = await this.tokens.issueWithinLimit(user.id as string, this.purpose, this.config.EMAIL_VERIFICATION_TTL_SECONDS);
    if (token) await this.mails.sendVerification(user.email, token);
  }

  async verify(token: string): Promise<AccountResponse> {
    const used = await this.tokens.consume(this.purpose, token);
    const user = used ? await this.accounts.markEmailVerified(used.userId) : null;
    if (!user) throw new DomainError(ErrorCodes.UsersInvalidToken, 400, 'This link is invalid, expired or already used.');
    return toAccountResponse(user);
  }

  /** Same answer whether or not the address has an account, so it cannot be used to probe for accounts. */
  async resend(email: string): Promise<Acknowledgement> {
    const user = await this.accounts.findByEmail(email);
    if (user && !user.emailVerified && !user.disabledAt) await this.sendLink(user);
    return { ok: true };
  }
}
