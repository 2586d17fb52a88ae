import { addAdMarkers } from './ad-markers.js';
import { buildVmap } from './ad-documents.js';
import { planAdBreaks } from './ad-schedule.js';

const FOUR_SECONDS = (count: number) => Array.from({ length: count }, () => 4);

describe('planAdBreaks', () => {
  it('puts a pre-roll at 0, mid-rolls every frequency minutes and a post-roll at the end', () => {
    // 10 minutes of 4-second segments, a mid-roll every 3 minutes: 180 s and 360 s and 540 s.
    const breaks = planAdBreaks({ preRoll: true, midRoll: true, postRoll: true, frequency: 3 }, FOUR_SECONDS(150));
    expect(breaks).toEqual([
      { id: 'preroll', kind: 'preroll', offsetSeconds: 0, timeOffset: 'start' },
      { id: 'midroll-1', kind: 'midroll', offsetSeconds: 180, timeOffset: '00:03:00.000' },
      { id: 'midroll-2', kind: 'midroll', offsetSeconds: 360, timeOffset: '00:06:00.000' },
      { id: 'midroll-3', kind: 'midroll', offsetSeconds: 540, timeOffset: '00:09:00.000' },
      { id: 'postroll', kind: 'postroll', offsetSeconds: 600, timeOffset: 'end' },
    ]);
  });

  it('snaps cue points to the nearest segment start inside the video and merges those that meet', () => {
    const breaks = planAdBreaks({ preRoll: false, midRoll: true, postRoll: false, cuePoints: [5.9, 6.1, 13, 0, 40] }, [4, 4, 4, 4, 2.5]);
    expect(breaks.map((b) => b.offsetSeconds)).toEqual([4, 8, 12]);
  });

  it('makes no mid-roll from a frequency longer than the video', () => {
    expect(planAdBreaks({ preRoll: false, midRoll: true, postRoll: false, frequency: 10 }, FOUR_SECONDS(3))).toEqual([]);
  });
});

describe('addAdMarkers', () => {
  const playlist = ['#EXTM3U', '#EXT-X-TARGETDURATION:4', '#EXT-X-MAP:URI="init_0.mp4"', '#EXTINF:4.000000,', 'seg_00000.m4s', '#EXTINF:4.000000,', 'seg_00001.m4s', '#EXTINF:2.000000,', 'seg_00002.m4s', '#EXT-X-ENDLIST', ''].join('\n');

  it('adds a program date time and a DATERANGE before the segment each break starts at, the post-roll before the end', () => {
    const breaks = planAdBreaks({ preRoll: true, midRoll: true, postRoll: true, cuePoints: [8] }, [4, 4, 2]);
    const marked = addAdMarkers(playlist, breaks, [4, 4, 2], { anchor: new Date('2026-01-01T00:00:00Z'), plannedSeconds: 10 }).split('\n');
    expect(marked.slice(3, 6)).toEqual([
      '#EXT-X-PROGRAM-DATE-TIME:2026-01-01T00:00:00.000Z',
      '#EXT-X-DATERANGE:ID="preroll",CLASS="com.onstream.ad-break",START-DATE="2026-01-01T00:00:00.000Z",PLANNED-DURATION=10.000,X-AD-KIND="preroll",X-TIME-OFFSET="start"',
      '#EXTINF:4.000000,',
    ]);
    expect(marked[marked.indexOf('seg_00001.m4s') + 1]).toBe('#EXT-X-DATERANGE:ID="midroll-1",CLASS="com.onstream.ad-break",START-DATE="2026-01-01T00:00:08.000Z",PLANNED-DURATION=10.000,X-AD-KIND="midroll",X-TIME-OFFSET="00:00:08.000"');
    expect(marked[marked.indexOf('#EXT-X-ENDLIST') - 1]).toContain('ID="postroll",CLASS="com.onstream.ad-break",START-DATE="2026-01-01T00:00:10.000Z"');
  });

  it('leaves a playlist without breaks as it is', () => {
    expect(addAdMarkers(playlist, [], [4, 4, 2], { anchor: new Date(0), plannedSeconds: 10 })).toBe(playlist);
  });
});

describe('buildVmap', () => {
  it('escapes ad tag URIs as CDATA, one AdBreak per break', () => {
    const xml = buildVmap(planAdBreaks({ preRoll: true, midRoll: false, postRoll: true }, [4]), (b) => `https://ads.example/vast?breakId=${b.id}&x=<1>`);
    expect(xml.match(/<vmap:AdBreak /g)).toHaveLength(2);
    expect(xml).toContain('<![CDATA[https://ads.example/vast?breakId=postroll&x=<1>]]>');
  });
});
