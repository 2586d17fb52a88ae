import { Injectable } from '@nestjs/common';
import {
  Clock,
  DomainError, ErrorCodes, type ActorRequest, type ListNotificationsRequest, type MarkedReadResponse, type NotificationPageResponse,
  type NotificationRequest, type NotificationResponse, type UnreadCountResponse,
} from '@onstream/common';
import { requireAccountHolder } from '../access/actor-rules.js';
import { pageOf, readCursor } from '../library/list-cursor.js';
import { toNotificationResponse } from './notification.mapper.js';
import { NotificationsRepository } from './notifications.repository.js';

/**
 * The account holder's notifications. They are the account's (billing, uploads, replies), so a
 * kid-profile or device token may not read them; anyone else's id answers 404 as if it did not exist.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  async list(request: ListNotificationsRequest): Promise<NotificationPageResponse> {
    requireAccountHolder(request.actor);
    const rows = await this.notifications.page(request.actor.userId, { unreadOnly: request.unread === 'true' }, readCursor(request.cursor), request.limit + 1);
    return pageOf(rows, request.limit, (row) => row.createdAt, toNotificationResponse);
  }

  async unreadCount({ actor }: ActorRequest): Promise<UnreadCountResponse> {
    requireAccountHolder(actor);
    return { unread: await this.notifications.countUnread(actor.userId) };
  }

  /** Idempotent: marking a read notification again keeps its first read time. */
  async markRead(request: NotificationRequest): Promise<NotificationResponse> {
    requireAccountHolder(request.actor);
    const notification = await this.notifications.markRead(request.actor.userId, request.notificationId, this.clock.now());
    if (!notification) throw new DomainError(ErrorCodes.UsersNotificationNotFound, 404, 'No notification of yours has this id.');
    return toNotificationResponse(notification);
  }

  async markAllRead({ actor }: ActorRequest): Promise<MarkedReadResponse> {
    requireAccountHolder(actor);
    return { marked: await this.notifications.markAllRead(actor.userId, this.clock.now()) };
  }
}
