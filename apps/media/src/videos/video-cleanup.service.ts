import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { JobHandler } from '../transcode/job-handler.decorator.js';
import { JobNames, type JobData } from '../transcode/jobs.js';
import { VideosRepository } from './videos.repository.js';

/** Removes a soft-deleted video's objects and then its record, once the retention period is over. */
@Injectable()
export class VideoCleanupService {
  private readonly logger = new Logger(VideoCleanupService.name);

  constructor(
    private readonly videos: VideosRepository,
    private readonly storage: ObjectStorage,
  ) {}

  @JobHandler(JobNames.CleanupVideo)
  async cleanup(job: Job<JobData[typeof JobNames.CleanupVideo]>): Promise<{ objects: number }> {
    const { videoId } = job.data;
    const objects =
      (await this.storage.deletePrefix(this.storage.key(`assets/${videoId}/`))) + (await this.storage.deletePrefix(this.storage.key(`uploads/${videoId}/`)));
    await this.videos.remove(videoId);
    this.logger.log({ msg: 'deleted video cleaned up', videoId, objects });
    return { objects };
  }
}
