import type { StreamDefinition } from '../../jetstream/jetstream-bus.js';
import type { EngagementTargetType } from './engagement-target.dto.js';
import type { ReactionValue } from './reaction.dto.js';

/** JetStream event types engagement publishes (stored under `events.`, see eventSubject). */
export const EngagementEvents = {
  CommentCreated: 'engagement.comment.created',
  /** Someone replied to a comment: the users service notifies the parent's author. */
  CommentReplied: 'engagement.comment.replied',
  ReactionChanged: 'engagement.reaction.changed',
} as const;

/** Published by engagement; consumers create their own durable consumers on it. */
export const ENGAGEMENT_STREAM: StreamDefinition = { name: 'ENGAGEMENT', types: ['engagement.>'], maxAgeMs: 7 * 24 * 3600_000 };

export interface CommentCreatedEvent {
  eventId: string;
  commentId: string;
  parentCommentId: string | null;
  targetType: EngagementTargetType;
  targetId: string;
  authorUserId: string;
  createdAt: string;
}

/** `engagement.comment.replied`; `eventId` is also the envelope id (dedupe key). */
export interface CommentRepliedEvent {
  eventId: string;
  commentId: string;
  parentCommentId: string;
  targetType: EngagementTargetType;
  targetId: string;
  parentAuthorUserId: string;
  replierUserId: string;
  createdAt: string;
}

export interface ReactionChangedEvent {
  eventId: string;
  targetType: EngagementTargetType;
  targetId: string;
  userId: string;
  profileId: string | null;
  from: ReactionValue | null;
  to: ReactionValue | null;
  changedAt: string;
}
