import { Injectable } from '@nestjs/common';
import type { NotificationDocument } from '@onstream/common/schemas/notification.schema.js';
import { UsersConfig } from '../users.config.js';
import { MailSender } from './mail.sender.js';

/** The e-mail of a notification: its title and text, a link to the app and to the settings. */
@Injectable()
export class NotificationMails {
  constructor(
    private readonly sender: MailSender,
    private readonly config: UsersConfig,
  ) {}

  send(to: string, notification: Pick<NotificationDocument, 'title' | 'body'>): Promise<void> {
    const base = this.config.PUBLIC_APP_URL;
    return this.sender.send({
      to,
      subject: notification.title,
      text: `${notification.body}\n\nSee all your notifications: ${base}/notifications\n\nYou get this e-mail because of your notification settings; change them at ${base}/settings/notifications.\n`,
    });
  }
}
