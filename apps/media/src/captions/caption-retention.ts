import type { DroppedCaption, VideoCaption } from '@onstream/common/schemas/video.schema.js';

/** Half a millisecond, as the normaliser allows. */
const EPSILON = 0.0005;

/**
 * At a content replacement: tracks whose last cue still ends within the new duration stay; the
 * others are dropped and listed, so the creator sees which to upload again.
 */
export function retainCaptions(tracks: readonly VideoCaption[], durationSeconds: number, at: Date): { kept: VideoCaption[]; dropped: DroppedCaption[] } {
  const kept = tracks.filter((t) => t.lastCueEndSeconds <= durationSeconds + EPSILON);
  const dropped = tracks.filter((t) => !kept.includes(t)).map((t) => ({ language: t.language, lastCueEndSeconds: t.lastCueEndSeconds, durationSeconds, droppedAt: at }));
  return { kept, dropped };
}
