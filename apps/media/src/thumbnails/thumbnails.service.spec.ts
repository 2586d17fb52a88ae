import { jest } from '@jest/globals';
import { MediaConfig } from '../media.config.js';
import type { ObjectStorage } from '../storage/object-storage.repository.js';
import { actor, videoDoc } from '../testing/factories.js';
import { strictMock } from '../testing/strict-mock.js';
import type { VideosRepository } from '../videos/videos.repository.js';
import type { ImageRepository, ImageInfo } from './image.repository.js';
import { ThumbnailsService } from './thumbnails.service.js';

const VIDEO_ID = '665f1c2e9b1e8a0012345678';
const objectKey = `run/uploads/${VIDEO_ID}/thumb-abc`;
const config = Object.assign(new MediaConfig(), { THUMBNAIL_MAX_BYTES: 5000 });

function setup(info: ImageInfo | undefined) {
  const deleteKeys = jest.fn(async () => undefined);
  const putBuffer = jest.fn(async () => undefined);
  const update = jest.fn(async () => videoDoc({ id: VIDEO_ID }));
  const service = new ThumbnailsService(
    config,
    strictMock<VideosRepository>('VideosRepository', { findById: async () => videoDoc({ id: VIDEO_ID }), update }),
    strictMock<ObjectStorage>('ObjectStorage', { key: (p: string) => `run/${p}`, readBuffer: async () => Buffer.from('img'), putBuffer, deleteKeys }),
    strictMock<ImageRepository>('ImageRepository', { inspect: async () => info, toJpeg: async (_data: Buffer, width: number) => Buffer.from(`jpeg-${width}`) }),
  );
  return { service, deleteKeys, putBuffer, update };
}

describe('ThumbnailsService', () => {
  it('stores a poster and a thumbnail from a valid image and marks the video', async () => {
    const { service, putBuffer, update, deleteKeys } = setup({ format: 'png', width: 640, height: 360 });
    await service.complete({ actor: actor(), videoId: VIDEO_ID, objectKey, size: 3, kind: 'thumbnail' });
    expect(putBuffer.mock.calls).toEqual([
      [`run/assets/${VIDEO_ID}/custom/poster.jpg`, Buffer.from('jpeg-1280')],
      [`run/assets/${VIDEO_ID}/custom/thumb.jpg`, Buffer.from('jpeg-320')],
    ]);
    expect(update).toHaveBeenCalledWith(VIDEO_ID, { $set: { customPoster: true } });
    expect(deleteKeys).toHaveBeenCalledWith([objectKey, `${objectKey}.info`]);
  });

  it('refuses a file that is no image with 422 and still deletes the staging copy', async () => {
    const { service, deleteKeys } = setup(undefined);
    await expect(service.complete({ actor: actor(), videoId: VIDEO_ID, objectKey, size: 3, kind: 'thumbnail' })).rejects.toMatchObject({ status: 422 });
    expect(deleteKeys).toHaveBeenCalledWith([objectKey, `${objectKey}.info`]);
  });

  it('refuses an image smaller than 160×90', async () => {
    await expect(setup({ format: 'jpeg', width: 100, height: 100 }).service.complete({ actor: actor(), videoId: VIDEO_ID, objectKey, size: 3, kind: 'thumbnail' })).rejects.toMatchObject({ status: 422 });
  });

  it('refuses an image over the pixel limit with 422 naming it, before decoding, and deletes the staging copy', async () => {
    const { service, putBuffer, deleteKeys } = setup({ format: 'png', width: 20_000, height: 20_000 });
    await expect(service.complete({ actor: actor(), videoId: VIDEO_ID, objectKey, size: 3, kind: 'thumbnail' })).rejects.toMatchObject({
      status: 422, message: 'The image has 400000000 pixels; the limit is 50000000.',
    });
    expect(putBuffer).not.toHaveBeenCalled();
    expect(deleteKeys).toHaveBeenCalledWith([objectKey, `${objectKey}.info`]);
  });

  it('refuses an image over the configured size before any byte', async () => {
    await expect(setup(undefined).service.authorize({ actor: actor(), videoId: VIDEO_ID, size: 5001, filename: 'p.png', kind: 'thumbnail' })).rejects.toMatchObject({ status: 413 });
  });
});
