import type { VideoCaption } from '@onstream/common/schemas/video.schema.js';
import { retainCaptions } from './caption-retention.js';
import { withSubtitleGroup } from './subtitle-group.js';

const MASTER = '#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n#EXT-X-STREAM-INF:BANDWIDTH=800,AVERAGE-BANDWIDTH=700,RESOLUTION=640x360,CODECS="avc1.640028,mp4a.40.2",FRAME-RATE=25.000\n360p/index.m3u8\n';

function track(language: string, overrides: Partial<VideoCaption> = {}): VideoCaption {
  return { language, kind: 'subtitles', label: language, default: false, forced: false, objectKey: `k/${language}.vtt`, cues: 2, lastCueEndSeconds: 9, bytes: 100, updatedAt: new Date(0), ...overrides };
}

describe('withSubtitleGroup', () => {
  it('leaves a master without tracks as it was', () => {
    expect(withSubtitleGroup(MASTER, [])).toBe(MASTER);
  });

  it('adds one SUBTITLES rendition per track and points every variant at the group', () => {
    const text = withSubtitleGroup(MASTER, [track('en', { kind: 'captions', label: 'English', default: true }), track('fr', { forced: true, label: 'English' })]);
    expect(text).toContain(
      '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",DEFAULT=YES,AUTOSELECT=YES,FORCED=NO,LANGUAGE="en",CHARACTERISTICS="public.accessibility.transcribes-spoken-dialog,public.accessibility.describes-music-and-sound",URI="captions/en/index.m3u8"',
    );
    expect(text).toContain('#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English (fr)",DEFAULT=NO,AUTOSELECT=YES,FORCED=YES,LANGUAGE="fr",URI="captions/fr/index.m3u8"');
    expect(text).toMatch(/#EXT-X-STREAM-INF:.*SUBTITLES="subs"\n360p\/index\.m3u8/);
  });

  it('marks described video with its characteristic', () => {
    expect(withSubtitleGroup(MASTER, [track('en', { kind: 'descriptions' })])).toContain('CHARACTERISTICS="public.accessibility.describes-video"');
  });
});

describe('retainCaptions', () => {
  it('keeps tracks that end within the new duration and lists the others as dropped', () => {
    const at = new Date('2026-12-05T12:00:00Z');
    const { kept, dropped } = retainCaptions([track('en', { lastCueEndSeconds: 5 }), track('fr', { lastCueEndSeconds: 8.5 })], 6, at);
    expect(kept.map((t) => t.language)).toEqual(['en']);
    expect(dropped).toEqual([{ language: 'fr', lastCueEndSeconds: 8.5, durationSeconds: 6, droppedAt: at }]);
  });
});
