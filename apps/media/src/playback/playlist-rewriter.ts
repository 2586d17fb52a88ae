import { KEY_URI_PLACEHOLDER } from '../transcode/asset-packager.js';

/**
 * Master playlist: each variant URI `720p/index.m3u8` becomes `720p.m3u8?token=…` (served by the
 * gateway); variants the viewer may not receive (`playable` false) are left out with their
 * `#EXT-X-STREAM-INF` line, so players never see them.
 */
export function rewriteMaster(text: string, token: string, playable: (rendition: string) => boolean = () => true): string {
  const out: string[] = [];
  let streamInf: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#EXT-X-STREAM-INF:')) {
      streamInf = line;
      continue;
    }
    const match = /^([a-z0-9]+)\/index\.m3u8$/.exec(line.trim());
    if (match) {
      if (playable(match[1])) out.push(...(streamInf ? [streamInf] : []), `${match[1]}.m3u8?token=${encodeURIComponent(token)}`);
      streamInf = undefined;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Media playlist: the init section and every segment become signed object URLs; the key URI
 * points at the gateway's key route with the same playback token.
 */
export async function rewriteMedia(text: string, token: string, sign: (file: string) => Promise<string>): Promise<string> {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#EXT-X-MAP:')) {
      const uri = /URI="([^"]+)"/.exec(line)?.[1];
      out.push(uri ? line.replace(`URI="${uri}"`, `URI="${await sign(uri)}"`) : line);
    } else if (line.startsWith('#EXT-X-KEY:')) {
      out.push(line.replace(`URI="${KEY_URI_PLACEHOLDER}"`, `URI="key?token=${encodeURIComponent(token)}"`));
    } else if (line.trim() && !line.startsWith('#')) {
      out.push(await sign(line.trim()));
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}
