import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@onstream/common';
import { MediaConfig } from '../media.config.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { JobHandler } from '../transcode/job-handler.decorator.js';
import { JobQueue } from '../transcode/job-queue.js';
import { JobNames } from '../transcode/jobs.js';

/** tus keeps its bookkeeping beside the upload: `<key>.info` (offset, metadata) and `<key>.part` (a short tail). */
const TUS_SIDECAR = /\.(info|part)$/;

/**
 * Removes uploads nobody finished. A tus upload is an S3 multipart upload until its last byte
 * arrives; one started more than UPLOAD_EXPIRY_SECONDS ago is aborted (S3 frees its parts) and its
 * tus objects are deleted. Sidecars left without a multipart upload or a finished object (e.g.
 * after an S3 lifecycle rule aborted the upload) go too. A finished upload waiting to be
 * transcoded is an object, not a multipart upload, and is kept.
 */
@Injectable()
export class UploadCleanupService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UploadCleanupService.name);

  constructor(
    private readonly storage: ObjectStorage,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    @Inject(MediaConfig) private readonly config: MediaConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.scheduleUploadSweep();
  }

  @JobHandler(JobNames.CleanupUploads)
  async sweep(): Promise<{ aborted: number; objects: number }> {
    const cutoff = this.clock.now().getTime() - this.config.UPLOAD_EXPIRY_SECONDS * 1000;
    const root = this.storage.key('uploads/');
    const unfinished = await this.storage.listMultipartUploads(root);
    const abandoned = new Set<string>();
    for (const upload of unfinished.filter((u) => u.startedAt.getTime() <= cutoff)) {
      await this.storage.abortMultipartUpload(upload.key, upload.uploadId);
      abandoned.add(upload.key);
    }
    const stillOpen = new Set(unfinished.map((u) => u.key).filter((key) => !abandoned.has(key)));
    const objects = await this.storage.listObjects(root);
    const finished = new Set(objects.map((o) => o.key).filter((key) => !TUS_SIDECAR.test(key)));
    const doomed = objects
      .filter(({ key, modifiedAt }) => {
        const upload = key.replace(TUS_SIDECAR, '');
        if (abandoned.has(upload)) return true;
        const orphanSidecar = upload !== key && !stillOpen.has(upload) && !finished.has(upload);
        return orphanSidecar && modifiedAt.getTime() <= cutoff;
      })
      .map((o) => o.key);
    await this.storage.deleteKeys(doomed);
    if (abandoned.size > 0 || doomed.length > 0) this.logger.log({ msg: 'abandoned uploads removed', aborted: abandoned.size, objects: doomed.length });
    return { aborted: abandoned.size, objects: doomed.length };
  }
}
