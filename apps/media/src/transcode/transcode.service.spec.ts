import { jest } from '@jest/globals';
import type { JetStreamBus } from '@onstream/common';
import type { Job } from 'bullmq';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MediaConfig } from '../media.config.js';
import type { ObjectStorage } from '../storage/object-storage.repository.js';
import { videoDoc } from '../testing/factories.js';
import { strictMock } from '../testing/strict-mock.js';
import type { VideosRepository } from '../videos/videos.repository.js';
import type { AssetPackager } from './asset-packager.js';
import { MediaToolError, MediaToolTimeout, type FfmpegRepository, type ProbeResult } from './ffmpeg.repository.js';
import type { JobData } from './jobs.js';
import { SourceProbe } from './source-probe.js';
import type { StoryboardWriter } from './storyboard.writer.js';
import type { MediaOutbox } from '../events/media-outbox.js';
import { TranscodeService } from './transcode.service.js';

const VIDEO_ID = '665f1c2e9b1e8a0012345678';
const data: JobData['transcode'] = { videoId: VIDEO_ID, assetId: 'asset1', sourceKey: `run/uploads/${VIDEO_ID}/asset1` };
const config = Object.assign(new MediaConfig(), { TRANSCODE_WORK_DIR: mkdtempSync(join(tmpdir(), 'transcode-spec-')), S3_KEY_PREFIX: 'run/' });
const videoProbe: ProbeResult = { streams: [{ codec_type: 'video', width: 640, height: 360, avg_frame_rate: '25/1' }], format: { format_name: 'mov,mp4', duration: '4' } };
const outerFiles = () => readdirSync(config.TRANSCODE_WORK_DIR);

function job(attemptsMade: number, attempts = 3): Job<JobData['transcode']> {
  return { data, attemptsMade, opts: { attempts }, updateProgress: async () => undefined } as unknown as Job<JobData['transcode']>;
}

function setup(ffmpeg: Partial<FfmpegRepository>) {
  const updateAsset = jest.fn(async () => videoDoc({ id: VIDEO_ID, assetId: 'asset1' }));
  const deleteKeys = jest.fn(async () => undefined);
  const deletePrefix = jest.fn(async () => 0);
  const publish = jest.fn(async () => ({ seq: 1, duplicate: false }));
  const tools = strictMock<FfmpegRepository>('FfmpegRepository', ffmpeg);
  const service = new TranscodeService(
    config,
    strictMock<VideosRepository>('VideosRepository', { findById: async () => videoDoc({ id: VIDEO_ID, assetId: 'asset1', status: 'processing' }), updateAsset }),
    strictMock<ObjectStorage>('ObjectStorage', { key: (p: string) => `run/${p}`, download: async () => undefined, deleteKeys, deletePrefix }),
    tools,
    new SourceProbe(config, tools),
    strictMock<AssetPackager>('AssetPackager', {}),
    strictMock<StoryboardWriter>('StoryboardWriter', {}),
    strictMock<JetStreamBus>('JetStreamBus', { publish }),
    strictMock<MediaOutbox>('MediaOutbox', { kick: () => undefined }),
  );
  return { service, updateAsset, deleteKeys, deletePrefix, publish };
}

describe('TranscodeService failures', () => {
  it('marks a source that is no video as failed at once, with the reason, and removes its objects', async () => {
    const { service, updateAsset, deleteKeys, deletePrefix, publish } = setup({ probe: async () => ({ streams: [{ codec_type: 'audio' }], format: { format_name: 'matroska,webm', duration: '3' } }) });
    await expect(service.transcode(job(0))).rejects.toThrow('The file has no video stream.');
    expect(updateAsset).toHaveBeenCalledWith(VIDEO_ID, 'asset1', { $set: { status: 'failed', failureReason: 'The file has no video stream.' }, $unset: { sourceKey: 1 } }, [
      expect.objectContaining({ type: 'media.asset.failed', data: { videoId: VIDEO_ID, assetId: 'asset1', reason: 'The file has no video stream.' }, id: 'asset-failed-asset1' }),
    ]);
    expect(deleteKeys).toHaveBeenCalledWith([data.sourceKey, `${data.sourceKey}.info`]);
    expect(deletePrefix).toHaveBeenCalledWith(`run/assets/${VIDEO_ID}/asset1/`);
    expect(publish).not.toHaveBeenCalledWith('media.asset.failed', expect.anything(), expect.anything());
  });

  it('leaves the video processing when an attempt fails but retries remain', async () => {
    const { service, updateAsset, deleteKeys } = setup({ probe: async () => videoProbe, run: async () => Promise.reject(new MediaToolError('ffmpeg', 1, 'boom')) });
    await expect(service.transcode(job(0))).rejects.toThrow('ffmpeg exited with 1: boom');
    expect(updateAsset.mock.calls.some((call) => JSON.stringify(call).includes('"failed"'))).toBe(false);
    expect(deleteKeys).not.toHaveBeenCalled();
  });

  it('keeps the failure reason when the last attempt fails', async () => {
    const { service, updateAsset } = setup({ probe: async () => videoProbe, run: async () => Promise.reject(new MediaToolError('ffmpeg', 1, 'boom')) });
    await expect(service.transcode(job(2))).rejects.toThrow();
    expect(updateAsset).toHaveBeenCalledWith(VIDEO_ID, 'asset1', { $set: { status: 'failed', failureReason: 'ffmpeg exited with 1: boom' }, $unset: { sourceKey: 1 } }, expect.any(Array));
  });

  it('fails at once, naming the time limit, when an ffmpeg run is killed, and leaves no work files or objects', async () => {
    const { service, updateAsset, deletePrefix } = setup({ probe: async () => videoProbe, run: async () => Promise.reject(new MediaToolTimeout('ffmpeg', 160_000)) });
    await expect(service.transcode(job(0))).rejects.toThrow('ffmpeg ran longer than its limit of 160 s and was stopped.');
    expect(updateAsset).toHaveBeenCalledWith(VIDEO_ID, 'asset1', { $set: { status: 'failed', failureReason: 'ffmpeg ran longer than its limit of 160 s and was stopped.' }, $unset: { sourceKey: 1 } }, expect.any(Array));
    expect(deletePrefix).toHaveBeenCalledWith(`run/assets/${VIDEO_ID}/asset1/`);
    expect(outerFiles()).toEqual([]);
  });

  it('fails a source over a limit at once, with the limit in the reason', async () => {
    const { service, updateAsset } = setup({ probe: async () => ({ ...videoProbe, format: { format_name: 'matroska,webm', duration: '36000' } }) });
    await expect(service.transcode(job(0))).rejects.toThrow('The video lasts 36000 s; the limit is 14400 s.');
    expect(updateAsset).toHaveBeenCalledWith(VIDEO_ID, 'asset1', expect.objectContaining({ $set: { status: 'failed', failureReason: 'The video lasts 36000 s; the limit is 14400 s.' } }), expect.any(Array));
  });
});
