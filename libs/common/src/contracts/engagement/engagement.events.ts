import type { StreamDefinition } from '../../jetstream/jetstream-bus.js';

/** Durable engagement events on JetStream (stream ENGAGEMENT, subjects `events.engagement.>`). */
export const EngagementEvents = {
  CommentReplied: 'engagement.comment.replied',
} as const;

/** Ensured by engagement (publisher) and its consumers (users' notifications); the definitions must match. */
export const ENGAGEMENT_STREAM: StreamDefinition = { name: 'ENGAGEMENT', types: ['engagement.>'] };

/** `engagement.comment.replied`: someone replied to a comment; `eventId` is also the envelope id. */
export interface CommentRepliedEvent {
  eventId: string;
  /** The reply. */
  commentId: string;
  parentCommentId: string;
  targetType: string;
  targetId: string;
  parentAuthorUserId: string;
  replierUserId: string;
  createdAt: string;
}
