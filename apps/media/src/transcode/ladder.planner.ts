import type { LadderRung } from '../media.config.js';
import type { SourceInfo } from './source-inspector.js';

export type { SourceInfo };


export interface Rendition {
  name: string;
  width: number;
  height: number;
  videoKbps: number;
  audioKbps: number;
}

export interface LadderOptions {
  ladder: LadderRung[];
  preset: string;
  segmentSeconds: number;
  /** Threads for decoding, filtering and each encoder. */
  threads: number;
  /** ffmpeg's `-max_alloc`: the largest single allocation. */
  maxAllocBytes: number;
}

export interface TranscodePlan {
  renditions: Rendition[];
  /** Frames per GOP: fixed, so every rendition has keyframes at the same instants. */
  gop: number;
  fps: number;
  args: string[];
}

const evenDown = (n: number) => Math.max(2, Math.floor(n / 2) * 2);
const evenNearest = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/** A clamped source this close in pixels to the rendition below it adds no rendition of its own. */
const NEAR_DUPLICATE = 1.1;

/**
 * The size a rung gives a source: fitted in the rung's 16:9 box (turned upright for a portrait source),
 * never above the source in either dimension, even sides, the source aspect within a pixel.
 * `filled` says the box bound it on one side; otherwise the source itself was the bound.
 */
export function fitRung(source: Pick<SourceInfo, 'width' | 'height'>, rungHeight: number): { width: number; height: number; filled: boolean } {
  const long = evenNearest((rungHeight * 16) / 9);
  const [boxWidth, boxHeight] = source.height > source.width ? [rungHeight, long] : [long, rungHeight];
  const maxWidth = Math.min(boxWidth, evenDown(source.width));
  const maxHeight = Math.min(boxHeight, evenDown(source.height));
  // The binding side is taken whole; the other follows the source aspect, rounded to even, within its bound.
  const [width, height] =
    maxWidth / source.width <= maxHeight / source.height
      ? [maxWidth, Math.min(maxHeight, evenNearest((maxWidth * source.height) / source.width))]
      : [Math.min(maxWidth, evenNearest((maxHeight * source.width) / source.height)), maxHeight];
  return { width, height, filled: width === boxWidth || height === boxHeight };
}

const COMMON_ARGS = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error'];

/**
 * Plans the ABR ladder and the ffmpeg runs that make it. Each rung is a 16:9 box (upright for portrait
 * sources); the source is fitted into the boxes from the lowest up, and the first box the source does
 * not fill takes the source at its own size and ends the ladder, so nothing is upscaled and a source
 * between rungs keeps its resolution. One run decodes once, splits, scales to each rung, H.264 + AAC,
 * HLS with fMP4 segments whose boundaries align across renditions (fixed GOP, forced keyframes, no scene-cut).
 * Every run reads only the local source file, with the container forced and no longer than its probed duration.
 */
export class LadderPlanner {
  constructor(private readonly options: LadderOptions) {}

  renditions(source: Pick<SourceInfo, 'width' | 'height'>): Rendition[] {
    const out: Rendition[] = [];
    for (const rung of [...this.options.ladder].sort((a, b) => a.height - b.height)) {
      const { width, height, filled } = fitRung(source, rung.height);
      const rendition = { name: `${rung.height}p`, width, height, videoKbps: rung.videoKbps, audioKbps: rung.audioKbps };
      if (filled) {
        out.unshift(rendition);
        continue;
      }
      const below = out[0];
      if (!below || width * height > below.width * below.height * NEAR_DUPLICATE) out.unshift(rendition);
      break;
    }
    return out;
  }

  /** How every run opens the source: the local file only, its detected container forced, read no further than the probe said. */
  input(source: SourceInfo, file: string, extra: string[] = []): string[] {
    const limit = (source.durationSeconds + this.options.segmentSeconds).toFixed(3);
    return [
      ...COMMON_ARGS, '-max_alloc', String(this.options.maxAllocBytes), '-threads', String(this.options.threads),
      '-protocol_whitelist', 'file', '-f', source.container, ...extra, '-t', limit, '-i', `file:${file}`,
    ];
  }

  plan(source: SourceInfo, input: string, outputDir: string): TranscodePlan {
    const renditions = this.renditions(source);
    const seg = this.options.segmentSeconds;
    const gop = Math.max(1, Math.round(source.fps * seg));
    const n = renditions.length;
    const split = `[0:v]split=${n}${renditions.map((_, i) => `[v${i}]`).join('')}`;
    const scales = renditions.map((r, i) => `[v${i}]scale=${r.width}:${r.height}:flags=bicubic,setsar=1[o${i}]`);
    const threads = String(this.options.threads);
    const args = [...this.input(source, input), '-filter_complex_threads', threads, '-filter_complex', [split, ...scales].join(';')];
    renditions.forEach((_, i) => {
      args.push('-map', `[o${i}]`);
      if (source.hasAudio) args.push('-map', '0:a:0');
    });
    args.push('-c:v', 'libx264', '-threads', threads, '-preset', this.options.preset, '-pix_fmt', 'yuv420p', '-r', source.frameRate);
    renditions.forEach((r, i) => {
      args.push(`-b:v:${i}`, `${r.videoKbps}k`, `-maxrate:v:${i}`, `${Math.round(r.videoKbps * 1.07)}k`, `-bufsize:v:${i}`, `${r.videoKbps * 2}k`);
    });
    args.push('-g', String(gop), '-keyint_min', String(gop), '-sc_threshold', '0', '-force_key_frames', `expr:gte(t,n_forced*${seg})`);
    if (source.hasAudio) {
      args.push('-c:a', 'aac', '-ac', '2', '-ar', '48000');
      renditions.forEach((r, i) => args.push(`-b:a:${i}`, `${r.audioKbps}k`));
    }
    const streamMap = renditions.map((r, i) => `v:${i}${source.hasAudio ? `,a:${i}` : ''},name:${r.name}`).join(' ');
    args.push(
      '-f', 'hls',
      '-hls_time', String(seg),
      '-hls_playlist_type', 'vod',
      '-hls_segment_type', 'fmp4',
      '-hls_flags', 'independent_segments',
      '-hls_fmp4_init_filename', 'init.mp4',
      '-hls_segment_filename', `${outputDir}/%v/seg_%05d.m4s`,
      '-master_pl_name', 'ffmpeg-master.m3u8',
      '-var_stream_map', streamMap,
      '-progress', 'pipe:1',
      '-nostats',
      `${outputDir}/%v/index.m3u8`,
    );
    return { renditions, gop, fps: source.fps, args };
  }

  /** A poster frame (JPEG) at `atSeconds`, at most 1280 wide. */
  posterArgs(source: SourceInfo, input: string, atSeconds: number, output: string): string[] {
    return [...this.input(source, input, ['-ss', atSeconds.toFixed(3)]), '-frames:v', '1', '-vf', "scale='min(1280,iw)':-2", '-q:v', '3', output];
  }

  /** Thumbnails: `count` frames spread over the video, 320 wide, `<dir>/thumb_001.jpg` … */
  thumbnailArgs(source: SourceInfo, input: string, count: number, dir: string): string[] {
    const every = Math.max(source.durationSeconds / count, 0.1);
    return [...this.input(source, input), '-vf', `fps=1/${every.toFixed(3)},scale=320:-2`, '-frames:v', String(count), '-q:v', '4', `${dir}/thumb_%03d.jpg`];
  }
}
