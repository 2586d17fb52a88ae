import { spawnSync } from 'node:child_process';

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A test clip from ffmpeg's lavfi sources (testsrc2 picture, sine tone), fast to encode. */
export function makeClip(file: string, options: { seconds: number; width: number; height: number; fps?: number; videoKbps?: number; faststart?: boolean }): void {
  const { seconds, width, height, fps = 25, videoKbps = 3000 } = options;
  run('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=${fps}:duration=${seconds}`,
    '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', `${videoKbps}k`, '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '96k',
    ...(options.faststart ? ['-movflags', '+faststart'] : []),
    file,
  ]);
}

export interface ProbedVideo {
  width: number;
  height: number;
  keyframeTimes: number[];
}

/** Video size and the times of its keyframes (packets flagged K). */
export function probeVideo(file: string): ProbedVideo {
  const out = JSON.parse(run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height:packet=pts_time,flags', '-of', 'json', file])) as {
    streams: Array<{ width: number; height: number }>;
    packets: Array<{ pts_time: string; flags: string }>;
  };
  const stream = out.streams[0];
  return {
    width: stream.width,
    height: stream.height,
    keyframeTimes: out.packets.filter((p) => p.flags.startsWith('K')).map((p) => Number(p.pts_time)).sort((a, b) => a - b),
  };
}

/** Decodes every frame; answers ffmpeg's error output (empty when the file decodes cleanly). */
export function decodeErrors(file: string): string {
  const result = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'null', '-'], { encoding: 'utf8' });
  return result.status === 0 ? result.stderr.trim() : `exit ${result.status}: ${result.stderr.trim()}`;
}
