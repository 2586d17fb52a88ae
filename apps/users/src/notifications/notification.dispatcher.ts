import { Injectable } from '@nestjs/common';
import { Clock } from '@onstream/common';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import type { NotificationContent } from './notification-content.js';
import { wantsEmail } from './notification-email.rule.js';
import { NotificationMailQueue } from './notification-mail.queue.js';
import { NotificationsRepository } from './notifications.repository.js';

/**
 * Turns one fact into notifications of the given accounts. Idempotent, so an event may be applied
 * again after any failure: a notification exists once per (account, fact), and e-mails still
 * `pending` (decided but not yet queued) are queued on every run; the queue drops repeats by id.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly mailQueue: NotificationMailQueue,
    private readonly clock: Clock,
  ) {}

  /** Returns how many of the ids are accounts that exist (the others are skipped). */
  async notify(userIds: string[], content: NotificationContent): Promise<number> {
    const accounts = await this.accounts.findManyByIds([...new Set(userIds)]);
    if (accounts.length === 0) return 0;
    const createdAt = this.clock.now();
    await this.notifications.insertMissing(
      accounts.map((account) => ({ ...content, userId: account.id as string, mail: wantsEmail(account, content.kind) ? 'pending' : 'off', createdAt })),
    );
    const pending = await this.notifications.pendingMail(content.dedupeKey, accounts.map((account) => account.id as string));
    for (const notification of pending) {
      await this.mailQueue.enqueue(notification.id as string);
      await this.notifications.setMail(notification.id as string, 'queued');
    }
    return accounts.length;
  }
}
