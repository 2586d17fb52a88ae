import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { runInRequestContext, ThrottledWarning } from '@onstream/common';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { UsersConfig } from '../users.config.js';
import { NOTIFICATION_MAIL_QUEUE, type NotificationMailJob } from './notification-mail.queue.js';
import { NotificationMailService } from './notification-mail.service.js';

/** The notification e-mail worker; runs only where NOTIFICATION_MAIL_WORKERS is true. */
@Injectable()
export class NotificationMailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationMailWorker.name);
  private worker: Worker<NotificationMailJob> | undefined;
  private connection: Redis | undefined;

  constructor(
    private readonly mail: NotificationMailService,
    private readonly config: UsersConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runsMailWorkers) return;
    // BullMQ's blocking connection must not give up on a request.
    this.connection = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
    // Each job logs under its own id, not under whichever request happened to be current.
    this.worker = new Worker<NotificationMailJob>(NOTIFICATION_MAIL_QUEUE, (job) => runInRequestContext(`job-${job.id ?? 'unknown'}`, () => this.process(job)), { connection: this.connection, prefix: this.config.queuePrefix, concurrency: 4 });
    // A worker reports each failed reconnect while Redis is down: one line per 10 s, with the count.
    const errors = new ThrottledWarning(this.logger, 'notification mail worker error');
    this.worker.on('error', (error) => errors.report(error));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.connection?.quit();
  }

  async process(job: Job<NotificationMailJob>): Promise<string> {
    const { notificationId } = job.data;
    const attempt = job.attemptsMade + 1;
    try {
      const outcome = await this.mail.deliver(notificationId);
      this.logger.log({ msg: 'notification mail', notificationId, outcome, attempt });
      return outcome;
    } catch (error) {
      const last = attempt >= (job.opts.attempts ?? 1);
      // The error names the SMTP failure only; addresses and message text stay out of the logs.
      this.logger.warn({ msg: last ? 'notification mail given up' : 'notification mail failed, will retry', notificationId, attempt, err: error instanceof Error ? error.message : String(error) });
      if (last) await this.mail.giveUp(notificationId);
      throw error;
    }
  }
}
