import { Inject, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MediaConfig } from '../media.config.js';
import { JOB_HANDLER } from './job-handler.decorator.js';
import { JobNames, MEDIA_QUEUE, type JobName } from './jobs.js';

type Handler = (job: Job) => Promise<unknown>;

/**
 * The media queue's worker; registered only in processes that run workers (TRANSCODE_WORKERS).
 * Handlers are found by @JobHandler at start: a job name with none, or two, stops the app.
 * A worker that dies mid-job leaves a stalled job, which BullMQ hands to the next worker.
 */
@Processor(MEDIA_QUEUE, { autorun: false, lockDuration: 60_000, stalledInterval: 15_000, maxStalledCount: 2 })
export class JobWorker extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(JobWorker.name);
  private readonly handlers = new Map<string, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(MediaConfig) private readonly config: MediaConfig,
  ) {
    super();
  }

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

  /** The worker exists once BullModule has registered it (its own onModuleInit); start it only then. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.TRANSCODE_CONCURRENCY;
    void this.worker.run().catch((error: unknown) => this.logger.error({ msg: 'worker stopped', err: String(error) }));
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
