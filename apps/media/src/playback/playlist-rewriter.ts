import { KEY_URI_PLACEHOLDER } from '../transcode/asset-packager.js';

/** Master playlist: each variant URI `720p/index.m3u8` becomes `720p.m3u8?token=…` (served by the gateway). */
export function rewriteMaster(text: string, token: string): string {
  return text
    .split('\n')
    .map((line) => {
      const match = /^([a-z0-9]+)\/index\.m3u8$/.exec(line.trim());
      return match ? `${match[1]}.m3u8?token=${encodeURIComponent(token)}` : line;
    })
    .join('\n');
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
