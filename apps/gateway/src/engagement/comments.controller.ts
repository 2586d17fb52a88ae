import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommentIdParam, CommentLikeResponse, CommentListQuery, CommentPage, CommentResponse, CommentSettingsInput, CommentSettingsResponse, CommentText,
  CursorQueryDto, EngagementClient, EngagementPatterns, EngagementTarget, NewComment, type AuthUser,
} from '@onstream/common';
import { CurrentUser, Public, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';

const TARGET_404 = 'No such video or title (or not visible to the caller). Code ENGAGEMENT.TARGET_NOT_FOUND.';
const COMMENT_404 = 'No such comment, or it was hidden by moderation. Code ENGAGEMENT.COMMENT_NOT_FOUND.';
const TEXT_400 = `${INVALID_INPUT} Also ENGAGEMENT.COMMENT_EMPTY (nothing visible after cleaning) and ENGAGEMENT.COMMENT_TOO_LONG.`;

/** Comments and replies on videos and titles. Text is plain and only ever served as JSON. */
@ApiTags('comments')
@RequirePermission('engagement.comment')
@Controller()
export class CommentsController {
  constructor(private readonly engagement: EngagementClient) {}

  @Post('comments')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Comment on a video or title, or reply to a comment (replies are one level deep)' })
  @ApiCreatedResponse({ type: CommentResponse })
  @ApiProblems({
    400: TEXT_400,
    401: UNAUTHENTICATED,
    403: 'Comments are turned off on the target (ENGAGEMENT.COMMENTS_DISABLED), or a kid profile.',
    404: `${TARGET_404} Or parentId names no comment on this target.`,
    409: 'The comment replied to was deleted or hidden (ENGAGEMENT.PARENT_COMMENT_DELETED).',
    413: 'The body is larger than BODY_LIMIT_BYTES.',
  })
  create(@CurrentUser() actor: AuthUser, @Body() comment: NewComment): Promise<CommentResponse> {
    return this.engagement.send(EngagementPatterns.CreateComment, { actor, comment });
  }

  @Get('comments')
  @Public()
  @ApiOperation({ summary: 'Top-level comments of a video or title, newest or top first (cursor paging), with the target’s comment count' })
  @ApiOkResponse({ type: CommentPage })
  @ApiProblems({ 400: INVALID_INPUT, 404: TARGET_404 })
  list(@Query() query: CommentListQuery, @CurrentUser() actor?: AuthUser): Promise<CommentPage> {
    return this.engagement.send(EngagementPatterns.ListComments, { ...query, ...(actor && { actor }) });
  }

  @Get('comments/:id/replies')
  @Public()
  @ApiOperation({ summary: 'Replies of a top-level comment, oldest first (cursor paging)' })
  @ApiOkResponse({ type: CommentPage })
  @ApiProblems({ 400: INVALID_INPUT, 404: COMMENT_404 })
  replies(@Param() { id }: CommentIdParam, @Query() query: CursorQueryDto, @CurrentUser() actor?: AuthUser): Promise<CommentPage> {
    return this.engagement.send(EngagementPatterns.ListReplies, { commentId: id, ...query, ...(actor && { actor }) });
  }

  @Patch('comments/:id')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Edit your own comment within the edit window (COMMENT_EDIT_WINDOW_SECONDS)' })
  @ApiOkResponse({ type: CommentResponse })
  @ApiProblems({ 400: TEXT_400, 401: UNAUTHENTICATED, 403: 'Not your comment (ENGAGEMENT.COMMENT_FORBIDDEN), or the edit window closed (ENGAGEMENT.EDIT_WINDOW_CLOSED).', 404: COMMENT_404, 409: 'The comment was deleted.' })
  edit(@CurrentUser() actor: AuthUser, @Param() { id }: CommentIdParam, @Body() changes: CommentText): Promise<CommentResponse> {
    return this.engagement.send(EngagementPatterns.EditComment, { actor, commentId: id, changes });
  }

  @Delete('comments/:id')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Delete a comment: yours, any on your video, or any (staff/admin). Idempotent; a thread keeps its replies.' })
  @ApiOkResponse({ type: CommentResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'Neither the author, the video’s creator nor staff (ENGAGEMENT.COMMENT_FORBIDDEN).', 404: COMMENT_404 })
  delete(@CurrentUser() actor: AuthUser, @Param() { id }: CommentIdParam): Promise<CommentResponse> {
    return this.engagement.send(EngagementPatterns.DeleteComment, { actor, commentId: id });
  }

  @Put('comments/:id/like')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Like a comment (one like per profile, else per account; idempotent)' })
  @ApiOkResponse({ type: CommentLikeResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 404: COMMENT_404, 409: 'The comment was deleted.' })
  like(@CurrentUser() actor: AuthUser, @Param() { id }: CommentIdParam): Promise<CommentLikeResponse> {
    return this.engagement.send(EngagementPatterns.LikeComment, { actor, commentId: id });
  }

  @Delete('comments/:id/like')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Take back your like (idempotent)' })
  @ApiOkResponse({ type: CommentLikeResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 404: COMMENT_404, 409: 'The comment was deleted.' })
  unlike(@CurrentUser() actor: AuthUser, @Param() { id }: CommentIdParam): Promise<CommentLikeResponse> {
    return this.engagement.send(EngagementPatterns.UnlikeComment, { actor, commentId: id });
  }

  @Get('comment-settings/:targetType/:targetId')
  @RequirePermission('library.use')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Whether comments are on for a video or title' })
  @ApiOkResponse({ type: CommentSettingsResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 404: TARGET_404 })
  settings(@CurrentUser() actor: AuthUser, @Param() target: EngagementTarget): Promise<CommentSettingsResponse> {
    return this.engagement.send(EngagementPatterns.GetCommentSettings, { actor, ...target });
  }

  @Put('comment-settings/:targetType/:targetId')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Turn comments on or off: the video’s creator or staff (titles: staff)' })
  @ApiOkResponse({ type: CommentSettingsResponse })
  @ApiProblems({ 401: UNAUTHENTICATED, 403: 'Not the video’s creator nor staff (ENGAGEMENT.COMMENT_FORBIDDEN).', 404: TARGET_404 })
  setSettings(@CurrentUser() actor: AuthUser, @Param() target: EngagementTarget, @Body() settings: CommentSettingsInput): Promise<CommentSettingsResponse> {
    return this.engagement.send(EngagementPatterns.SetCommentSettings, { actor, ...target, settings });
  }
}
