import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCodes, type AuthorizeUploadRequest, type AuthorizeUploadResponse, type UploadCompletedRequest, type UploadCompletedResponse } from '@onstream/common';
import { randomBytes } from 'node:crypto';
import { MediaConfig } from '../media.config.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { requireOwnerOrAdmin } from '../videos/video-access.js';
import { VideosRepository } from '../videos/videos.repository.js';
import { ImageRepository } from './image.repository.js';

const EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'];
const FORMATS = new Set(['jpeg', 'png', 'webp']);
const MIN_WIDTH = 160;
const MIN_HEIGHT = 90;

/** Custom posters: a creator's image, checked and re-encoded (poster ≤ 1280 wide, thumbnail 320). */
@Injectable()
export class ThumbnailsService {
  private readonly logger = new Logger(ThumbnailsService.name);

  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly videos: VideosRepository,
    private readonly storage: ObjectStorage,
    private readonly images: ImageRepository,
  ) {}

  async authorize({ actor, videoId, size, filename }: AuthorizeUploadRequest): Promise<AuthorizeUploadResponse> {
    requireOwnerOrAdmin(actor, await this.videos.findById(videoId));
    if (size === 0) throw new DomainError(ErrorCodes.MediaUploadEmpty, 400, 'The image is empty (0 bytes).');
    if (size > this.config.THUMBNAIL_MAX_BYTES) {
      throw new DomainError(ErrorCodes.MediaUploadTooLarge, 413, `The image is larger than the limit of ${this.config.THUMBNAIL_MAX_BYTES} bytes.`, { limit: this.config.THUMBNAIL_MAX_BYTES });
    }
    const extension = filename.slice(filename.lastIndexOf('.') + 1).toLowerCase();
    if (!filename.includes('.') || !EXTENSIONS.includes(extension)) {
      throw new DomainError(ErrorCodes.MediaUnsupportedType, 415, `Posters must be ${EXTENSIONS.join(', ')} images.`);
    }
    return { objectKey: this.storage.key(`uploads/${videoId}/thumb-${randomBytes(12).toString('hex')}`) };
  }

  async complete({ actor, videoId, objectKey }: UploadCompletedRequest): Promise<UploadCompletedResponse> {
    requireOwnerOrAdmin(actor, await this.videos.findById(videoId));
    if (!objectKey.startsWith(this.storage.key(`uploads/${videoId}/thumb-`))) {
      throw DomainError.validation([{ field: 'objectKey', message: 'objectKey does not belong to this video' }]);
    }
    try {
      const data = await this.storage.readBuffer(objectKey);
      const info = await this.images.inspect(data);
      if (!info || !FORMATS.has(info.format)) throw new DomainError(ErrorCodes.MediaUnsupportedType, 422, 'The file is not a JPEG, PNG or WebP image.');
      if (info.width < MIN_WIDTH || info.height < MIN_HEIGHT) {
        throw new DomainError(ErrorCodes.MediaUnsupportedType, 422, `The image must be at least ${MIN_WIDTH}×${MIN_HEIGHT} pixels.`);
      }
      if (info.width * info.height > this.config.POSTER_MAX_PIXELS) {
        throw new DomainError(ErrorCodes.MediaUnsupportedType, 422, `The image has ${info.width * info.height} pixels; the limit is ${this.config.POSTER_MAX_PIXELS}.`, { limit: this.config.POSTER_MAX_PIXELS });
      }
      const custom = this.storage.key(`assets/${videoId}/custom/`);
      await this.storage.putBuffer(`${custom}poster.jpg`, await this.images.toJpeg(data, 1280));
      await this.storage.putBuffer(`${custom}thumb.jpg`, await this.images.toJpeg(data, 320));
      await this.videos.update(videoId, { $set: { customPoster: true } });
      this.logger.log({ msg: 'custom poster set', videoId });
      return { videoId };
    } finally {
      // The upload is only a staging copy: it goes whether it was accepted or refused.
      await this.storage.deleteKeys([objectKey, `${objectKey}.info`]);
    }
  }
}
