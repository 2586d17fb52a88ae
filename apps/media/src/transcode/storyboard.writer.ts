import { Injectable } from '@nestjs/common';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceInfo } from './ladder.planner.js';

export const TILE_WIDTH = 160;
export const TILE_HEIGHT = 90;
const COLUMNS = 10;

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** WebVTT cues pointing at tiles of the sprite (media fragment `#xywh=`), one per interval. */
export function storyboardVtt(durationSeconds: number, interval: number, sprite: string): string {
  const count = Math.max(1, Math.ceil(durationSeconds / interval));
  const cues = ['WEBVTT', ''];
  for (let i = 0; i < count; i += 1) {
    const start = i * interval;
    const end = Math.min(durationSeconds, start + interval);
    const x = (i % COLUMNS) * TILE_WIDTH;
    const y = Math.floor(i / COLUMNS) * TILE_HEIGHT;
    cues.push(`${timestamp(start)} --> ${timestamp(end)}`, `${sprite}#xywh=${x},${y},${TILE_WIDTH},${TILE_HEIGHT}`, '');
  }
  return cues.join('\n');
}

/** Storyboard sprite (JPEG grid) and its WebVTT index, for scrubbing previews. */
@Injectable()
export class StoryboardWriter {
  /** `input`: the arguments that open the source (LadderPlanner.input). */
  async write(input: string[], source: SourceInfo, dir: string, interval: number, runFfmpeg: (args: string[]) => Promise<void>): Promise<void> {
    const count = Math.max(1, Math.ceil(source.durationSeconds / interval));
    const rows = Math.ceil(count / COLUMNS);
    const columns = Math.min(COLUMNS, count);
    await runFfmpeg(storyboardArgs(input, interval, columns, rows, join(dir, 'storyboard.jpg')));
    await writeFile(join(dir, 'storyboard.vtt'), storyboardVtt(source.durationSeconds, interval, 'storyboard.jpg'));
  }
}

export function storyboardArgs(input: string[], interval: number, columns: number, rows: number, output: string): string[] {
  return [
    ...input,
    '-vf', `fps=1/${interval},scale=${TILE_WIDTH}:${TILE_HEIGHT}:force_original_aspect_ratio=decrease,pad=${TILE_WIDTH}:${TILE_HEIGHT}:(ow-iw)/2:(oh-ih)/2,tile=${columns}x${rows}`,
    '-frames:v', '1', '-q:v', '5', output,
  ];
}
