import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  MarkedReadResponse, NoQueryParams, NotificationIdParams, NotificationPageResponse, NotificationQuery, NotificationResponse, UnreadCountResponse, UsersClient, UsersPatterns,
  type AuthUser,
} from '@onstream/common';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, INVALID_INPUT, UNAUTHENTICATED } from '../http/api-problems.js';

const NOT_HOLDER = 'A device or kid-profile token may not read the account’s notifications.';

/** The account's in-app notifications (new episodes, uploads, payments, renewals, replies). */
@ApiTags('notifications')
@ApiBearerAuth()
@RequirePermission('account.manage')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly users: UsersClient) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first (cursor paging; `unread=true` for unread only)' })
  @ApiOkResponse({ type: NotificationPageResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_HOLDER })
  list(@CurrentUser() actor: AuthUser, @Query() query: NotificationQuery): Promise<NotificationPageResponse> {
    return this.users.send(UsersPatterns.ListNotifications, { ...query, actor });
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread' })
  @ApiOkResponse({ type: UnreadCountResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_HOLDER })
  unreadCount(@CurrentUser() actor: AuthUser, @Query() _query: NoQueryParams): Promise<UnreadCountResponse> {
    return this.users.send(UsersPatterns.CountUnreadNotifications, { actor });
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: MarkedReadResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_HOLDER })
  markAllRead(@CurrentUser() actor: AuthUser, @Query() _query: NoQueryParams): Promise<MarkedReadResponse> {
    return this.users.send(UsersPatterns.MarkAllNotificationsRead, { actor });
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification read (idempotent)' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiProblems({ 400: INVALID_INPUT, 401: UNAUTHENTICATED, 403: NOT_HOLDER, 404: 'No notification of yours has this id.' })
  markRead(@CurrentUser() actor: AuthUser, @Param() params: NotificationIdParams): Promise<NotificationResponse> {
    return this.users.send(UsersPatterns.MarkNotificationRead, { ...params, actor });
  }
}
