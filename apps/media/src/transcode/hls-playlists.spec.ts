import { createDecipheriv } from 'node:crypto';
import { addKeyTags, buildMasterPlaylist, encryptSegment, measureBandwidth, readCodecs, readVariantPlaylist } from './hls-playlists.js';

const variant = ['#EXTM3U', '#EXT-X-VERSION:7', '#EXT-X-TARGETDURATION:4', '#EXT-X-MAP:URI="init_0.mp4"', '#EXTINF:4.000000,', 'seg_00000.m4s', '#EXTINF:2.000000,', 'seg_00001.m4s', '#EXT-X-ENDLIST', ''].join('\n');

describe('HLS playlists', () => {
  it('reads the init section and segments of an ffmpeg media playlist', () => {
    expect(readVariantPlaylist(variant)).toEqual({ mapUri: 'init_0.mp4', segments: [{ durationSeconds: 4, uri: 'seg_00000.m4s' }, { durationSeconds: 2, uri: 'seg_00001.m4s' }] });
  });

  it('reads the CODECS ffmpeg wrote for each variant', () => {
    const master = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2"\n720p/index.m3u8\n';
    expect(readCodecs(master)).toEqual(new Map([['720p/index.m3u8', 'avc1.64001f,mp4a.40.2']]));
  });

  it('measures peak and average bandwidth from segment sizes', () => {
    expect(measureBandwidth([{ durationSeconds: 4, bytes: 1000 }, { durationSeconds: 2, bytes: 1000 }])).toEqual({ peak: 4000, average: 2667 });
  });

  it('writes every attribute a player needs in the master playlist', () => {
    expect(buildMasterPlaylist([{ uri: '720p/index.m3u8', bandwidth: 3000000, averageBandwidth: 2500000, width: 1280, height: 720, codecs: 'avc1.64001f,mp4a.40.2', frameRate: 25 }])).toBe(
      '#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n#EXT-X-STREAM-INF:BANDWIDTH=3000000,AVERAGE-BANDWIDTH=2500000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2",FRAME-RATE=25.000\n720p/index.m3u8\n',
    );
  });

  it('puts a key tag with its own IV before the init section and before each segment', () => {
    const ivs: Record<string, string> = { 'init_0.mp4': '01', 'seg_00000.m4s': '02', 'seg_00001.m4s': '03' };
    const lines = addKeyTags(variant, 'key.bin', (uri) => ivs[uri]).split('\n');
    expect(lines).toEqual([
      '#EXTM3U', '#EXT-X-VERSION:7', '#EXT-X-TARGETDURATION:4',
      '#EXT-X-KEY:METHOD=AES-128,URI="key.bin",IV=0x01', '#EXT-X-MAP:URI="init_0.mp4"',
      '#EXT-X-KEY:METHOD=AES-128,URI="key.bin",IV=0x02', '#EXTINF:4.000000,', 'seg_00000.m4s',
      '#EXT-X-KEY:METHOD=AES-128,URI="key.bin",IV=0x03', '#EXTINF:2.000000,', 'seg_00001.m4s',
      '#EXT-X-ENDLIST', '',
    ]);
  });

  it('encrypts with AES-128-CBC so the key and IV give the bytes back', () => {
    const key = Buffer.alloc(16, 7);
    const iv = Buffer.alloc(16, 3);
    const data = Buffer.from('fragmented mp4 bytes');
    const encrypted = encryptSegment(data, key, iv);
    const decipher = createDecipheriv('aes-128-cbc', key, iv);
    expect(encrypted.equals(data)).toBe(false);
    expect(Buffer.concat([decipher.update(encrypted), decipher.final()])).toEqual(data);
  });
});
