import {
  AnalyticsEvents, EngagementEvents, outboxEvent, type CommentCreatedEvent, type CommentRepliedEvent, type OutboxEvent, type PlaybackBatch, type ReactionChangedEvent,
} from '@onstream/common';

/*
 * Engagement's JetStream events, as outbox entries stored with the change they report (the relay,
 * EngagementOutbox, publishes them). Ids are derived from what happened (a comment id, a reaction
 * change) so a republished event is stored once. Likes and comments on videos also go to analytics
 * as `like`/`comment` events of a playback batch, which its reports already count.
 */

export function commentCreatedEvents(event: CommentCreatedEvent, replied: CommentRepliedEvent | null): OutboxEvent[] {
  const at = new Date(event.createdAt);
  return [
    outboxEvent(EngagementEvents.CommentCreated, event, event.eventId, at),
    ...(replied ? [outboxEvent(EngagementEvents.CommentReplied, replied, replied.eventId, at)] : []),
    ...(event.targetType === 'video' ? [toAnalytics('comment', event.targetId, event.eventId, event.authorUserId, event.createdAt)] : []),
  ];
}

export function reactionChangedEvents(event: ReactionChangedEvent): OutboxEvent[] {
  return [
    outboxEvent(EngagementEvents.ReactionChanged, event, event.eventId, new Date(event.changedAt)),
    // Analytics counts likes given; it has no "unlike", so only new likes go there.
    ...(event.targetType === 'video' && event.to === 'like' ? [toAnalytics('like', event.targetId, event.eventId, event.userId, event.changedAt)] : []),
  ];
}

function toAnalytics(type: 'like' | 'comment', videoId: string, eventId: string, userId: string, at: string): OutboxEvent {
  const id = `eng-${eventId}`;
  const batch: PlaybackBatch = { batchId: id, receivedAt: at, userId, events: [{ id, sessionId: id, videoId, type, clientTs: at, count: 1 }] };
  return outboxEvent(AnalyticsEvents.PlaybackBatch, batch, id, new Date(at));
}
