import type { NotificationResponse } from '@onstream/common';
import type { NotificationDocument } from '@onstream/common/schemas/notification.schema.js';

export function toNotificationResponse(notification: NotificationDocument): NotificationResponse {
  return {
    id: notification.id as string,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    data: { ...notification.data },
    read: notification.readAt !== null,
    readAt: notification.readAt?.toISOString() ?? null,
    createdAt: notification.createdAt.toISOString(),
  };
}
