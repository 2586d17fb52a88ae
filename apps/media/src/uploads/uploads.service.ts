import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  ErrorCodes,
  type AuthorizeUploadRequest,
  type AuthorizeUploadResponse,
  type UploadCompletedRequest,
  type UploadCompletedResponse,
} from '@onstream/common';
import { randomBytes } from 'node:crypto';
import { MediaConfig } from '../media.config.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { FfmpegRepository, MediaToolError } from '../transcode/ffmpeg.repository.js';
import { JobQueue } from '../transcode/job-queue.js';
import { inspectSource } from '../transcode/source-inspector.js';
import { ThumbnailsService } from '../thumbnails/thumbnails.service.js';
import { requireOwnerOrAdmin } from '../videos/video-access.js';
import { VideosRepository } from '../videos/videos.repository.js';

/** A video takes a (new) upload unless one is being processed. */
const UPLOADABLE = ['awaiting_upload', 'ready', 'failed'] as const;

@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly videos: VideosRepository,
    private readonly storage: ObjectStorage,
    private readonly ffmpeg: FfmpegRepository,
    private readonly jobs: JobQueue,
    private readonly thumbnails: ThumbnailsService,
  ) {}

  /** Before the first byte: owner, state, size and type limits. Answers the key the upload goes to. */
  async authorize(request: AuthorizeUploadRequest): Promise<AuthorizeUploadResponse> {
    if (request.kind === 'thumbnail') return this.thumbnails.authorize(request);
    const { actor, videoId, size, filename } = request;
    const video = requireOwnerOrAdmin(actor, await this.videos.findById(videoId));
    if (!(UPLOADABLE as readonly string[]).includes(video.status)) {
      throw new DomainError(ErrorCodes.MediaUploadNotAllowed, 409, `The video is ${video.status}; wait until processing ends to replace it.`);
    }
    if (size === 0) throw new DomainError(ErrorCodes.MediaUploadEmpty, 400, 'The upload is empty (0 bytes).');
    if (size > this.config.UPLOAD_MAX_BYTES) {
      throw new DomainError(ErrorCodes.MediaUploadTooLarge, 413, `The upload is larger than the limit of ${this.config.UPLOAD_MAX_BYTES} bytes.`, { limit: this.config.UPLOAD_MAX_BYTES });
    }
    const extension = filename.includes('.') ? filename.slice(filename.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!this.config.uploadExtensions.includes(extension)) {
      throw new DomainError(ErrorCodes.MediaUnsupportedType, 415, `Files of type ".${extension}" are not accepted; use one of ${this.config.uploadExtensions.join(', ')}.`);
    }
    return { objectKey: this.storage.key(`uploads/${videoId}/${randomBytes(12).toString('hex')}`) };
  }

  /**
   * The last byte is in S3: probe it. A file that is no video is deleted and refused (422) with the
   * reason; a video is queued for transcoding under an asset id taken from its upload key, so a
   * repeated completion message queues nothing new.
   */
  async complete(request: UploadCompletedRequest): Promise<UploadCompletedResponse> {
    if (request.kind === 'thumbnail') return this.thumbnails.complete(request);
    const { actor, videoId, objectKey, size } = request;
    const video = requireOwnerOrAdmin(actor, await this.videos.findById(videoId));
    const expectedPrefix = this.storage.key(`uploads/${videoId}/`);
    if (!objectKey.startsWith(expectedPrefix)) throw DomainError.validation([{ field: 'objectKey', message: 'objectKey does not belong to this video' }]);
    const assetId = objectKey.slice(expectedPrefix.length);
    if (video.assetId === assetId && video.status !== 'failed') {
      return { videoId, jobId: await this.jobs.enqueueTranscode({ videoId, assetId, sourceKey: objectKey }) };
    }
    const reason = await this.rejection(objectKey, size);
    if (reason) {
      await this.storage.deleteKeys([objectKey, `${objectKey}.info`]);
      this.logger.warn({ msg: 'upload rejected', videoId, reason });
      throw new DomainError(ErrorCodes.MediaNotVideo, 422, reason);
    }
    const moved = await this.videos.transition(videoId, [...UPLOADABLE], {
      $set: { status: 'processing', stage: 'queued', percent: 0, assetId, sourceKey: objectKey },
      $unset: { failureReason: 1 },
    });
    if (!moved) throw new DomainError(ErrorCodes.MediaUploadNotAllowed, 409, 'The video is already processing another upload.');
    const jobId = await this.jobs.enqueueTranscode({ videoId, assetId, sourceKey: objectKey });
    return { videoId, jobId };
  }

  private async rejection(objectKey: string, size: number): Promise<string | undefined> {
    if (size === 0) return 'The upload is empty (0 bytes).';
    try {
      const source = inspectSource(await this.ffmpeg.probe(await this.storage.internalUrl(objectKey)));
      return 'reason' in source ? source.reason : undefined;
    } catch (error) {
      // ffprobe refusing the file is the answer; anything else (S3 down) is not the uploader's fault.
      if (!(error instanceof MediaToolError)) throw error;
      // ffprobe names its input: the presigned object URL (endpoint, bucket, access key id) stays out.
      const detail = error.stderr.trim().split('\n').pop()?.replace(/\bhttps?:\/\/\S+?(?=: |\s|$)/g, 'the upload').slice(0, 200);
      return `The file is not a readable video${detail ? ` (${detail})` : ''}.`;
    }
  }
}
