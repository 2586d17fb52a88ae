import { Inject, Injectable } from '@nestjs/common';
import { MediaConfig } from '../media.config.js';
import { FfmpegRepository, MediaToolError, MediaToolTimeout } from './ffmpeg.repository.js';
import type { SourceInfo } from './ladder.planner.js';
import { CONTAINER_REFUSED, inspectSource, SOURCE_CONTAINERS } from './source-inspector.js';

/**
 * Probes a local source file (one this app downloaded, never a URL) with only the allowed demuxers and
 * reads it against the configured limits: the source, or the reason it is refused, fit for the uploader.
 */
@Injectable()
export class SourceProbe {
  constructor(
    @Inject(MediaConfig) private readonly config: MediaConfig,
    private readonly ffmpeg: FfmpegRepository,
  ) {}

  async inspect(file: string): Promise<SourceInfo | { reason: string }> {
    try {
      return inspectSource(await this.ffmpeg.probe(file, SOURCE_CONTAINERS, this.config.PROBE_TIMEOUT_MS), this.config.sourceLimits);
    } catch (error) {
      if (error instanceof MediaToolTimeout) return { reason: `Reading the file took longer than the limit of ${Math.round(error.timeoutMs / 1000)} s.` };
      // ffprobe refusing the file is the answer; anything else is not the uploader's fault.
      if (!(error instanceof MediaToolError)) throw error;
      if (error.stderr.includes('not on whitelist')) return { reason: CONTAINER_REFUSED };
      // ffprobe names the file it read: a local path that is nobody's business but ours.
      const detail = error.stderr.trim().split('\n').pop()?.replaceAll(`file:${file}`, '').replace(/^:\s*/, '').slice(0, 200);
      return { reason: `The file is not a readable video${detail ? ` (${detail})` : ''}.` };
    }
  }
}
