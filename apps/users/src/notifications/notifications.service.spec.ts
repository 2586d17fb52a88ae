import { jest } from '@jest/globals';
import { type Clock, decodeCursor, type DomainError, encodeCursor } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { NotificationDocument } from '@onstream/common/schemas/notification.schema.js';
import { actor, NOW } from '../testing/factories.js';
import type { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

const ID = '64b0000000000000000000c1';
const notification = (id: string, at: Date, readAt: Date | null = null) =>
  ({ id, userId: actor().userId, kind: 'payment.failed', title: 'Your payment failed', body: 'b', data: { transactionId: 't1' }, readAt, createdAt: at }) as unknown as NotificationDocument;

function setup(rows: NotificationDocument[] = []) {
  const repository = strictMock<NotificationsRepository>('notifications', {
    page: jest.fn<NotificationsRepository['page']>().mockResolvedValue(rows),
    countUnread: jest.fn<NotificationsRepository['countUnread']>().mockResolvedValue(2),
    markRead: jest.fn<NotificationsRepository['markRead']>().mockImplementation(async (_user, id) => (id === ID ? notification(ID, NOW, NOW) : null)),
    markAllRead: jest.fn<NotificationsRepository['markAllRead']>().mockResolvedValue(4),
  });
  const service = new NotificationsService(repository, strictMock<Clock>('clock', { now: () => NOW }));
  return { service, repository };
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);

describe('NotificationsService', () => {
  it('lists the caller’s own notifications, asking for one extra row to know whether a next page exists', async () => {
    const rows = [notification('64b0000000000000000000c3', new Date('2026-03-01T12:00:03Z')), notification('64b0000000000000000000c2', new Date('2026-03-01T12:00:02Z')), notification(ID, new Date('2026-03-01T12:00:01Z'))];
    const { service, repository } = setup(rows);
    const page = await service.list({ actor: actor(), limit: 2 });
    expect(repository.page).toHaveBeenCalledWith(actor().userId, { unreadOnly: false }, null, 3);
    expect(page.items.map((n) => n.id)).toEqual(['64b0000000000000000000c3', '64b0000000000000000000c2']);
    expect(decodeCursor(page.nextCursor ?? '')).toEqual({ t: Date.parse('2026-03-01T12:00:02Z'), id: '64b0000000000000000000c2' });
    expect(page.items[0]).toEqual({ id: '64b0000000000000000000c3', kind: 'payment.failed', title: 'Your payment failed', body: 'b', data: { transactionId: 't1' }, read: false, readAt: null, createdAt: '2026-03-01T12:00:03.000Z' });
  });

  it('filters unread ones and continues after the cursor', async () => {
    const { service, repository } = setup();
    const cursor = encodeCursor({ t: NOW.getTime(), id: ID });
    await service.list({ actor: actor(), limit: 20, unread: 'true', cursor });
    expect(repository.page).toHaveBeenCalledWith(actor().userId, { unreadOnly: true }, { at: NOW, id: ID }, 21);
  });

  it('refuses a cursor it did not give out with 400', async () => {
    const { service, repository } = setup();
    expect(await failure(service.list({ actor: actor(), limit: 20, cursor: encodeCursor({ t: 'x', id: 'y' }) }))).toMatchObject({ status: 400 });
    expect(repository.page).not.toHaveBeenCalled();
  });

  it('answers 404 for a notification that is not the caller’s', async () => {
    const { service, repository } = setup();
    expect(await failure(service.markRead({ actor: actor(), notificationId: '64b0000000000000000000ff' }))).toMatchObject({ status: 404, code: 'USERS.NOTIFICATION_NOT_FOUND' });
    expect(repository.markRead).toHaveBeenCalledWith(actor().userId, '64b0000000000000000000ff', NOW);
  });

  it('marks one read as of the clock and returns it', async () => {
    const { service } = setup();
    expect(await service.markRead({ actor: actor(), notificationId: ID })).toMatchObject({ id: ID, read: true, readAt: NOW.toISOString() });
  });

  it('counts and marks all only for the caller', async () => {
    const { service, repository } = setup();
    expect(await service.unreadCount({ actor: actor() })).toEqual({ unread: 2 });
    expect(await service.markAllRead({ actor: actor() })).toEqual({ marked: 4 });
    expect(repository.markAllRead).toHaveBeenCalledWith(actor().userId, NOW);
  });

  it.each([
    ['a kid profile', actor({ profileId: 'p1', kidProfile: true })],
    ['a paired device', actor({ profileId: 'p1', tokenType: 'device' })],
  ])('refuses %s token with 403 before reading anything', async (_label, caller) => {
    const { service, repository } = setup();
    expect(await failure(service.list({ actor: caller, limit: 20 }))).toMatchObject({ status: 403 });
    expect(await failure(service.unreadCount({ actor: caller }))).toMatchObject({ status: 403 });
    expect(repository.page).not.toHaveBeenCalled();
    expect(repository.countUnread).not.toHaveBeenCalled();
  });
});
