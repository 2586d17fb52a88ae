import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ActorRequest, ListNotificationsRequest, NotificationRequest, UsersPatterns,
  type MarkedReadResponse, type NotificationPageResponse, type NotificationResponse, type UnreadCountResponse,
} from '@onstream/common';
import { NotificationsService } from './notifications.service.js';

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @MessagePattern(UsersPatterns.ListNotifications)
  list(@Payload() request: ListNotificationsRequest): Promise<NotificationPageResponse> {
    return this.notifications.list(request);
  }

  @MessagePattern(UsersPatterns.CountUnreadNotifications)
  unreadCount(@Payload() request: ActorRequest): Promise<UnreadCountResponse> {
    return this.notifications.unreadCount(request);
  }

  @MessagePattern(UsersPatterns.MarkNotificationRead)
  markRead(@Payload() request: NotificationRequest): Promise<NotificationResponse> {
    return this.notifications.markRead(request);
  }

  @MessagePattern(UsersPatterns.MarkAllNotificationsRead)
  markAllRead(@Payload() request: ActorRequest): Promise<MarkedReadResponse> {
    return this.notifications.markAllRead(request);
  }
}
