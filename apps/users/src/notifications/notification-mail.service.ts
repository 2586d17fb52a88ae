import { Injectable } from '@nestjs/common';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { NotificationMails } from '../mail/notification-mails.js';
import { wantsEmail } from './notification-email.rule.js';
import { NotificationsRepository } from './notifications.repository.js';

export type MailOutcome = 'sent' | 'skipped';

/**
 * Sends one queued notification e-mail. The preferences are checked again at sending time (the user
 * may have opted out meanwhile). A refused or unreachable SMTP server throws, so the queue retries.
 */
@Injectable()
export class NotificationMailService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly mails: NotificationMails,
  ) {}

  async deliver(notificationId: string): Promise<MailOutcome> {
    const notification = await this.notifications.findById(notificationId);
    // Gone with its account, or sent by an earlier try whose completion was not recorded.
    if (!notification || notification.mail === 'sent') return 'skipped';
    const account = await this.accounts.findById(notification.userId);
    if (!account || !wantsEmail(account, notification.kind)) {
      await this.notifications.setMail(notificationId, 'off');
      return 'skipped';
    }
    await this.mails.send(account.email, notification);
    await this.notifications.setMail(notificationId, 'sent');
    return 'sent';
  }

  /** After the last try: the in-app notification stays; the e-mail is given up. */
  async giveUp(notificationId: string): Promise<void> {
    await this.notifications.setMail(notificationId, 'failed');
  }
}
