import type { WebVttCue } from 'webvtt-parser';
import { webVttSerializer } from './webvtt.js';

/** One segment of the video's timeline (from its media playlist): where it starts and how long it lasts. */
export interface TimelineSegment {
  startSeconds: number;
  durationSeconds: number;
}

/** The WebVTT segment file of the segment at `index`: `seg_00000.vtt`, as the video's `seg_00000.m4s`. */
export function captionSegmentName(index: number): string {
  return `seg_${String(index).padStart(5, '0')}.vtt`;
}

export function captionSegmentIndex(file: string): number {
  return Number.parseInt(/^seg_(\d+)\.vtt$/.exec(file)?.[1] ?? '-1', 10);
}

/** Start of each segment from the durations in order. */
export function timelineOf(durations: number[]): TimelineSegment[] {
  let start = 0;
  return durations.map((durationSeconds) => {
    const segment = { startSeconds: start, durationSeconds };
    start += durationSeconds;
    return segment;
  });
}

/**
 * The language's media playlist: one WebVTT segment per video segment, same durations, so a
 * player fetches the cues of the time it is about to show (RFC 8216 §3.5).
 */
export function captionMediaPlaylist(timeline: TimelineSegment[]): string {
  const target = Math.max(1, ...timeline.map((s) => Math.ceil(s.durationSeconds)));
  const lines = ['#EXTM3U', '#EXT-X-VERSION:3', `#EXT-X-TARGETDURATION:${target}`, '#EXT-X-MEDIA-SEQUENCE:0', '#EXT-X-PLAYLIST-TYPE:VOD'];
  timeline.forEach((segment, i) => lines.push(`#EXTINF:${segment.durationSeconds.toFixed(6)},`, captionSegmentName(i)));
  lines.push('#EXT-X-ENDLIST');
  return `${lines.join('\n')}\n`;
}

/**
 * One WebVTT segment: the cues showing during it (a cue spanning segments is repeated in each; players
 * drop the copies), times unchanged, and `X-TIMESTAMP-MAP` tying LOCAL 0 to the 90 kHz time at which
 * the media starts, so cue times read as times from the start of the presentation.
 */
export function captionSegment(cues: WebVttCue[], styles: string[], segment: TimelineSegment, mediaStartMpegTs: number): string {
  const end = segment.startSeconds + segment.durationSeconds;
  const showing = cues.filter((cue) => cue.startTime < end && cue.endTime > segment.startSeconds);
  const body = webVttSerializer().serialize(showing, styles);
  return body.replace(/^WEBVTT\n/, `WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:${mediaStartMpegTs},LOCAL:00:00:00.000\n`);
}
