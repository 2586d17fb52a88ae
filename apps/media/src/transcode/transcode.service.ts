import { Inject, Injectable, Logger } from '@nestjs/common';
import { JetStreamBus, MediaEvents, outboxEvent, type AssetFailedEvent, type AssetProgressEvent, type AssetReadyEvent, type ProcessingStage } from '@onstream/common';
import type { Video, VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { Job, UnrecoverableError } from 'bullmq';
import type { UpdateQuery } from 'mongoose';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { retainCaptions } from '../captions/caption-retention.js';
import { MediaStartProbe } from '../captions/media-start.probe.js';
import { MediaOutbox } from '../events/media-outbox.js';
import { MediaConfig } from '../media.config.js';
import { ObjectStorage } from '../storage/object-storage.repository.js';
import { VideosRepository } from '../videos/videos.repository.js';
import { AssetPackager } from './asset-packager.js';
import { FfmpegRepository, MediaToolTimeout } from './ffmpeg.repository.js';
import { JobHandler } from './job-handler.decorator.js';
import { readVariantPlaylist } from './hls-playlists.js';
import { JobNames, type JobData } from './jobs.js';
import { LadderPlanner, type SourceInfo, type TranscodePlan } from './ladder.planner.js';
import { SourceProbe } from './source-probe.js';
import { StoryboardWriter } from './storyboard.writer.js';

type TranscodeJob = Job<JobData[typeof JobNames.Transcode]>;

/** Percent ranges of the stages, so progress only ever moves forward. */
const RANGES: Record<'probing' | 'transcoding' | 'images' | 'publishing', [number, number]> = {
  probing: [0, 5],
  transcoding: [5, 85],
  images: [85, 92],
  publishing: [92, 99],
};

/**
 * One upload → one asset: probe, ABR ladder to HLS, poster/thumbnails/storyboard, optional AES-128,
 * upload to S3, mark ready, emit media.asset.ready. Re-running a job (retry, stalled worker) redoes
 * the same asset id into the same keys, so it never yields a second asset.
 */
@Injectable()
export class TranscodeService {
  private readonly logger = new Logger(TranscodeService.name);
  private readonly planner: LadderPlanner;

  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly videos: VideosRepository,
    private readonly storage: ObjectStorage,
    private readonly ffmpeg: FfmpegRepository,
    private readonly probe: SourceProbe,
    private readonly packager: AssetPackager,
    private readonly storyboard: StoryboardWriter,
    private readonly bus: JetStreamBus,
    private readonly outbox: MediaOutbox,
  ) {
    this.planner = new LadderPlanner({
      ladder: config.ladder,
      preset: config.TRANSCODE_PRESET,
      segmentSeconds: config.TRANSCODE_SEGMENT_SECONDS,
      threads: config.TRANSCODE_THREADS,
      maxAllocBytes: config.TRANSCODE_MAX_ALLOC_BYTES,
    });
  }

  @JobHandler(JobNames.Transcode)
  async transcode(job: TranscodeJob): Promise<{ renditions: number }> {
    const { videoId, assetId } = job.data;
    const work = join(this.config.TRANSCODE_WORK_DIR, assetId);
    try {
      const result = await this.run(job, work);
      return { renditions: result };
    } catch (error) {
      const final = error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (final) await this.fail(job, error instanceof Error ? error.message : String(error));
      else this.logger.warn({ msg: 'transcode attempt failed, will retry', videoId, assetId, attempt: job.attemptsMade + 1, err: String(error) });
      throw error;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private async run(job: TranscodeJob, work: string): Promise<number> {
    const { videoId, assetId, sourceKey } = job.data;
    const video = await this.videos.findById(videoId);
    if (!video || video.assetId !== assetId) throw new UnrecoverableError('The video was deleted or replaced while it waited.');
    await rm(work, { recursive: true, force: true });
    await mkdir(join(work, 'out', 'images'), { recursive: true });
    const input = join(work, 'source');

    await this.progress(job, 'probing', 0);
    await this.storage.download(sourceKey, input);
    const source = await this.probe.inspect(input);
    if ('reason' in source) throw new UnrecoverableError(source.reason);

    const out = join(work, 'out');
    const plan = this.planner.plan(source, input, out);
    const timeoutMs = this.config.transcodeTimeoutMs(source.durationSeconds);
    await this.progress(job, 'transcoding', 0);
    // The poster is one frame seeked in the source: started beside the ladder it uses the CPU the ladder
    // leaves idle instead of adding its time after it.
    const images = join(out, 'images');
    const poster = this.ffmpeg.run(this.planner.posterArgs(source, input, Math.min(source.durationSeconds * 0.1, 10), join(images, 'poster.jpg')), timeoutMs);
    let last = 0;
    const ladder = this.ffmpeg.run(plan.args, timeoutMs, (seconds) => {
      const fraction = Math.min(1, seconds / source.durationSeconds);
      if (fraction - last < 0.05) return;
      last = fraction;
      void this.progress(job, 'transcoding', fraction).catch((error: unknown) => this.logger.warn({ msg: 'progress update failed', err: String(error) }));
    });
    // Both settle before the job goes on or fails, so no ffmpeg still writes into a work dir being removed.
    const failure = (await Promise.allSettled([ladder, poster])).find((result): result is PromiseRejectedResult => result.status === 'rejected');
    // A run past its time limit would only run out of time again: the job fails at once, with the limit.
    if (failure) throw failure.reason instanceof MediaToolTimeout ? new UnrecoverableError(failure.reason.message) : failure.reason;
    await this.progress(job, 'images', 0);
    await this.makePreviews(plan, source, work, images, timeoutMs).catch((error: unknown) => {
      throw error instanceof MediaToolTimeout ? new UnrecoverableError(error.message) : error;
    });

    await this.progress(job, 'publishing', 0);
    const renditions = await this.packager.writeMaster(out, plan.renditions, plan.fps);
    // Where the media starts, for the captions' X-TIMESTAMP-MAP: read before encryption hides it.
    const mediaStart = await this.measureMediaStart(join(out, plan.renditions[0].name));
    const aesKey = video.drm ? await this.packager.encrypt(out, plan.renditions) : undefined;
    const prefix = this.storage.key(`assets/${videoId}/${assetId}/`);
    await this.storage.uploadDirectory(out, prefix);

    const summary = renditions.map((r) => ({ name: r.name, width: r.width, height: r.height, bandwidth: r.averageBandwidth }));
    const changes = {
      $set: { status: 'ready', stage: 'done', percent: 100, durationSeconds: Math.round(source.durationSeconds * 1000) / 1000, renditions: summary, captionTimeBase: { assetId, mpegts: mediaStart }, ...(aesKey ? { aesKey } : {}) },
      $unset: { failureReason: 1, sourceKey: 1, ...(aesKey ? {} : { aesKey: 1 }) },
    } as UpdateQuery<Video>;
    // The event carries the metadata as read just before, in the same write: a write pinned to that read.
    let ready: VideoDocument | null = null;
    let keptCaptions: string[] = [];
    for (let attempt = 0; !ready && attempt < 5; attempt += 1) {
      const current = await this.videos.findById(videoId);
      if (!current || current.assetId !== assetId) break;
      // Captions stay when their cues fit the new content; the others are dropped and listed.
      const captions = retainCaptions(current.captions ?? [], Math.round(source.durationSeconds * 1000) / 1000, new Date());
      keptCaptions = captions.kept.map((t) => t.objectKey);
      const event: AssetReadyEvent = {
        videoId,
        assetId,
        ownerId: current.ownerId,
        durationSeconds: Math.round(source.durationSeconds * 1000) / 1000,
        renditions: summary,
        posterKey: `${prefix}images/poster.jpg`,
        video: {
          title: current.title, description: current.description, category: current.category, tags: current.tags, language: current.language, visibility: current.visibility, maturityLevel: current.maturityLevel ?? '18+',
          captionLanguages: captions.kept.map((t) => t.language),
        },
      };
      const withCaptions = { ...changes, $set: { ...changes.$set, captions: captions.kept, droppedCaptions: captions.dropped } } as UpdateQuery<Video>;
      ready = await this.videos.updateAssetAsRead(videoId, assetId, current.updatedAt, withCaptions, [outboxEvent(MediaEvents.AssetReady, event, `asset-ready-${assetId}`)]);
    }
    if (!ready) throw new UnrecoverableError('The video was replaced or kept changing while it was transcoded.');
    this.outbox.kick();
    await this.removeOtherAssets(videoId, assetId, keptCaptions);
    await this.storage.deleteKeys([sourceKey, `${sourceKey}.info`]);
    this.logger.log({ msg: 'asset ready', videoId, assetId, renditions: summary.map((r) => r.name) });
    return summary.length;
  }

  /**
   * Thumbnails and storyboard are decoded from the smallest rendition, not the source: two full decodes
   * of a 1080p source beside the ladder cost about a tenth of the job on two cores, while the smallest
   * rung decodes in a fraction of a second and has the same timeline.
   */
  private async makePreviews(plan: TranscodePlan, source: SourceInfo, work: string, dir: string, timeoutMs: number): Promise<void> {
    const smallest = plan.renditions.reduce((a, b) => (b.width * b.height < a.width * a.height ? b : a));
    const preview = await this.joinRendition(join(work, 'out', smallest.name), join(work, 'preview.mp4'));
    // Our own output, opened like any source: local file only, its container forced.
    const previewSource: SourceInfo = { ...source, container: 'mov', width: smallest.width, height: smallest.height };
    const run = (args: string[]) => this.ffmpeg.run(args, timeoutMs);
    await run(this.planner.thumbnailArgs(previewSource, preview, 5, dir));
    await this.storyboard.write(this.planner.input(previewSource, preview), previewSource, dir, this.config.STORYBOARD_INTERVAL_SECONDS, run);
  }

  /** A rendition's init section and segments back to back: one fragmented MP4 file. */
  private async joinRendition(renditionDir: string, file: string): Promise<string> {
    const playlist = readVariantPlaylist(await readFile(join(renditionDir, 'index.m3u8'), 'utf8'));
    const parts = [...(playlist.mapUri ? [playlist.mapUri] : []), ...playlist.segments.map((segment) => segment.uri)];
    const output = createWriteStream(file);
    for (const part of parts) {
      await new Promise<void>((resolve, reject) => {
        const input = createReadStream(join(renditionDir, part));
        input.once('error', reject).once('end', resolve).pipe(output, { end: false });
      });
    }
    await new Promise<void>((resolve, reject) => output.once('error', reject).end(resolve));
    return file;
  }

  /** Everything of the video's but this asset, the custom poster and the captions kept (a caption uploaded meanwhile has a new key under captions/: kept too). */
  private async removeOtherAssets(videoId: string, assetId: string, keptCaptions: string[]): Promise<void> {
    const keys = await this.storage.listKeys(this.storage.key(`assets/${videoId}/`));
    const keep = [this.storage.key(`assets/${videoId}/${assetId}/`), this.storage.key(`assets/${videoId}/custom/`)];
    const current = new Set((await this.videos.findById(videoId))?.captions?.map((t) => t.objectKey) ?? keptCaptions);
    await this.storage.deleteKeys(keys.filter((key) => !keep.some((prefix) => key.startsWith(prefix)) && !current.has(key)));
  }

  /** The init section and first segment of a packaged rendition, probed for the media's first decode time (90 kHz). */
  private async measureMediaStart(renditionDir: string): Promise<number> {
    const playlist = readVariantPlaylist(await readFile(join(renditionDir, 'index.m3u8'), 'utf8'));
    const first = playlist.segments[0];
    if (!first) throw new UnrecoverableError('The packaged rendition has no segments.');
    const files = [...(playlist.mapUri ? [playlist.mapUri] : []), first.uri];
    return new MediaStartProbe(this.ffmpeg).measure(await Promise.all(files.map((file) => readFile(join(renditionDir, file)))));
  }

  private async fail(job: TranscodeJob, reason: string): Promise<void> {
    const { videoId, assetId, sourceKey } = job.data;
    this.logger.error({ msg: 'transcode failed', videoId, assetId, reason });
    const event: AssetFailedEvent = { videoId, assetId, reason };
    await this.videos.updateAsset(videoId, assetId, { $set: { status: 'failed', failureReason: reason }, $unset: { sourceKey: 1 } }, [outboxEvent(MediaEvents.AssetFailed, event, `asset-failed-${assetId}`)]);
    this.outbox.kick();
    await this.storage.deleteKeys([sourceKey, `${sourceKey}.info`]);
    await this.storage.deletePrefix(this.storage.key(`assets/${videoId}/${assetId}/`));
  }

  private async progress(job: TranscodeJob, stage: keyof typeof RANGES, fraction: number): Promise<void> {
    const [from, to] = RANGES[stage];
    const percent = Math.round(from + (to - from) * fraction);
    await job.updateProgress({ stage, percent });
    await this.videos.updateAsset(job.data.videoId, job.data.assetId, { $set: { stage: stage as ProcessingStage, percent } });
    if (fraction === 0) {
      const event: AssetProgressEvent = { videoId: job.data.videoId, assetId: job.data.assetId, stage, percent };
      // Best effort: a lost progress notice is overtaken by the next one, and NATS down must not fail the transcode.
      await this.bus
        .publish(MediaEvents.AssetProgress, event, `asset-progress-${job.data.assetId}-${stage}-${job.attemptsMade}`)
        .catch((error: unknown) => this.logger.warn({ msg: 'progress event not published', err: String(error) }));
    }
  }
}
