import { Injectable } from '@nestjs/common';
import { UsersConfig } from '../users.config.js';
import { MailSender } from './mail.sender.js';

/** The account e-mails: what they say and where their links point. */
@Injectable()
export class IdentityMails {
  constructor(
    private readonly sender: MailSender,
    private readonly config: UsersConfig,
  ) {}

  sendVerification(to: string, token: string): Promise<void> {
    const link = `${this.config.PUBLIC_APP_URL}/verify-email?token=${token}`;
    const hours = Math.round(this.config.EMAIL_VERIFICATION_TTL_SECONDS / 3600);
    return this.sender.send({
      to,
      subject: 'Confirm your OnStream e-mail address',
      text: `Welcome to OnStream!\n\nConfirm your e-mail address by opening this link within ${hours} hours:\n${link}\n\nIf you did not sign up, ignore this message.\n`,
    });
  }

  sendPasswordReset(to: string, token: string): Promise<void> {
    const link = `${this.config.PUBLIC_APP_URL}/reset-password?token=${token}`;
    const minutes = Math.round(this.config.PASSWORD_RESET_TTL_SECONDS / 60);
    return this.sender.send({
      to,
      subject: 'Reset your OnStream password',
      text: `Someone asked to reset the password of this OnStream account.\n\nChoose a new password within ${minutes} minutes:\n${link}\n\nIf it was not you, ignore this message; your password stays as it is.\n`,
    });
  }
}
