/**
 * Master playlist: variants the viewer may not receive (`playable` false) are left out with their
 * `#EXT-X-STREAM-INF` line, so players never see them. Variant URIs (`720p/index.m3u8`) stay
 * relative: under the grant's path they resolve to grant-checked routes.
 */
export function filterMaster(text: string, playable: (rendition: string) => boolean): string {
  const out: string[] = [];
  let streamInf: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#EXT-X-STREAM-INF:')) {
      streamInf = line;
      continue;
    }
    const match = /^([a-z0-9]+)\/index\.m3u8$/.exec(line.trim());
    if (match) {
      if (playable(match[1])) out.push(...(streamInf ? [streamInf] : []), line.trim());
      streamInf = undefined;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
