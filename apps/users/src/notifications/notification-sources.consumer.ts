import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import {
  BILLING_STREAM, BillingEvents, CATALOG_STREAM, CatalogEvents, ENGAGEMENT_STREAM, EngagementEvents, JetStreamBus, MEDIA_STREAM, MediaEvents, MongoProcessedEvents, runPeriodically,
  type AssetReadyEvent, type CommentRepliedEvent, type EpisodeCreatedEvent, type EventEnvelope, type PaymentFailedEvent, type SubscriptionRenewsSoonEvent,
} from '@onstream/common';
import type { Connection } from 'mongoose';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { LibraryRepository } from '../library/library.repository.js';
import { commentReply, episodeNew, paymentFailed, subscriptionRenewsSoon, uploadReady } from './notification-content.js';
import { NotificationDispatcher } from './notification.dispatcher.js';

/** Watchers of a series are notified in batches of this many accounts. */
const FAN_OUT_BATCH = 500;
/** Past the streams' 7-day retention no event can be redelivered, so older processed-event rows only take space. */
const PROCESSED_RETENTION_MS = 8 * 24 * 3600_000;
const PRUNE_INTERVAL_MS = 6 * 3600_000;

/** Fields other services send: short printable strings, else the event is not ours to trust. */
function hasText(data: unknown, fields: string[]): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return fields.every((field) => typeof record[field] === 'string' && (record[field] as string).length > 0 && (record[field] as string).length <= 512);
}

/**
 * The durable JetStream consumers behind notifications, one per source stream. Each event is applied
 * once per consumer (ProcessedEvents), and applying it again is harmless anyway (NotificationDispatcher).
 * A malformed event is logged and dropped; a failing store makes the bus redeliver with backoff.
 */
@Injectable()
export class NotificationSourcesConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSourcesConsumer.name);
  private readonly processed: MongoProcessedEvents;
  private stopPruning: () => void = () => undefined;

  constructor(
    private readonly bus: JetStreamBus,
    private readonly dispatcher: NotificationDispatcher,
    private readonly library: LibraryRepository,
    private readonly accounts: AccountsRepository,
    @InjectConnection() connection: Connection,
  ) {
    this.processed = new MongoProcessedEvents(connection);
  }

  async onApplicationBootstrap(): Promise<void> {
    const processed = this.processed;
    await this.bus.consume<AssetReadyEvent>({ stream: MEDIA_STREAM.name, durable: 'users-notifications-media', types: [MediaEvents.AssetReady], processed }, (event) => this.uploadReady(event));
    await this.bus.consume<PaymentFailedEvent | SubscriptionRenewsSoonEvent>(
      { stream: BILLING_STREAM.name, durable: 'users-notifications-billing', types: [BillingEvents.PaymentFailed, BillingEvents.SubscriptionRenewsSoon], processed },
      (event) => this.billing(event),
    );
    await this.bus.consume<EpisodeCreatedEvent>({ stream: CATALOG_STREAM.name, durable: 'users-notifications-catalog', types: [CatalogEvents.EpisodeCreated], processed }, (event) => this.episodeCreated(event));
    await this.bus.consume<CommentRepliedEvent>({ stream: ENGAGEMENT_STREAM.name, durable: 'users-notifications-engagement', types: [EngagementEvents.CommentReplied], processed }, (event) => this.commentReplied(event));
    this.stopPruning = runPeriodically(PRUNE_INTERVAL_MS, () => this.processed.forgetOlderThan(new Date(Date.now() - PROCESSED_RETENTION_MS)), this.logger, {
      msg: 'processed events not pruned; tried again later',
      level: 'warn',
    });
  }

  onApplicationShutdown(): void {
    this.stopPruning();
  }

  async uploadReady({ id, data }: EventEnvelope<AssetReadyEvent>): Promise<void> {
    if (!hasText(data, ['videoId', 'assetId', 'ownerId'])) return this.drop(id, MediaEvents.AssetReady);
    await this.dispatcher.notify([data.ownerId], uploadReady(data));
  }

  async billing(event: EventEnvelope<PaymentFailedEvent | SubscriptionRenewsSoonEvent>): Promise<void> {
    if (event.type === BillingEvents.PaymentFailed) {
      const data = event.data as PaymentFailedEvent;
      if (!hasText(data, ['transactionId', 'userId', 'currency', 'description', 'failureCode']) || !Number.isInteger(data.amount)) return this.drop(event.id, event.type);
      await this.dispatcher.notify([data.userId], paymentFailed(data));
      return;
    }
    const data = event.data as SubscriptionRenewsSoonEvent;
    if (!hasText(data, ['subscriptionId', 'userId', 'planId', 'planName', 'currency', 'renewsAt']) || !Number.isInteger(data.amount)) return this.drop(event.id, event.type);
    await this.dispatcher.notify([data.userId], subscriptionRenewsSoon(data));
  }

  /** Every account with the series on any profile's watchlist, once per account. */
  async episodeCreated({ id, data }: EventEnvelope<EpisodeCreatedEvent>): Promise<void> {
    if (!hasText(data, ['episodeId', 'seasonId', 'seriesId', 'seriesName', 'episodeName'])) return this.drop(id, CatalogEvents.EpisodeCreated);
    const content = episodeNew({ ...data, seasonNumber: numberOrNull(data.seasonNumber), episodeNumber: numberOrNull(data.episodeNumber) });
    let notified = 0;
    for await (const accounts of this.library.accountsListing(data.seriesId, 'watchlist', FAN_OUT_BATCH)) notified += await this.dispatcher.notify(accounts, content);
    this.logger.log({ msg: 'new episode notified', eventId: id, seriesId: data.seriesId, episodeId: data.episodeId, accounts: notified });
  }

  async commentReplied({ id, data }: EventEnvelope<CommentRepliedEvent>): Promise<void> {
    if (!hasText(data, ['commentId', 'parentCommentId', 'targetType', 'targetId', 'parentAuthorUserId', 'replierUserId'])) return this.drop(id, EngagementEvents.CommentReplied);
    // Answering oneself is no news.
    if (data.parentAuthorUserId === data.replierUserId) return;
    const [replier] = await this.accounts.findManyByIds([data.replierUserId]);
    await this.dispatcher.notify([data.parentAuthorUserId], commentReply(data, replier?.displayName ?? null));
  }

  private drop(eventId: string, type: string): void {
    this.logger.warn({ msg: 'ignoring an event without usable fields', eventId, type });
  }
}

function numberOrNull(value: unknown): number | null {
  return Number.isInteger(value) ? (value as number) : null;
}
