import { Injectable } from '@nestjs/common';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FfmpegRepository } from '../transcode/ffmpeg.repository.js';

const MP4_DEMUXERS = 'mov,mp4,m4a,3gp,3g2,mj2';
const PROBE_TIMEOUT_MS = 15_000;

/** ffprobe's arguments: the decode times of the first packets, edit lists ignored (players read `tfdt` as it is). */
export function firstPacketsArgs(file: string): string[] {
  return [
    '-v', 'error', '-protocol_whitelist', 'file', '-format_whitelist', MP4_DEMUXERS, '-ignore_editlist', '1',
    '-read_intervals', '%+#16', '-show_entries', 'packet=stream_index,dts_time', '-print_format', 'json', `file:${file}`,
  ];
}

/** The earliest decode time over the tracks, in 90 kHz ticks (what hls.js and Safari take as the media start). */
export function mpegTsOf(packets: Array<{ dts_time?: string }>): number {
  const times = packets.map((p) => Number(p.dts_time)).filter((t) => Number.isFinite(t));
  if (times.length === 0) throw new Error('ffprobe found no timed packet in the first segment');
  return Math.round(Math.min(...times) * 90_000);
}

/**
 * Measures where an fMP4 rendition's media starts: its init section and first segment, joined as one
 * file, probed for the first samples' decode times. `X-TIMESTAMP-MAP` ties caption time 0 to it.
 */
@Injectable()
export class MediaStartProbe {
  constructor(private readonly ffmpeg: FfmpegRepository) {}

  /** `head` is the init section followed by the first segment (unencrypted). */
  async measure(head: Buffer[]): Promise<number> {
    const dir = await mkdtemp(join(tmpdir(), 'onstream-media-start-'));
    try {
      const file = join(dir, 'head.mp4');
      await writeFile(file, Buffer.concat(head));
      const { packets } = await this.ffmpeg.probeJson<{ packets?: Array<{ dts_time?: string }> }>(firstPacketsArgs(file), PROBE_TIMEOUT_MS);
      return mpegTsOf(packets ?? []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
