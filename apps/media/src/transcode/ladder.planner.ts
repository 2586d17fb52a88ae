import type { LadderRung } from '../media.config.js';

/** What ffprobe told us about a source that is worth transcoding. */
export interface SourceInfo {
  width: number;
  height: number;
  fps: number;
  durationSeconds: number;
  hasAudio: boolean;
}

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
}

export interface TranscodePlan {
  renditions: Rendition[];
  /** Frames per GOP: fixed, so every rendition has keyframes at the same instants. */
  gop: number;
  fps: number;
  args: string[];
}

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/**
 * Plans the ABR ladder and the one ffmpeg run that makes it: decode once, split, scale to each
 * rung at or below the source height (never upscale), H.264 + AAC, HLS with fMP4 segments whose
 * boundaries align across renditions (fixed GOP, forced keyframes on segment starts, scene-cut off).
 */
export class LadderPlanner {
  constructor(private readonly options: LadderOptions) {}

  renditions(source: SourceInfo): Rendition[] {
    const sourceHeight = even(source.height);
    const rungs = [...this.options.ladder].sort((a, b) => b.height - a.height).filter((rung) => rung.height <= sourceHeight);
    // A source smaller than the lowest rung still gets one rendition, at its own size and the lowest bitrates.
    const chosen = rungs.length > 0 ? rungs : [{ ...this.lowestRung(), height: sourceHeight }];
    return chosen.map((rung) => ({
      name: `${rung.height}p`,
      height: rung.height,
      width: even((source.width * rung.height) / source.height),
      videoKbps: rung.videoKbps,
      audioKbps: rung.audioKbps,
    }));
  }

  plan(source: SourceInfo, input: string, outputDir: string): TranscodePlan {
    const renditions = this.renditions(source);
    const fps = Math.round(source.fps * 1000) / 1000;
    const seg = this.options.segmentSeconds;
    const gop = Math.max(1, Math.round(fps * seg));
    const n = renditions.length;
    const split = `[0:v]split=${n}${renditions.map((_, i) => `[v${i}]`).join('')}`;
    const scales = renditions.map((r, i) => `[v${i}]scale=${r.width}:${r.height}:flags=bicubic,setsar=1[o${i}]`);
    const args = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-i', input, '-filter_complex', [split, ...scales].join(';')];
    renditions.forEach((_, i) => {
      args.push('-map', `[o${i}]`);
      if (source.hasAudio) args.push('-map', '0:a:0');
    });
    args.push('-c:v', 'libx264', '-preset', this.options.preset, '-pix_fmt', 'yuv420p', '-r', String(fps));
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
    return { renditions, gop, fps, args };
  }

  /** A poster frame (JPEG) at `atSeconds`, at most 1280 wide. */
  posterArgs(input: string, atSeconds: number, output: string): string[] {
    return ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-ss', atSeconds.toFixed(3), '-i', input, '-frames:v', '1', '-vf', "scale='min(1280,iw)':-2", '-q:v', '3', output];
  }

  /** Thumbnails: `count` frames spread over the video, 320 wide, `<dir>/thumb_001.jpg` … */
  thumbnailArgs(input: string, source: SourceInfo, count: number, dir: string): string[] {
    const every = Math.max(source.durationSeconds / count, 0.1);
    return ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-i', input, '-vf', `fps=1/${every.toFixed(3)},scale=320:-2`, '-frames:v', String(count), '-q:v', '4', `${dir}/thumb_%03d.jpg`];
  }

  private lowestRung(): LadderRung {
    return [...this.options.ladder].sort((a, b) => a.height - b.height)[0] ?? { height: 240, videoKbps: 400, audioKbps: 64 };
  }
}
