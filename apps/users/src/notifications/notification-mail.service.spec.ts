import { jest } from '@jest/globals';
import { DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { NotificationDocument } from '@onstream/common/schemas/notification.schema.js';
import type { Job } from 'bullmq';
import type { AccountsRepository } from '../accounts/accounts.repository.js';
import type { NotificationMails } from '../mail/notification-mails.js';
import { testConfig, userDoc } from '../testing/factories.js';
import type { NotificationMailJob } from './notification-mail.queue.js';
import { NotificationMailService } from './notification-mail.service.js';
import { NotificationMailWorker } from './notification-mail.worker.js';
import type { NotificationsRepository } from './notifications.repository.js';

const stored = (fields: Partial<Record<keyof NotificationDocument, unknown>> = {}) =>
  ({ id: 'n1', userId: '64b000000000000000000001', kind: 'payment.failed', title: 'Your payment failed', body: 'b', mail: 'queued', ...fields }) as unknown as NotificationDocument;

function setup(options: { notification?: NotificationDocument | null; account?: ReturnType<typeof userDoc> | null; smtpFails?: boolean } = {}) {
  const notifications = strictMock<NotificationsRepository>('notifications', {
    findById: jest.fn<NotificationsRepository['findById']>().mockResolvedValue(options.notification === undefined ? stored() : options.notification),
    setMail: jest.fn<NotificationsRepository['setMail']>().mockResolvedValue(undefined),
  });
  const accounts = strictMock<AccountsRepository>('accounts', { findById: jest.fn<AccountsRepository['findById']>().mockResolvedValue(options.account === undefined ? userDoc() : options.account) });
  const mails = strictMock<NotificationMails>('mails', {
    send: options.smtpFails ? jest.fn<NotificationMails['send']>().mockRejectedValue(DomainError.unavailable('smtp down')) : jest.fn<NotificationMails['send']>().mockResolvedValue(undefined),
  });
  return { service: new NotificationMailService(notifications, accounts, mails), notifications, mails };
}

describe('NotificationMailService', () => {
  it('sends to the account’s address and records it sent', async () => {
    const { service, mails, notifications } = setup();
    expect(await service.deliver('n1')).toBe('sent');
    expect(mails.send).toHaveBeenCalledWith('ada@example.com', expect.objectContaining({ title: 'Your payment failed' }));
    expect(notifications.setMail).toHaveBeenCalledWith('n1', 'sent');
  });

  it('checks the preferences again when sending: an opt-out since then wins', async () => {
    const { service, mails, notifications } = setup({ account: userDoc({ preferences: { notificationEmails: { paymentFailed: false } } }) });
    expect(await service.deliver('n1')).toBe('skipped');
    expect(mails.send).not.toHaveBeenCalled();
    expect(notifications.setMail).toHaveBeenCalledWith('n1', 'off');
  });

  it('skips a notification already sent or gone with its account', async () => {
    expect(await setup({ notification: stored({ mail: 'sent' }) }).service.deliver('n1')).toBe('skipped');
    expect(await setup({ notification: null }).service.deliver('n1')).toBe('skipped');
  });

  it('throws when SMTP fails, without marking anything, so the queue retries', async () => {
    const { service, notifications } = setup({ smtpFails: true });
    await expect(service.deliver('n1')).rejects.toMatchObject({ status: 503 });
    expect(notifications.setMail).not.toHaveBeenCalled();
  });
});

describe('NotificationMailWorker', () => {
  const job = (attemptsMade: number) => ({ id: 'mail-n1', data: { notificationId: 'n1' }, attemptsMade, opts: { attempts: 3 } }) as unknown as Job<NotificationMailJob>;

  it('rethrows a failed try so BullMQ retries it with backoff', async () => {
    const { service, notifications } = setup({ smtpFails: true });
    const worker = new NotificationMailWorker(service, testConfig());
    await expect(worker.process(job(0))).rejects.toMatchObject({ status: 503 });
    expect(notifications.setMail).not.toHaveBeenCalled();
  });

  it('records the e-mail as failed after the last try; the in-app notification stays', async () => {
    const { service, notifications } = setup({ smtpFails: true });
    const worker = new NotificationMailWorker(service, testConfig());
    await expect(worker.process(job(2))).rejects.toMatchObject({ status: 503 });
    expect(notifications.setMail).toHaveBeenCalledWith('n1', 'failed');
  });
});
