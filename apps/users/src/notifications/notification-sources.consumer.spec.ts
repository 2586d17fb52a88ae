import { jest } from '@jest/globals';
import { BillingEvents, type CommentRepliedEvent, type EpisodeCreatedEvent, type EventEnvelope, type JetStreamBus, type PaymentFailedEvent } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import type { Connection } from 'mongoose';
import type { AccountsRepository } from '../accounts/accounts.repository.js';
import type { LibraryRepository } from '../library/library.repository.js';
import { userDoc } from '../testing/factories.js';
import { money } from './notification-content.js';
import type { NotificationDispatcher } from './notification.dispatcher.js';
import { NotificationSourcesConsumer } from './notification-sources.consumer.js';

const envelope = <T>(type: string, data: T): EventEnvelope<T> => ({ id: 'e1', type, occurredAt: '2026-03-01T12:00:00Z', data });
const reply: CommentRepliedEvent = { eventId: 'e1', commentId: 'c2', parentCommentId: 'c1', targetType: 'video', targetId: 'v1', parentAuthorUserId: 'alice', replierUserId: 'bob', createdAt: '2026-03-01T12:00:00Z' };
const episode: EpisodeCreatedEvent = { episodeId: 'ep1', seasonId: 's1', seriesId: 'dark', seriesName: 'Dark', episodeName: 'Secrets', seasonNumber: 1, episodeNumber: 2, createdAt: '2026-03-01T12:00:00Z' };

function setup(watcherBatches: string[][] = []) {
  const notify = jest.fn<NotificationDispatcher['notify']>().mockImplementation(async (ids) => ids.length);
  const dispatcher = strictMock<NotificationDispatcher>('dispatcher', { notify });
  const library = strictMock<LibraryRepository>('library', {
    accountsListing: jest.fn<LibraryRepository['accountsListing']>().mockImplementation(async function* () {
      yield* watcherBatches;
    }),
  });
  const accounts = strictMock<AccountsRepository>('accounts', { findManyByIds: jest.fn<AccountsRepository['findManyByIds']>().mockResolvedValue([userDoc({ displayName: 'Bob\u202E' })]) });
  const connection = { collection: () => ({}) } as unknown as Connection;
  const consumer = new NotificationSourcesConsumer(strictMock<JetStreamBus>('bus'), dispatcher, library, accounts, connection);
  return { consumer, dispatcher, notify, library };
}

describe('NotificationSourcesConsumer', () => {
  it('tells the parent comment’s author who replied, with control characters of the name removed', async () => {
    const { consumer, dispatcher } = setup();
    await consumer.commentReplied(envelope('engagement.comment.replied', reply));
    expect(dispatcher.notify).toHaveBeenCalledWith(['alice'], expect.objectContaining({ kind: 'comment.reply', dedupeKey: 'comment.reply:c2', body: 'Bob replied to your comment.' }));
  });

  it('ignores replies to one’s own comment and events without usable ids', async () => {
    const { consumer, dispatcher } = setup();
    await consumer.commentReplied(envelope('engagement.comment.replied', { ...reply, replierUserId: 'alice' }));
    await consumer.commentReplied(envelope('engagement.comment.replied', { ...reply, parentAuthorUserId: 42 } as unknown as CommentRepliedEvent));
    await consumer.uploadReady(envelope('media.asset.ready', { videoId: 'v1' } as never));
    expect(dispatcher.notify).not.toHaveBeenCalled();
  });

  it('fans a new episode out to the series’ watchers batch by batch, with one dedupe key per episode', async () => {
    const { consumer, notify, library } = setup([['u1', 'u2'], ['u3']]);
    await consumer.episodeCreated(envelope('catalog.episode.created', episode));
    expect(library.accountsListing).toHaveBeenCalledWith('dark', 'watchlist', 500);
    expect(notify.mock.calls.map(([ids, content]) => [ids, content.dedupeKey, content.body])).toEqual([
      [['u1', 'u2'], 'episode.new:ep1', 'S1E2 “Secrets” is now available.'],
      [['u3'], 'episode.new:ep1', 'S1E2 “Secrets” is now available.'],
    ]);
  });

  it('routes billing events by type and refuses a payment without an integer amount', async () => {
    const { consumer, dispatcher } = setup();
    const failed: PaymentFailedEvent = { transactionId: 't1', userId: 'u1', type: 'charge', amount: 1189, currency: 'EUR', description: 'Basic (month) renewal', failureCode: 'card_declined' };
    await consumer.billing(envelope(BillingEvents.PaymentFailed, { ...failed, amount: '1189' } as unknown as PaymentFailedEvent));
    expect(dispatcher.notify).not.toHaveBeenCalled();
    await consumer.billing(envelope(BillingEvents.PaymentFailed, failed));
    expect(dispatcher.notify).toHaveBeenCalledWith(['u1'], expect.objectContaining({ kind: 'payment.failed', dedupeKey: 'payment.failed:t1', body: 'The payment of €11.89 for Basic (month) renewal did not go through (card_declined). Check your payment method.' }));
  });
});

describe('money', () => {
  it('uses the currency’s own decimals', () => {
    expect([money(999, 'EUR'), money(500, 'JPY'), money(12345, 'USD')]).toEqual(['€9.99', '¥500', '$123.45']);
  });
});
