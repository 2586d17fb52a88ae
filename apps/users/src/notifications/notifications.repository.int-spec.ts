import { Notification, NotificationSchema } from '@onstream/common/schemas/notification.schema.js';
import { LibraryItem, LibraryItemSchema } from '@onstream/common/schemas/library-item.schema.js';
import { WatchProgress, WatchProgressSchema } from '@onstream/common/schemas/watch-progress.schema.js';
import { Redis } from 'ioredis';
import { LibraryListHeads } from '../library/library-list-heads.js';
import { LibraryRepository } from '../library/library.repository.js';
import { TestDatabase } from '../testing/test-database.js';
import { NotificationsRepository, type NewNotification } from './notifications.repository.js';

const database = new TestDatabase();
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
let notifications: NotificationsRepository;
let library: LibraryRepository;
const at = (seconds: number) => new Date(Date.UTC(2026, 2, 1, 12, 0, seconds));
const row = (userId: string, dedupeKey: string, seconds: number, mail: NewNotification['mail'] = 'off'): NewNotification =>
  ({ userId, kind: 'payment.failed', dedupeKey, title: 't', body: 'b', data: { transactionId: dedupeKey }, mail, createdAt: at(seconds) });

beforeAll(async () => {
  await database.open('notifications');
  notifications = new NotificationsRepository(await database.model(Notification.name, NotificationSchema));
  library = new LibraryRepository(await database.model(LibraryItem.name, LibraryItemSchema), await database.model(WatchProgress.name, WatchProgressSchema), new LibraryListHeads(redis));
});
afterAll(async () => {
  await database.close();
  await redis.quit();
});

describe('NotificationsRepository (real database)', () => {
  it('inserts a fact once per account, also when a batch repeats part of an earlier one', async () => {
    await notifications.insertMissing([row('u-dup', 'k1', 1, 'pending')]);
    await notifications.insertMissing([row('u-dup', 'k1', 2, 'pending'), row('u-dup2', 'k1', 2, 'pending')]);
    await Promise.all([1, 2, 3].map(() => notifications.insertMissing([row('u-dup', 'k1', 3)])));
    const page = await notifications.page('u-dup', { unreadOnly: false }, null, 10);
    expect(page.map((n) => [n.dedupeKey, n.createdAt])).toEqual([['k1', at(1)]]);
    expect((await notifications.pendingMail('k1', ['u-dup', 'u-dup2'])).map((n) => n.userId).sort()).toEqual(['u-dup', 'u-dup2']);
  });

  it('marks read only the owner’s notification and keeps the first read time', async () => {
    await notifications.insertMissing([row('u-read', 'r1', 1), row('u-read', 'r2', 2)]);
    const [newest] = await notifications.page('u-read', { unreadOnly: false }, null, 1);
    const id = newest?.id as string;
    expect(await notifications.markRead('someone-else', id, at(10))).toBeNull();
    expect((await notifications.markRead('u-read', id, at(11)))?.readAt).toEqual(at(11));
    expect((await notifications.markRead('u-read', id, at(12)))?.readAt).toEqual(at(11));
    expect(await notifications.countUnread('u-read')).toBe(1);
    expect((await notifications.page('u-read', { unreadOnly: true }, null, 10)).map((n) => n.dedupeKey)).toEqual(['r1']);
    expect(await notifications.markAllRead('u-read', at(13))).toBe(1);
    expect(await notifications.countUnread('u-read')).toBe(0);
  });

  it('pages newest first, strictly after the cursor', async () => {
    await notifications.insertMissing([row('u-page', 'a', 1), row('u-page', 'b', 2), row('u-page', 'c', 2), row('u-page', 'd', 3)]);
    const first = await notifications.page('u-page', { unreadOnly: false }, null, 2);
    const last = first[1];
    const rest = await notifications.page('u-page', { unreadOnly: false }, { at: last?.createdAt ?? new Date(0), id: last?.id as string }, 10);
    expect([...first, ...rest].map((n) => n.dedupeKey).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(first[0]?.dedupeKey).toBe('d');
    expect(rest.at(-1)?.dedupeKey).toBe('a');
  });
});

describe('LibraryRepository.accountsListing (real database)', () => {
  it('lists each account once per batch, whichever of its profiles has the title', async () => {
    for (const [profileId, userId] of [['p1', 'u1'], ['p2', 'u1'], ['p3', 'u2'], ['p4', 'u3']]) {
      await library.add({ profileId, userId, list: 'watchlist', titleId: 'series-1', now: at(1) });
    }
    await library.add({ profileId: 'p5', userId: 'u4', list: 'favorites', titleId: 'series-1', now: at(1) });
    const batches: string[][] = [];
    for await (const batch of library.accountsListing('series-1', 'watchlist', 10)) batches.push(batch);
    expect(batches.map((b) => [...b].sort())).toEqual([['u1', 'u2', 'u3']]);
  });
});
