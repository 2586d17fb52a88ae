import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ANALYTICS_STREAM, AnalyticsEvents, DomainError, JetStreamBus, MediaClient, MediaPatterns, runInRequestContext, type EventEnvelope, type PlaybackBatch } from '@onstream/common';
import { BillingConfig } from '../billing.config.js';
import { LedgerRepository } from '../ledger/ledger.repository.js';
import { adRevenueEntry, impressionsOf } from './ad-impressions.js';

export const AD_REVENUE_CONSUMER = 'billing-ad-revenue';

/**
 * Turns ad impressions (analytics' playback batches) into ad_revenue ledger entries. Each entry's
 * key names the playback session and break and its `_id` derives from the key, so redelivery, a
 * crash before the ack or a repeated pixel all land on the one entry (insert-once, ADR 0015). The
 * message is acked only after every impression of the batch is stored; a failure redelivers it.
 */
@Injectable()
export class AdRevenueConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdRevenueConsumer.name);

  constructor(
    private readonly bus: JetStreamBus,
    private readonly ledger: LedgerRepository,
    private readonly media: MediaClient,
    private readonly config: BillingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.consume<PlaybackBatch>({ stream: ANALYTICS_STREAM.name, durable: AD_REVENUE_CONSUMER, types: [AnalyticsEvents.PlaybackBatch] }, (event) =>
      // Its own context: no request id or deadline of whatever NATS request was running (ADR 0020).
      runInRequestContext(`ad-revenue-${event.id}`, () => this.record(event)),
    );
  }

  async record(event: EventEnvelope<PlaybackBatch>): Promise<void> {
    const impressions = impressionsOf(event.data);
    if (impressions.length === 0) return;
    const creators = new Map<string, string | null>();
    for (const impression of impressions) {
      if (!creators.has(impression.videoId)) creators.set(impression.videoId, await this.creatorOf(impression.videoId));
      const creatorId = creators.get(impression.videoId);
      if (!creatorId) continue;
      await this.ledger.insertOnce(adRevenueEntry(impression, creatorId, this.config.BILLING_AD_CPM_MINOR, this.config.BILLING_AD_CURRENCY));
    }
  }

  /** The video's owner; null when media has no such video (nothing to pay). Other failures redeliver. */
  private async creatorOf(videoId: string): Promise<string | null> {
    try {
      return (await this.media.send(MediaPatterns.LookupVideo, { id: videoId })).ownerId;
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) {
        this.logger.warn({ msg: 'ad impression of an unknown video: no revenue', videoId });
        return null;
      }
      throw error;
    }
  }
}
