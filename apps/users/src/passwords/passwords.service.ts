import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, type Acknowledgement, type ChangePasswordRequest, type ResetPasswordBody, type RevokedSessionsResponse } from '@onstream/common';
import { requireAccountHolder } from '../access/actor-rules.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { AttemptLimiter, type AttemptRule } from '../infrastructure/attempt-limiter.js';
import { IdentityMails } from '../mail/identity-mails.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { UsersConfig } from '../users.config.js';
import { OneTimeTokenIssuer } from '../verification/one-time-token.issuer.js';

const RESET_RULE = (userId: string): AttemptRule => ({ key: `users:reset-failures:${userId}`, maxFailures: 5, windowSeconds: 900, kind: 'reset-token' });

/**
 * A reset link's token names its account (`<userId>-<secret>`; user ids have no '-'), so wrong
 * secrets are counted against that account like wrong PINs.
 */
function resetLinkToken(userId: string, secret: string): string {
  return `${userId}-${secret}`;
}

function parseResetLinkToken(token: string): { userId: string; secret: string } | null {
  const split = token.indexOf('-');
  return split > 0 && split < token.length - 1 ? { userId: token.slice(0, split), secret: token.slice(split + 1) } : null;
}

const invalidResetLink = () => new DomainError(ErrorCodes.UsersInvalidToken, 400, 'This link is invalid, expired or already used.');

/** Forgotten-password reset by e-mail link, and password change by the signed-in holder. */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: OneTimeTokenIssuer,
    private readonly mails: IdentityMails,
    private readonly sessions: SessionsService,
    private readonly attempts: AttemptLimiter,
    private readonly config: UsersConfig,
  ) {}

  /** Same answer whether or not the address has an account. */
  async forgot(email: string): Promise<Acknowledgement> {
    const user = await this.accounts.findByEmail(email);
    if (user && !user.disabledAt) {
      const secret = await this.tokens.issueWithinLimit(user.id as string, 'reset-password', this.config.PASSWORD_RESET_TTL_SECONDS);
      if (secret) await this.mails.sendPasswordReset(user.email, resetLinkToken(user.id as string, secret));
    }
    return { ok: true };
  }

  /**
   * Sets the new password and signs out everywhere; the link also proves the e-mail address.
   * Each try is counted against the account before the secret is looked at (429 past the limit),
   * and a good link starts the count over.
   */
  async reset(request: ResetPasswordBody): Promise<Acknowledgement> {
    const link = parseResetLinkToken(request.token);
    if (!link) throw invalidResetLink();
    const rule = RESET_RULE(link.userId);
    await this.attempts.reserve(rule);
    const used = await this.tokens.consume('reset-password', link.secret);
    if (!used || used.userId !== link.userId) throw invalidResetLink();
    await this.attempts.reset(rule);
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
