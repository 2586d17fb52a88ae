import { Injectable, Logger } from '@nestjs/common';
import {
  AnalyticsEvents, EngagementEvents, JetStreamBus, type CommentCreatedEvent, type CommentRepliedEvent, type PlaybackBatch, type ReactionChangedEvent,
} from '@onstream/common';

/**
 * Engagement's JetStream events, with ids derived from what happened (a comment id, a reaction
 * change) so a retried publish is stored once. Likes and comments on videos are also sent to
 * analytics as `like`/`comment` events of a playback batch, which its reports already count.
 * A failed publish is logged and does not undo the comment or reaction it reports.
 */
@Injectable()
export class EngagementEventsPublisher {
  private readonly logger = new Logger(EngagementEventsPublisher.name);

  constructor(private readonly bus: JetStreamBus) {}

  async commentCreated(event: CommentCreatedEvent, replied: CommentRepliedEvent | null): Promise<void> {
    await Promise.all([
      this.publish(EngagementEvents.CommentCreated, event, event.eventId),
      replied && this.publish(EngagementEvents.CommentReplied, replied, replied.eventId),
      event.targetType === 'video' && this.toAnalytics('comment', event.targetId, event.eventId, event.authorUserId, event.createdAt),
    ]);
  }

  async reactionChanged(event: ReactionChangedEvent): Promise<void> {
    await Promise.all([
      this.publish(EngagementEvents.ReactionChanged, event, event.eventId),
      // Analytics counts likes given; it has no "unlike", so only new likes go there.
      event.targetType === 'video' && event.to === 'like' && this.toAnalytics('like', event.targetId, event.eventId, event.userId, event.changedAt),
    ]);
  }

  private async toAnalytics(type: 'like' | 'comment', videoId: string, eventId: string, userId: string, at: string): Promise<void> {
    const id = `eng-${eventId}`;
    const batch: PlaybackBatch = { batchId: id, receivedAt: at, userId, events: [{ id, sessionId: id, videoId, type, clientTs: at, count: 1 }] };
    await this.publish(AnalyticsEvents.PlaybackBatch, batch, id);
  }

  private async publish<T>(type: string, data: T, eventId: string): Promise<void> {
    try {
      await this.bus.publish(type, data, eventId);
    } catch (error) {
      this.logger.error({ msg: 'event not published', type, eventId, err: error instanceof Error ? error.message : String(error) });
    }
  }
}
