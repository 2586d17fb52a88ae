import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ThrottledWarning } from '@onstream/common';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { MediaConfig } from '../media.config.js';
import { JOB_HANDLER } from './job-handler.decorator.js';
import { JobNames, MEDIA_QUEUE, type JobName } from './jobs.js';

type Handler = (job: Job) => Promise<unknown>;

/**
 * The media queue's worker; provided only in processes that run workers (TRANSCODE_WORKERS).
 * Handlers are found by @JobHandler at start: a job name with none, or two, stops the app.
 * A worker that dies mid-job stops renewing its lock; after TRANSCODE_LOCK_MS the job counts as
 * stalled and the next worker (or this one, restarted) runs it again.
 */
@Injectable()
export class JobWorker implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorker.name);
  private readonly handlers = new Map<string, Handler>();
  private worker: Worker | undefined;
  private connection: Redis | undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(MediaConfig) private readonly config: MediaConfig,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, fn as Handler);
        if (!name) continue;
        if (this.handlers.has(name)) throw new Error(`Two handlers for job "${name}"`);
        this.handlers.set(name, (fn as Handler).bind(instance));
      }
    }
    const missing = Object.values(JobNames).filter((name) => !this.handlers.has(name));
    if (missing.length > 0) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }

  onApplicationBootstrap(): void {
    // BullMQ's blocking connection must not give up on a request.
    this.connection = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
    this.worker = new Worker(MEDIA_QUEUE, (job) => this.process(job), {
      connection: this.connection,
      prefix: this.config.queuePrefix,
      concurrency: this.config.TRANSCODE_CONCURRENCY,
      lockDuration: this.config.TRANSCODE_LOCK_MS,
      stalledInterval: Math.max(1000, Math.round(this.config.TRANSCODE_LOCK_MS / 2)),
      maxStalledCount: 2,
    });
    // A worker reports each failed reconnect while Redis is down: one line per 10 s, with the count.
    const errors = new ThrottledWarning(this.logger, 'worker error');
    this.worker.on('error', (error) => errors.report(error));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.connection?.quit();
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    this.logger.log({ msg: 'job started', job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 });
    try {
      return await handler(job);
    } catch (error) {
      this.logger.warn({ msg: 'job failed', job: job.name, jobId: job.id, attempt: job.attemptsMade + 1, err: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }
}
