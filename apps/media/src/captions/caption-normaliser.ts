import { DomainError, ErrorCodes, type CaptionFormat } from '@onstream/common';
import SrtParser from 'srt-parser-2';
import type { WebVttCue } from 'webvtt-parser';
import { webVttParser, webVttSerializer } from './webvtt.js';

/** A caption file checked and rewritten as WebVTT: the text stored and the cues it holds. */
export interface NormalisedCaption {
  vtt: string;
  cues: WebVttCue[];
  styles: string[];
  lastCueEndSeconds: number;
}

const BARE_AMPERSAND = /&(?![A-Za-z][A-Za-z0-9]*;|#\d+;|#x[0-9A-Fa-f]+;)/g;

/** Half a millisecond: cue times are written to the millisecond. */
const EPSILON = 0.0005;

/**
 * Parses a WebVTT (w3c's webvtt.js) or SubRip (srt-parser-2) file, refuses what a player would
 * stumble on (parse errors, no cues, inverted, overlapping or out-of-range cue times) and writes it
 * back as one canonical WebVTT. SRT goes through the same WebVTT parser after its timestamps are
 * rewritten, so both formats meet the same rules.
 */
export function normaliseCaption(text: string, format: CaptionFormat, durationSeconds: number): NormalisedCaption {
  // A bare `&` is the one slip players forgive that the WebVTT grammar does not: escape it, refuse the rest.
  const source = text.replace(/^\uFEFF/, '').replace(BARE_AMPERSAND, '&amp;');
  const vttText = format === 'srt' ? srtToWebVtt(source) : source;
  const parsed = webVttParser().parse(vttText);
  if (parsed.errors.length > 0) {
    const errors = parsed.errors.slice(0, 10).map((e) => ({ field: `line ${e.line}`, message: e.message }));
    throw new DomainError(ErrorCodes.MediaCaptionMalformed, 422, `The ${format === 'srt' ? 'SubRip' : 'WebVTT'} file is malformed: ${errors[0].message} (${errors[0].field}).`, { errors });
  }
  if (parsed.cues.length === 0) throw new DomainError(ErrorCodes.MediaCaptionMalformed, 422, 'The caption file has no cues.');
  const cues = parsed.cues.map((cue) => ({ ...cue, id: cue.id ? cue.id : undefined }));
  checkTimings(cues, durationSeconds);
  const vtt = webVttSerializer().serialize(cues, parsed.styles);
  return { vtt, cues, styles: parsed.styles, lastCueEndSeconds: Math.max(...cues.map((c) => c.endTime)) };
}

/** Cues in start order (the parser sorts them): each ends after it starts, none overlaps the one before, all end by the video's end. */
function checkTimings(cues: WebVttCue[], durationSeconds: number): void {
  const refuse = (index: number, message: string) => {
    const cue = cues[index];
    return new DomainError(ErrorCodes.MediaCaptionTiming, 422, message, { cue: index + 1, startSeconds: cue.startTime, endSeconds: cue.endTime, durationSeconds });
  };
  cues.forEach((cue, i) => {
    if (cue.startTime < 0) throw refuse(i, `Cue ${i + 1} starts before 0.`);
    if (cue.endTime <= cue.startTime) throw refuse(i, `Cue ${i + 1} ends before it starts.`);
    if (i > 0 && cue.startTime < cues[i - 1].endTime - EPSILON) throw refuse(i, `Cue ${i + 1} overlaps the cue before it.`);
    if (cue.endTime > durationSeconds + EPSILON) throw refuse(i, `Cue ${i + 1} ends after the video (${durationSeconds} s).`);
  });
}

/**
 * SubRip to WebVTT text: srt-parser-2 reads the blocks and their times; every `-->` line must have
 * become a cue (the parser skips what it cannot read), and the cue text must not hold a timing arrow.
 */
function srtToWebVtt(text: string): string {
  const cues = new SrtParser().fromSrt(text);
  const timingLines = text.split(/\r\n|\r|\n/).filter((line) => line.includes('-->')).length;
  if (cues.length !== timingLines) {
    throw new DomainError(ErrorCodes.MediaCaptionMalformed, 422, `The SubRip file is malformed: ${timingLines} timing lines but ${cues.length} readable cues.`);
  }
  const blocks = cues.map((cue) => `${webVttTime(cue.startTime)} --> ${webVttTime(cue.endTime)}\n${cue.text.trim()}`);
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/** SubRip `00:01:02,500` is WebVTT `00:01:02.500`. */
function webVttTime(srtTime: string): string {
  return srtTime.replace(',', '.');
}
