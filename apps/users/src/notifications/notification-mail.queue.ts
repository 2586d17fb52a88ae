import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ignoreQueueErrorEvents, watchRedisConnection } from '@onstream/common';
import { Redis } from 'ioredis';
import { UsersConfig } from '../users.config.js';

export const NOTIFICATION_MAIL_QUEUE = 'notification-mail';

export interface NotificationMailJob {
  notificationId: string;
}

/**
 * Enqueues notification e-mails in Redis (BullMQ). The job id is the notification's, so queuing the
 * same e-mail twice is a no-op. Adding fails fast while Redis is down (no offline queue): the
 * caller's event is then redelivered and queues the e-mail later.
 */
@Injectable()
export class NotificationMailQueue implements OnApplicationShutdown {
  private readonly connection: Redis;
  private readonly queue: Queue<NotificationMailJob>;

  constructor(private readonly config: UsersConfig) {
    this.connection = watchRedisConnection(new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }), 'notification mail queue');
    this.queue = new Queue<NotificationMailJob>(NOTIFICATION_MAIL_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    ignoreQueueErrorEvents(this.queue);
  }

  async enqueue(notificationId: string): Promise<void> {
    await this.queue.add('send', { notificationId }, {
      jobId: `mail-${notificationId}`,
      attempts: this.config.NOTIFICATION_MAIL_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.config.NOTIFICATION_MAIL_BACKOFF_MS },
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}
