import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type AccountResponse, type RegisterAccountRequest } from '@onstream/common';
import { EmailVerificationService } from '../verification/email-verification.service.js';
import { toAccountResponse } from './account.mappers.js';
import { AccountsRepository } from './accounts.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { UsernamesRepository } from './usernames.repository.js';

export { toAccountResponse };

@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly verification: EmailVerificationService,
    private readonly usernames: UsernamesRepository,
  ) {}

  /** Creates a viewer account and mails it a verification link; it may sign in once verified. */
  async register(request: RegisterAccountRequest): Promise<AccountResponse> {
    const passwordHash = await this.hasher.hash(request.password);
    const user = request.username
      ? await this.createWithUsername(request.username, { email: request.email, passwordHash, displayName: request.displayName })
      : await this.accounts.create({ email: request.email, passwordHash, displayName: request.displayName });
    if (!user) {
      throw new DomainError(ErrorCodes.UsersEmailTaken, 409, 'An account with this e-mail address already exists.');
    }
    try {
      await this.verification.sendLink(user);
    } catch (error) {
      // The account exists now: failing the sign-up would make its retry a 409. The mail problem is
      // logged by MailSender, and the person can ask for the link again (POST /auth/email/resend).
      if (!(error instanceof DomainError && error.status === 503)) throw error;
    }
    return toAccountResponse(user);
  }

  /** Claims the username for the account's id first; gives it back if the e-mail turns out taken. */
  private async createWithUsername(username: string, account: { email: string; passwordHash: string; displayName: string }) {
    const id = this.accounts.newId();
    if (!(await this.usernames.claim(username, id))) throw new DomainError(ErrorCodes.UsersUsernameTaken, 409, 'This username is taken.', { field: 'username' });
    const user = await this.accounts.create({ ...account, id, username });
    if (!user) await this.usernames.release(username, id);
    return user;
  }
}
