import { createCipheriv } from 'node:crypto';

export interface VariantPlaylist {
  mapUri?: string;
  segments: Array<{ durationSeconds: number; uri: string }>;
}

export interface MasterEntry {
  uri: string;
  bandwidth: number;
  averageBandwidth: number;
  width: number;
  height: number;
  codecs: string;
  frameRate: number;
}

/** Reads the segment list of a media playlist written by ffmpeg's HLS muxer. */
export function readVariantPlaylist(text: string): VariantPlaylist {
  const lines = text.split('\n').map((line) => line.trim());
  const playlist: VariantPlaylist = { segments: [] };
  let pending: number | undefined;
  for (const line of lines) {
    if (line.startsWith('#EXT-X-MAP:')) playlist.mapUri = /URI="([^"]+)"/.exec(line)?.[1];
    else if (line.startsWith('#EXTINF:')) pending = Number.parseFloat(line.slice('#EXTINF:'.length));
    else if (line && !line.startsWith('#') && pending !== undefined) {
      playlist.segments.push({ durationSeconds: pending, uri: line });
      pending = undefined;
    }
  }
  return playlist;
}

/** CODECS attribute of each variant (by URI) in ffmpeg's own master playlist: it reads them from the encoded streams. */
export function readCodecs(masterText: string): Map<string, string> {
  const codecs = new Map<string, string>();
  let current: string | undefined;
  for (const line of masterText.split('\n').map((l) => l.trim())) {
    if (line.startsWith('#EXT-X-STREAM-INF:')) current = /CODECS="([^"]+)"/.exec(line)?.[1];
    else if (line && !line.startsWith('#') && current) {
      codecs.set(line, current);
      current = undefined;
    }
  }
  return codecs;
}

/** Peak and average bits per second of a rendition, from its segment sizes and durations. */
export function measureBandwidth(segments: Array<{ durationSeconds: number; bytes: number }>): { peak: number; average: number } {
  let peak = 0;
  let bytes = 0;
  let seconds = 0;
  for (const segment of segments) {
    if (segment.durationSeconds <= 0) continue;
    peak = Math.max(peak, Math.ceil((segment.bytes * 8) / segment.durationSeconds));
    bytes += segment.bytes;
    seconds += segment.durationSeconds;
  }
  return { peak, average: seconds > 0 ? Math.ceil((bytes * 8) / seconds) : 0 };
}

/** The master playlist, highest rendition first. */
export function buildMasterPlaylist(entries: MasterEntry[]): string {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:7', '#EXT-X-INDEPENDENT-SEGMENTS'];
  for (const e of entries) {
    lines.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${e.bandwidth},AVERAGE-BANDWIDTH=${e.averageBandwidth},RESOLUTION=${e.width}x${e.height},CODECS="${e.codecs}",FRAME-RATE=${e.frameRate.toFixed(3)}`,
      e.uri,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Declares AES-128 encryption with one IV per file: a key line before the init section (so it is
 * decrypted too) and one before each segment, `ivOf` giving the hex IV of each URI.
 */
export function addKeyTags(playlistText: string, keyUri: string, ivOf: (uri: string) => string): string {
  const tag = (uri: string) => `#EXT-X-KEY:METHOD=AES-128,URI="${keyUri}",IV=0x${ivOf(uri)}`;
  const lines = playlistText.split('\n');
  return lines
    .flatMap((line, i) => {
      const map = line.startsWith('#EXT-X-MAP:') ? /URI="([^"]+)"/.exec(line)?.[1] : undefined;
      if (map) return [tag(map), line];
      // The key line goes before the segment's #EXTINF, whose URI is the next line.
      if (line.startsWith('#EXTINF:') && lines[i + 1]) return [tag(lines[i + 1].trim()), line];
      return [line];
    })
    .join('\n');
}

/** HLS AES-128: the whole resource, AES-128-CBC with PKCS#7 padding. */
export function encryptSegment(data: Buffer, key: Buffer, iv: Buffer): Buffer {
  const cipher = createCipheriv('aes-128-cbc', key, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}
