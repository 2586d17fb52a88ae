import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type Acknowledgement, type ChangePasswordRequest, type ResetPasswordBody, type RevokedSessionsResponse } from '@onstream/common';
import { requireAccountHolder } from '../access/actor-rules.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { IdentityMails } from '../mail/identity-mails.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { UsersConfig } from '../users.config.js';
import { OneTimeTokenIssuer } from '../verification/one-time-token.issuer.js';

/** Forgotten-password reset by e-mail link, and password change by the signed-in holder. */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OneTimeTokenIssuer,
    private readonly mails: IdentityMails,
    private readonly sessions: SessionsService,
    private readonly config: UsersConfig,
  ) {}

  /** Same answer whether or not the address has an account. */
  async forgot(email: string): Promise<Acknowledgement> {
    const user = await this.accounts.findByEmail(email);
    if (user && !user.disabledAt) {
      const token = await this.tokens.issueWithinLimit(user.id as string, 'reset-password', this.config.PASSWORD_RESET_TTL_SECONDS);
      if (token) await this.mails.sendPasswordReset(user.email, token);
    }
    return { ok: true };
  }

  /** Sets the new password and signs out everywhere; the link also proves the e-mail address. */
  async reset(request: ResetPasswordBody): Promise<Acknowledgement> {
    const used = await this.tokens.consume('reset-password', request.token);
    if (!used) throw new DomainError(ErrorCodes.UsersInvalidToken, 400, 'This link is invalid, expired or already used.');
    await this.accounts.setPasswordHash(used.userId, await this.hasher.hash(request.newPassword), { verifyEmail: true });
    await this.sessions.endAllOfUser(used.userId, 'password-reset');
    return { ok: true };
  }

  /** Needs the current password; every other session ends, this one stays. */
  async change(request: ChangePasswordRequest): Promise<RevokedSessionsResponse> {
    requireAccountHolder(request.actor);
    const user = await this.accounts.findById(request.actor.userId);
    if (!user) throw new DomainError(ErrorCodes.UsersUserNotFound, 404, 'This account no longer exists.');
    if (!(await this.hasher.verify(request.currentPassword, user.passwordHash))) {
      throw new DomainError(ErrorCodes.UsersWrongPassword, 403, 'The current password is wrong.');
    }
    await this.accounts.setPasswordHash(user.id as string, await this.hasher.hash(request.newPassword), { verifyEmail: false });
    const ended = await this.sessions.endAllOfUser(user.id as string, 'password-change', request.actor.sessionId);
    return { revoked: ended.length };
  }
}
