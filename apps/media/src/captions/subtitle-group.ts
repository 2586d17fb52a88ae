import type { VideoCaption } from '@onstream/common/schemas/video.schema.js';
import HLS from 'hls-parser';

export const SUBTITLE_GROUP = 'subs';

/** HLS CHARACTERISTICS (Apple's UTIs) that let players offer the accessible tracks for what they are. */
const CHARACTERISTICS: Record<VideoCaption['kind'], string | undefined> = {
  subtitles: undefined,
  captions: 'public.accessibility.transcribes-spoken-dialog,public.accessibility.describes-music-and-sound',
  descriptions: 'public.accessibility.describes-video',
};

/** Where a language's media playlist sits, relative to the master (so under the grant's path). */
export function captionPlaylistUri(language: string): string {
  return `captions/${language}/index.m3u8`;
}

/**
 * The master playlist with one `EXT-X-MEDIA:TYPE=SUBTITLES` per caption track in group `subs`, and
 * every variant pointing at the group. Without tracks the master is returned as it was.
 */
export function withSubtitleGroup(masterText: string, captions: readonly VideoCaption[]): string {
  if (captions.length === 0) return masterText;
  const master = HLS.parse(masterText);
  if (!master.isMasterPlaylist) return masterText;
  const names = new Set<string>();
  const renditions = captions.map((caption): HLS.types.Rendition & { type: 'SUBTITLES' } => {
    // NAME must be unique in the group: a repeated label gets its language added.
    const name = names.has(caption.label) ? `${caption.label} (${caption.language})` : caption.label;
    names.add(name);
    const rendition = new HLS.types.Rendition({
      type: 'SUBTITLES',
      groupId: SUBTITLE_GROUP,
      name,
      language: caption.language,
      isDefault: caption.default,
      // A default or forced track must be selectable without the viewer asking (RFC 8216 §4.3.4.1).
      autoselect: true,
      forced: caption.forced,
      characteristics: CHARACTERISTICS[caption.kind],
      uri: captionPlaylistUri(caption.language),
    });
    return Object.assign(rendition, { type: 'SUBTITLES' as const });
  });
  for (const variant of master.variants) variant.subtitles.push(...renditions);
  return HLS.stringify(master);
}
