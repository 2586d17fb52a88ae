import type { ProbeResult } from './ffmpeg.repository.js';
import type { SourceInfo } from './ladder.planner.js';

/** Formats ffprobe may name for image or text inputs that it can "decode" but that are no videos. */
const STILL_FORMATS = new Set(['image2', 'png_pipe', 'jpeg_pipe', 'gif', 'webp_pipe', 'tty', 'bmp_pipe', 'svg_pipe']);

function rate(value: string | undefined): number {
  if (!value) return 0;
  const [num, den] = value.split('/').map(Number);
  const fps = den ? num / den : num;
  return Number.isFinite(fps) ? fps : 0;
}

/** Reads a probe into SourceInfo, or returns the reason the input is not a usable video. */
export function inspectSource(probe: ProbeResult): SourceInfo | { reason: string } {
  const video = probe.streams.find((s) => s.codec_type === 'video');
  if (!video || !video.width || !video.height) return { reason: 'The file has no video stream.' };
  if (STILL_FORMATS.has(probe.format?.format_name ?? '')) return { reason: `The file is a ${probe.format?.format_name} image or text, not a video.` };
  const durationSeconds = Number(probe.format?.duration ?? video.duration ?? 0);
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) return { reason: 'The video has no duration.' };
  const fps = rate(video.avg_frame_rate) || rate(video.r_frame_rate);
  if (fps <= 0 || fps > 240) return { reason: 'The video has no usable frame rate.' };
  return { width: video.width, height: video.height, fps, durationSeconds, hasAudio: probe.streams.some((s) => s.codec_type === 'audio') };
}
