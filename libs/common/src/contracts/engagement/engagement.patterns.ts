import type { ServiceHealth } from '../../health/health.types.js';
import { READ, type PatternPermissions, type PatternPolicies } from '../../nats/pattern-policy.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type {
  CommentActionRequest, CommentLikeResponse, CommentPage, CommentResponse, CommentSettingsRequest, CommentSettingsResponse, CreateCommentRequest,
  EditCommentRequest, ListCommentsRequest, ListRepliesRequest, SetCommentSettingsRequest,
} from './comment.dto.js';
import type { AuditPage, CreateReportRequest, ListAuditRequest, ListReportsRequest, ContentReportPage, ContentReportResponse, ResolveReportRequest } from './moderation.dto.js';
import type { ClearReactionRequest, GetReactionsRequest, ReactionCountsRequest, ReactionCountsResponse, ReactionsResponse, SetReactionRequest } from './reaction.dto.js';

export const EngagementPatterns = {
  Health: healthPattern('engagement'),
  Ping: pingPattern('engagement'),
  CreateComment: 'engagement.comment.create',
  ListComments: 'engagement.comment.list',
  ListReplies: 'engagement.comment.replies',
  EditComment: 'engagement.comment.edit',
  DeleteComment: 'engagement.comment.delete',
  LikeComment: 'engagement.comment.like',
  UnlikeComment: 'engagement.comment.unlike',
  GetCommentSettings: 'engagement.comment-settings.get',
  SetCommentSettings: 'engagement.comment-settings.set',
  SetReaction: 'engagement.reaction.set',
  ClearReaction: 'engagement.reaction.clear',
  GetReactions: 'engagement.reaction.get',
  CountReactions: 'engagement.reaction.counts',
  CreateReport: 'engagement.report.create',
  ListReports: 'engagement.report.list',
  ResolveReport: 'engagement.report.resolve',
  ListAudit: 'engagement.audit.list',
} as const;

export type EngagementContract = {
  [EngagementPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [EngagementPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
  [EngagementPatterns.CreateComment]: { request: CreateCommentRequest; response: CommentResponse };
  [EngagementPatterns.ListComments]: { request: ListCommentsRequest; response: CommentPage };
  [EngagementPatterns.ListReplies]: { request: ListRepliesRequest; response: CommentPage };
  [EngagementPatterns.EditComment]: { request: EditCommentRequest; response: CommentResponse };
  [EngagementPatterns.DeleteComment]: { request: CommentActionRequest; response: CommentResponse };
  [EngagementPatterns.LikeComment]: { request: CommentActionRequest; response: CommentLikeResponse };
  [EngagementPatterns.UnlikeComment]: { request: CommentActionRequest; response: CommentLikeResponse };
  [EngagementPatterns.GetCommentSettings]: { request: CommentSettingsRequest; response: CommentSettingsResponse };
  [EngagementPatterns.SetCommentSettings]: { request: SetCommentSettingsRequest; response: CommentSettingsResponse };
  [EngagementPatterns.SetReaction]: { request: SetReactionRequest; response: ReactionsResponse };
  [EngagementPatterns.ClearReaction]: { request: ClearReactionRequest; response: ReactionsResponse };
  [EngagementPatterns.GetReactions]: { request: GetReactionsRequest; response: ReactionsResponse };
  [EngagementPatterns.CountReactions]: { request: ReactionCountsRequest; response: ReactionCountsResponse };
  [EngagementPatterns.CreateReport]: { request: CreateReportRequest; response: ContentReportResponse };
  [EngagementPatterns.ListReports]: { request: ListReportsRequest; response: ContentReportPage };
  [EngagementPatterns.ResolveReport]: { request: ResolveReportRequest; response: ContentReportResponse };
  [EngagementPatterns.ListAudit]: { request: ListAuditRequest; response: AuditPage };
};

/** Reads the gateway may send again when a try got no answer (see PatternPolicy). */
export const EngagementPatternPolicies: PatternPolicies<EngagementContract> = {
  [EngagementPatterns.Health]: READ,
  [EngagementPatterns.Ping]: READ,
  [EngagementPatterns.ListComments]: READ,
  [EngagementPatterns.ListReplies]: READ,
  [EngagementPatterns.GetCommentSettings]: READ,
  [EngagementPatterns.GetReactions]: READ,
  [EngagementPatterns.CountReactions]: READ,
  [EngagementPatterns.ListReports]: READ,
  [EngagementPatterns.ListAudit]: READ,
};

/** The permission each pattern needs, checked by the service's AccessGuard before the handler runs. */
export const EngagementPatternPermissions: PatternPermissions<EngagementContract> = {
  [EngagementPatterns.Health]: 'internal',
  [EngagementPatterns.Ping]: 'internal',
  [EngagementPatterns.ListComments]: 'public',
  [EngagementPatterns.ListReplies]: 'public',
  [EngagementPatterns.GetCommentSettings]: 'public',
  [EngagementPatterns.GetReactions]: 'public',
  [EngagementPatterns.CountReactions]: 'public',
  [EngagementPatterns.CreateComment]: 'engagement.comment',
  [EngagementPatterns.EditComment]: 'engagement.comment',
  [EngagementPatterns.DeleteComment]: 'engagement.comment',
  [EngagementPatterns.LikeComment]: 'engagement.comment',
  [EngagementPatterns.UnlikeComment]: 'engagement.comment',
  [EngagementPatterns.CreateReport]: 'engagement.comment',
  [EngagementPatterns.SetCommentSettings]: 'engagement.comment',
  [EngagementPatterns.SetReaction]: 'library.use',
  [EngagementPatterns.ClearReaction]: 'library.use',
  [EngagementPatterns.ListReports]: 'moderation.resolve',
  [EngagementPatterns.ResolveReport]: 'moderation.resolve',
  [EngagementPatterns.ListAudit]: 'moderation.resolve',
};
