import type { AdBreakInfo } from '@onstream/common';
import type { StoredAdConfig } from '@onstream/common/schemas/video.schema.js';

/** Never more mid-rolls than this, however short the frequency (a video has few boundaries anyway). */
const MAX_MID_ROLLS = 200;

/** Media time in seconds, to the millisecond (segment durations are decimal; sums must compare exactly). */
const ms = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** Where each segment starts (the first at 0) and where the last ends: the only places a break may go. */
export function segmentBoundaries(segmentDurations: number[]): { starts: number[]; end: number } {
  const starts: number[] = [];
  let t = 0;
  for (const duration of segmentDurations) {
    starts.push(ms(t));
    t += duration;
  }
  return { starts, end: ms(t) };
}

/** HH:MM:SS.mmm, the clock form VMAP offsets and VAST durations use. */
export function clockTime(seconds: number): string {
  const total = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(total / 3_600_000))}:${pad(Math.floor(total / 60_000) % 60)}:${pad(Math.floor(total / 1000) % 60)}.${pad(total % 1000, 3)}`;
}

/** VMAP timeOffset: `start`, `end` or HH:MM:SS.mmm. */
export function vmapTimeOffset(kind: AdBreakInfo['kind'], seconds: number): string {
  if (kind === 'preroll') return 'start';
  if (kind === 'postroll') return 'end';
  return clockTime(seconds);
}

/** The segment start nearest to a wanted time, among those strictly inside the video. */
function snap(wanted: number, inner: number[]): number | undefined {
  let best: number | undefined;
  for (const start of inner) if (best === undefined || Math.abs(start - wanted) < Math.abs(best - wanted)) best = start;
  return best;
}

/**
 * The ad breaks of a video: a pre-roll at 0, mid-rolls every `frequency` minutes (or at the cue
 * points, which win) each moved to the nearest segment start inside the video (two landing on the
 * same start make one break), and a post-roll at the end. Segment starts are keyframes of every
 * rendition (the ladder forces them), so a player can cut there without a partial GOP.
 */
export function planAdBreaks(config: StoredAdConfig, segmentDurations: number[]): AdBreakInfo[] {
  const { starts, end } = segmentBoundaries(segmentDurations);
  const breaks: AdBreakInfo[] = [];
  const add = (kind: AdBreakInfo['kind'], id: string, offsetSeconds: number) => breaks.push({ id, kind, offsetSeconds, timeOffset: vmapTimeOffset(kind, offsetSeconds) });
  if (config.preRoll) add('preroll', 'preroll', 0);
  if (config.midRoll) {
    const inner = starts.filter((s) => s > 0);
    const wanted = config.cuePoints && config.cuePoints.length > 0 ? config.cuePoints.filter((c) => c > 0 && c < end) : everyInterval(config.frequency, end);
    const snapped = new Set<number>();
    for (const time of wanted) {
      const at = snap(time, inner);
      if (at !== undefined) snapped.add(at);
    }
    [...snapped].sort((a, b) => a - b).slice(0, MAX_MID_ROLLS).forEach((at, i) => add('midroll', `midroll-${i + 1}`, at));
  }
  if (config.postRoll && end > 0) add('postroll', 'postroll', end);
  return breaks;
}

function everyInterval(frequencyMinutes: number | undefined, end: number): number[] {
  if (!frequencyMinutes || frequencyMinutes <= 0) return [];
  const step = frequencyMinutes * 60;
  const times: number[] = [];
  for (let t = step; t < end && times.length < MAX_MID_ROLLS; t += step) times.push(ms(t));
  return times;
}
