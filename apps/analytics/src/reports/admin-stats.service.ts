import { Injectable } from '@nestjs/common';
import { ANALYTICS_STREAM, JetStreamBus, type AdminStatsRequest, type AdminStatsResponse, requireAccess } from '@onstream/common';
import { AGGREGATION_CONSUMER } from '../aggregation/aggregation.consumer.js';
import { BucketRepository } from '../aggregation/bucket.repository.js';
import { VideoOwnersRepository } from '../owners/video-owners.repository.js';
import { TrendingService } from '../trending/trending.service.js';
import { BillingFigures } from './billing-figures.js';

const WINDOW_MINUTES = 5;

@Injectable()
export class AdminStatsService {
  constructor(
    private readonly buckets: BucketRepository,
    private readonly owners: VideoOwnersRepository,
    private readonly bus: JetStreamBus,
    private readonly trending: TrendingService,
    private readonly billing: BillingFigures,
  ) {}

  async stats({ actor }: AdminStatsRequest, now = new Date()): Promise<AdminStatsResponse> {
    requireAccess(actor, 'admin.stats');
    const [processed, videosSeen, usersSeen, videosWithOwner, backlog, streamMessages, money] = await Promise.all([
      this.buckets.eventsProcessedSince(new Date(now.getTime() - WINDOW_MINUTES * 60_000)),
      this.buckets.distinctScopeIds('video'),
      this.buckets.distinctScopeIds('user'),
      this.owners.count(),
      this.bus.consumerBacklog(ANALYTICS_STREAM.name, AGGREGATION_CONSUMER),
      this.bus.streamMessages(ANALYTICS_STREAM.name),
      this.billing.platform(actor),
    ]);
    return {
      eventsPerMinute: Math.round(processed / WINDOW_MINUTES),
      videosSeen,
      videosWithOwner,
      usersSeen,
      streamPending: backlog.pending,
      streamAckPending: backlog.ackPending,
      streamMessages,
      trendingComputedAt: this.trending.lastComputedAt?.toISOString(),
      activeSubscriptions: money?.activeSubscriptions ?? null,
      revenue: money?.revenue ?? null,
      partial: money === null,
    };
  }
}
