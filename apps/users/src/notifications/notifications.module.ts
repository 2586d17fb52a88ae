import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Notification, NotificationSchema } from '@onstream/common/schemas/notification.schema.js';
import { NotificationMails } from '../mail/notification-mails.js';
import { NotificationDispatcher } from './notification.dispatcher.js';
import { NotificationMailQueue } from './notification-mail.queue.js';
import { NotificationMailService } from './notification-mail.service.js';
import { NotificationMailWorker } from './notification-mail.worker.js';
import { NotificationSourcesConsumer } from './notification-sources.consumer.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

/**
 * Notifications: the account holder's in-app list (read marks, unread count), fed by durable
 * JetStream consumers of media, billing, catalog and engagement events, and e-mailed through a
 * BullMQ queue where the preferences allow.
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: Notification.name, schema: NotificationSchema }])],
  controllers: [NotificationsController],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationDispatcher,
    NotificationMailQueue,
    NotificationMailService,
    NotificationMails,
    NotificationMailWorker,
    NotificationSourcesConsumer,
  ],
  exports: [NotificationsRepository],
})
export class NotificationsModule {}
