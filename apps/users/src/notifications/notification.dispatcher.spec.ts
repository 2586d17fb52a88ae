import { jest } from '@jest/globals';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { NotificationDocument } from '@onstream/common/schemas/notification.schema.js';
import type { UserDocument } from '@onstream/common/schemas/user.schema.js';
import type { Clock } from '@onstream/common';
import type { AccountsRepository } from '../accounts/accounts.repository.js';
import { NOW, userDoc } from '../testing/factories.js';
import type { NotificationContent } from './notification-content.js';
import { NotificationDispatcher } from './notification.dispatcher.js';
import type { NotificationMailQueue } from './notification-mail.queue.js';
import type { NotificationsRepository } from './notifications.repository.js';

const content: NotificationContent = { kind: 'comment.reply', dedupeKey: 'comment.reply:c1', title: 'New reply to your comment', body: 'Bob replied to your comment.', data: { commentId: 'c1' } };
const ALICE = '64b0000000000000000000a1';
const CAROL = '64b0000000000000000000a2';

function setup(options: { accounts: UserDocument[]; pending?: string[]; enqueueFails?: boolean }) {
  const accounts = strictMock<AccountsRepository>('accounts', { findManyByIds: jest.fn<AccountsRepository['findManyByIds']>().mockResolvedValue(options.accounts) });
  const notifications = strictMock<NotificationsRepository>('notifications', {
    insertMissing: jest.fn<NotificationsRepository['insertMissing']>().mockResolvedValue(undefined),
    pendingMail: jest.fn<NotificationsRepository['pendingMail']>().mockResolvedValue((options.pending ?? []).map((id) => ({ id }) as unknown as NotificationDocument)),
    setMail: jest.fn<NotificationsRepository['setMail']>().mockResolvedValue(undefined),
  });
  const queue = strictMock<NotificationMailQueue>('queue', {
    enqueue: options.enqueueFails ? jest.fn<NotificationMailQueue['enqueue']>().mockRejectedValue(new Error('redis down')) : jest.fn<NotificationMailQueue['enqueue']>().mockResolvedValue(undefined),
  });
  const dispatcher = new NotificationDispatcher(accounts, notifications, queue, strictMock<Clock>('clock', { now: () => NOW }));
  return { dispatcher, accounts, notifications, queue };
}

describe('NotificationDispatcher', () => {
  it('makes one notification per existing account, deciding the e-mail from each one’s preferences', async () => {
    const alice = userDoc({ id: ALICE, preferences: { notificationEmails: { commentReply: true } } });
    const carol = userDoc({ id: CAROL });
    const { dispatcher, accounts, notifications } = setup({ accounts: [alice, carol] });
    expect(await dispatcher.notify([ALICE, CAROL, ALICE, 'gone'], content)).toBe(2);
    expect(accounts.findManyByIds).toHaveBeenCalledWith([ALICE, CAROL, 'gone']);
    expect(notifications.insertMissing).toHaveBeenCalledWith([
      { ...content, userId: ALICE, mail: 'pending', createdAt: NOW },
      { ...content, userId: CAROL, mail: 'off', createdAt: NOW },
    ]);
  });

  it('queues every e-mail still pending for this fact, then marks it queued', async () => {
    const { dispatcher, notifications, queue } = setup({ accounts: [userDoc({ id: ALICE })], pending: ['n1'] });
    await dispatcher.notify([ALICE], content);
    expect(notifications.pendingMail).toHaveBeenCalledWith('comment.reply:c1', [ALICE]);
    expect(queue.enqueue).toHaveBeenCalledWith('n1');
    expect(notifications.setMail).toHaveBeenCalledWith('n1', 'queued');
  });

  it('fails (so the event is redelivered) when the queue is down, leaving the e-mail pending', async () => {
    const { dispatcher, notifications } = setup({ accounts: [userDoc({ id: ALICE })], pending: ['n1'], enqueueFails: true });
    await expect(dispatcher.notify([ALICE], content)).rejects.toThrow('redis down');
    expect(notifications.insertMissing).toHaveBeenCalled();
    expect(notifications.setMail).not.toHaveBeenCalled();
  });

  it('does nothing for ids that are no accounts', async () => {
    const { dispatcher, notifications } = setup({ accounts: [] });
    expect(await dispatcher.notify(['nobody'], content)).toBe(0);
    expect(notifications.insertMissing).not.toHaveBeenCalled();
  });
});
