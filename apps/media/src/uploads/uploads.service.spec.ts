import { jest } from '@jest/globals';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MediaConfig } from '../media.config.js';
import type { ObjectStorage } from '../storage/object-storage.repository.js';
import { actor, videoDoc } from '../testing/factories.js';
import { strictMock } from '../testing/strict-mock.js';
import { MediaToolError, type FfmpegRepository, type ProbeResult } from '../transcode/ffmpeg.repository.js';
import { SourceProbe } from '../transcode/source-probe.js';
import type { JobQueue } from '../transcode/job-queue.js';
import type { VideosRepository } from '../videos/videos.repository.js';
import type { ThumbnailsService } from '../thumbnails/thumbnails.service.js';
import { UploadsService } from './uploads.service.js';

const VIDEO_ID = '665f1c2e9b1e8a0012345678';
const config = Object.assign(new MediaConfig(), { UPLOAD_MAX_BYTES: 1000, S3_KEY_PREFIX: 'run/', TRANSCODE_WORK_DIR: mkdtempSync(join(tmpdir(), 'uploads-spec-')) });
const storage = (extra: Partial<ObjectStorage> = {}) =>
  strictMock<ObjectStorage>('ObjectStorage', { key: (path: string) => `run/${path}`, download: async () => undefined, ...extra });
const videoProbe: ProbeResult = { streams: [{ codec_type: 'video', width: 640, height: 360, avg_frame_rate: '25/1' }], format: { format_name: 'mov,mp4', duration: '4' } };

function setup(deps: { videos?: Partial<VideosRepository>; storage?: ObjectStorage; ffmpeg?: Partial<FfmpegRepository>; jobs?: Partial<JobQueue> }) {
  return new UploadsService(
    config,
    strictMock<VideosRepository>('VideosRepository', { findById: async () => videoDoc({ id: VIDEO_ID }), ...deps.videos }),
    deps.storage ?? storage(),
    new SourceProbe(config, strictMock<FfmpegRepository>('FfmpegRepository', deps.ffmpeg ?? {})),
    strictMock<JobQueue>('JobQueue', deps.jobs ?? {}),
    strictMock<ThumbnailsService>('ThumbnailsService', {}),
  );
}

describe('UploadsService.authorize', () => {
  it('names a fresh object under the video’s upload prefix', async () => {
    const { objectKey } = await setup({}).authorize({ actor: actor(), videoId: VIDEO_ID, size: 10, filename: 'a.MP4', kind: 'video' });
    expect(objectKey).toMatch(new RegExp(`^run/uploads/${VIDEO_ID}/[0-9a-f]{24}$`));
  });

  it.each([
    [0, 'a.mp4', 400, 'MEDIA.UPLOAD_EMPTY'],
    [1001, 'a.mp4', 413, 'MEDIA.UPLOAD_TOO_LARGE'],
    [10, 'a.txt', 415, 'MEDIA.UNSUPPORTED_TYPE'],
  ])('refuses %i bytes named %s with %i', async (size, filename, status, code) => {
    await expect(setup({}).authorize({ actor: actor(), videoId: VIDEO_ID, size, filename, kind: 'video' })).rejects.toMatchObject({ status, code });
  });

  it('refuses a new upload while one is processing', async () => {
    const service = setup({ videos: { findById: async () => videoDoc({ id: VIDEO_ID, status: 'processing' }) } });
    await expect(service.authorize({ actor: actor(), videoId: VIDEO_ID, size: 10, filename: 'a.mp4', kind: 'video' })).rejects.toMatchObject({ status: 409 });
  });
});

describe('UploadsService.complete', () => {
  const objectKey = `run/uploads/${VIDEO_ID}/abc123`;

  it('queues one transcode job per upload, keyed by the asset id', async () => {
    const transition = jest.fn(async () => videoDoc({ id: VIDEO_ID, status: 'processing' }));
    const enqueueTranscode = jest.fn(async () => 'transcode-abc123');
    const service = setup({ videos: { transition }, ffmpeg: { probe: async () => videoProbe }, jobs: { enqueueTranscode } });
    await expect(service.complete({ actor: actor(), videoId: VIDEO_ID, objectKey, size: 10, kind: 'video' })).resolves.toEqual({ videoId: VIDEO_ID, jobId: 'transcode-abc123' });
    expect(enqueueTranscode).toHaveBeenCalledWith({ videoId: VIDEO_ID, assetId: 'abc123', sourceKey: objectKey });
    expect(transition).toHaveBeenCalledWith(VIDEO_ID, ['awaiting_upload', 'ready', 'failed'], expect.objectContaining({ $set: expect.objectContaining({ status: 'processing', assetId: 'abc123' }) }));
  });

  it('deletes a file ffprobe cannot read and answers 422 with the reason', async () => {
    const deleteKeys = jest.fn(async () => undefined);
    const service = setup({
      storage: storage({ deleteKeys }),
      ffmpeg: { probe: async (file: string) => Promise.reject(new MediaToolError('ffprobe', 1, `file:${file}: Invalid data found when processing input\n`)) },
    });
    await expect(service.complete({ actor: actor(), videoId: VIDEO_ID, objectKey, size: 10, kind: 'video' })).rejects.toMatchObject({
      status: 422, code: 'MEDIA.NOT_A_VIDEO', message: 'The file is not a readable video (Invalid data found when processing input).',
    });
    expect(deleteKeys).toHaveBeenCalledWith([objectKey, `${objectKey}.info`]);
    expect(readdirSync(config.TRANSCODE_WORK_DIR)).toEqual([]);
  });

  it('refuses a playlist or other demuxer outside the allow-list with 422', async () => {
    const service = setup({ storage: storage({ deleteKeys: async () => undefined }), ffmpeg: { probe: async () => Promise.reject(new MediaToolError('ffprobe', 1, "[hls @ 0x1] Format not on whitelist 'mov,matroska'\nfile:/x: Invalid argument\n")) } });
    await expect(service.complete({ actor: actor(), videoId: VIDEO_ID, objectKey, size: 10, kind: 'video' })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^The file is not a video in an accepted container/) });
  });

  it('lets an S3 failure surface instead of blaming the file', async () => {
    const service = setup({ storage: strictMock<ObjectStorage>('ObjectStorage', { key: (p: string) => `run/${p}`, download: async () => Promise.reject(new Error('S3 down')) }), ffmpeg: { probe: async () => videoProbe } });
    await expect(service.complete({ actor: actor(), videoId: VIDEO_ID, objectKey, size: 10, kind: 'video' })).rejects.toThrow('S3 down');
  });

  it('refuses an object key of another video', async () => {
    await expect(setup({}).complete({ actor: actor(), videoId: VIDEO_ID, objectKey: 'run/uploads/other/abc', size: 10, kind: 'video' })).rejects.toMatchObject({ status: 400 });
  });
});
