import type { SourceLimits } from '../media.config.js';
import type { ProbeResult } from './ffmpeg.repository.js';

/** What ffprobe told us about a source that is worth transcoding. */
export interface SourceInfo {
  /** The demuxer it was detected with, forced with `-f` on every later run. */
  container: SourceContainer;
  width: number;
  height: number;
  /** Exact frame rate as ffprobe's rational (`30000/1001`), passed to ffmpeg as it is. */
  frameRate: string;
  fps: number;
  durationSeconds: number;
  hasAudio: boolean;
}

/**
 * The only demuxers a source is ever opened with: ffprobe gets them as `-format_whitelist` (a playlist,
 * concat script, image sequence or text is refused before its demuxer reads a byte), and every later
 * ffmpeg run forces the detected one with `-f`. Each name also matches ffprobe's `format_name` list.
 */
export const SOURCE_CONTAINERS = ['mov', 'matroska', 'avi', 'mpegts', 'mpeg'] as const;
export type SourceContainer = (typeof SOURCE_CONTAINERS)[number];

export const CONTAINER_REFUSED = 'The file is not a video in an accepted container (MP4/MOV, Matroska/WebM, AVI, MPEG-TS or MPEG-PS).';

/** `num/den` as ffprobe writes frame rates; undefined unless both are positive integers. */
function rational(value: string | undefined): { text: string; value: number } | undefined {
  const match = /^(\d{1,9})(?:\/(\d{1,9}))?$/.exec(value ?? '');
  if (!match) return undefined;
  const num = Number(match[1]);
  const den = Number(match[2] ?? 1);
  if (num <= 0 || den <= 0) return undefined;
  return { text: den === 1 ? String(num) : `${num}/${den}`, value: num / den };
}

function containerOf(formatName: string | undefined): SourceContainer | undefined {
  const names = (formatName ?? '').split(',');
  return SOURCE_CONTAINERS.find((container) => names.includes(container));
}

/** Reads a probe into SourceInfo, or returns the reason (naming the limit) the input is refused. */
export function inspectSource(probe: ProbeResult, limits: SourceLimits): SourceInfo | { reason: string } {
  const container = containerOf(probe.format?.format_name);
  if (!container) return { reason: CONTAINER_REFUSED };
  if (probe.streams.length > limits.maxStreams) return { reason: `The file has ${probe.streams.length} streams; the limit is ${limits.maxStreams}.` };
  const video = probe.streams.find((s) => s.codec_type === 'video');
  if (!video) return { reason: 'The file has no video stream.' };
  const { width = 0, height = 0 } = video;
  if (width <= 0 || height <= 0) return { reason: `The video has no valid picture size; the limit is ${limits.maxWidth}×${limits.maxHeight}.` };
  if (width > limits.maxWidth || height > limits.maxHeight) return { reason: `The video is ${width}×${height}; the limit is ${limits.maxWidth}×${limits.maxHeight}.` };
  if (width * height > limits.maxPixels) return { reason: `The video has ${width * height} pixels per frame; the limit is ${limits.maxPixels}.` };
  const durationSeconds = Number(probe.format?.duration ?? video.duration ?? 0);
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) return { reason: 'The video has no duration.' };
  if (durationSeconds > limits.maxDurationSeconds) return { reason: `The video lasts ${Math.round(durationSeconds)} s; the limit is ${limits.maxDurationSeconds} s.` };
  const rate = rational(video.avg_frame_rate) ?? rational(video.r_frame_rate);
  if (!rate) return { reason: 'The video has no usable frame rate.' };
  if (rate.value > limits.maxFps) return { reason: `The video runs at ${Math.round(rate.value)} frames per second; the limit is ${limits.maxFps}.` };
  const kbps = Number(probe.format?.bit_rate ?? 0) / 1000;
  if (kbps > limits.maxKbps) return { reason: `The file's bitrate is ${Math.round(kbps)} kbit/s; the limit is ${limits.maxKbps} kbit/s.` };
  const audio = probe.streams.filter((s) => s.codec_type === 'audio');
  const channels = Math.max(0, ...audio.map((s) => s.channels ?? 0));
  if (channels > limits.maxAudioChannels) return { reason: `The audio has ${channels} channels; the limit is ${limits.maxAudioChannels}.` };
  return { container, width, height, frameRate: rate.text, fps: rate.value, durationSeconds, hasAudio: audio.length > 0 };
}
