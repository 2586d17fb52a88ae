import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type AccountResponse, type RegisterAccountRequest } from '@onstream/common';
import { EmailVerificationService } from '../verification/email-verification.service.js';
import { toAccountResponse } from './account.mappers.js';
import { AccountsRepository } from './accounts.repository.js';
import { PasswordHasher } from './password-hasher.js';

export { toAccountResponse };

@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly verification: EmailVerificationService,
  ) {}

  /** Creates a viewer account and mails it a verification link; it may sign in once verified. */
  async register(request: RegisterAccountRequest): Promise<AccountResponse> {
    const passwordHash = await this.hasher.hash(request.password);
    const user = await this.accounts.create({ email: request.email, passwordHash, displayName: request.displayName });
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
}
