import { DomainError } from '@onstream/common';
import { normaliseCaption } from './caption-normaliser.js';
import { webVttParser } from './webvtt.js';
import { captionMediaPlaylist, captionSegment, captionSegmentIndex, captionSegmentName, timelineOf } from './caption-segmenter.js';

const VTT = 'WEBVTT\n\nintro\n00:00:01.000 --> 00:00:02.500 align:start\nHello <i>there</i>\n\n00:03.000 --> 00:05.000\nFish & chips\n';
const SRT = '1\r\n00:00:00,500 --> 00:00:01,250\r\n<i>Bonjour</i>\r\n\r\n2\r\n00:00:04,000 --> 00:00:05,900\r\nÇa va ?\r\n';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('normaliseCaption', () => {
  it('keeps WebVTT cue ids, settings and markup and escapes a bare ampersand', () => {
    const caption = normaliseCaption(VTT, 'vtt', 6);
    expect(caption.vtt).toBe('WEBVTT\n\nintro\n00:01.000 --> 00:02.500 align:start\nHello <i>there</i>\n\n00:03.000 --> 00:05.000\nFish &amp; chips\n\n');
    expect(caption.lastCueEndSeconds).toBe(5);
  });

  it('turns SubRip into WebVTT with the same times and text', () => {
    const caption = normaliseCaption(SRT, 'srt', 6);
    const reparsed = webVttParser().parse(caption.vtt);
    expect(reparsed.errors).toEqual([]);
    expect(reparsed.cues.map((c) => [c.startTime, c.endTime, c.text])).toEqual([
      [0.5, 1.25, '<i>Bonjour</i>'],
      [4, 5.9, 'Ça va ?'],
    ]);
  });

  it('refuses a file without the WEBVTT signature as malformed', () => {
    expect(refusal(() => normaliseCaption('00:01.000 --> 00:02.000\nhi\n', 'vtt', 6))).toMatchObject({ code: 'MEDIA.CAPTION_MALFORMED', status: 422 });
  });

  it('refuses a SubRip file with an unreadable timing line', () => {
    const bad = '1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:0x,000 --> 00:00:03,000\nYo\n';
    expect(refusal(() => normaliseCaption(bad, 'srt', 6))).toMatchObject({ code: 'MEDIA.CAPTION_MALFORMED', status: 422 });
  });

  it('refuses a file with no cues', () => {
    expect(refusal(() => normaliseCaption('WEBVTT\n', 'vtt', 6)).message).toContain('no cues');
  });

  it('refuses an inverted cue', () => {
    expect(refusal(() => normaliseCaption('WEBVTT\n\n00:02.000 --> 00:01.000\nback\n', 'vtt', 6)).code).toMatch(/^MEDIA\.CAPTION_(MALFORMED|TIMING)$/);
  });

  it('refuses overlapping cues and names the cue', () => {
    const error = refusal(() => normaliseCaption('WEBVTT\n\n00:01.000 --> 00:03.000\na\n\n00:02.000 --> 00:04.000\nb\n', 'vtt', 6));
    expect(error).toMatchObject({ code: 'MEDIA.CAPTION_TIMING', status: 422, details: { cue: 2 } });
    expect(error.message).toContain('overlaps');
  });

  it('refuses a cue that ends after the video', () => {
    const error = refusal(() => normaliseCaption('WEBVTT\n\n00:05.000 --> 00:07.000\nlate\n', 'vtt', 6));
    expect(error).toMatchObject({ code: 'MEDIA.CAPTION_TIMING', details: { durationSeconds: 6 } });
  });
});

describe('caption segments', () => {
  const timeline = timelineOf([2, 2, 1.5]);

  it('lays segments end to end', () => {
    expect(timeline).toEqual([
      { startSeconds: 0, durationSeconds: 2 },
      { startSeconds: 2, durationSeconds: 2 },
      { startSeconds: 4, durationSeconds: 1.5 },
    ]);
  });

  it('lists one WebVTT segment per video segment with the same durations', () => {
    expect(captionMediaPlaylist(timeline)).toBe(
      '#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n' +
        '#EXTINF:2.000000,\nseg_00000.vtt\n#EXTINF:2.000000,\nseg_00001.vtt\n#EXTINF:1.500000,\nseg_00002.vtt\n#EXT-X-ENDLIST\n',
    );
  });

  it('names segments both ways', () => {
    expect(captionSegmentName(42)).toBe('seg_00042.vtt');
    expect(captionSegmentIndex('seg_00042.vtt')).toBe(42);
    expect(captionSegmentIndex('seg_x.vtt')).toBe(-1);
  });

  it('puts each cue in every segment it shows in, with the media start in X-TIMESTAMP-MAP', () => {
    const { cues, styles } = normaliseCaption(VTT, 'vtt', 6);
    const second = captionSegment(cues, styles, timeline[1], 126000);
    expect(second.split('\n').slice(0, 2)).toEqual(['WEBVTT', 'X-TIMESTAMP-MAP=MPEGTS:126000,LOCAL:00:00:00.000']);
    const parsed = webVttParser().parse(second);
    // The parser knows no header lines: HLS's X-TIMESTAMP-MAP on line 2 is its one complaint.
    expect(parsed.errors).toEqual([{ message: 'No blank line after the signature.', line: 2, col: undefined }]);
    expect(parsed.cues.map((c) => [c.startTime, c.endTime])).toEqual([
      [1, 2.5],
      [3, 5],
    ]);
    expect(webVttParser().parse(captionSegment(cues, styles, timeline[2], 0)).cues.map((c) => c.startTime)).toEqual([3]);
  });
});
