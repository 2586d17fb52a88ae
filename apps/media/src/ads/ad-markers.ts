import type { AdBreakInfo } from '@onstream/common';

/** DATERANGE CLASS of our ad breaks (reverse DNS, as HLS asks of client-defined classes). */
export const AD_BREAK_CLASS = 'com.onstream.ad-break';

export interface AdMarkerOptions {
  /** The date media time 0 maps to (EXT-X-PROGRAM-DATE-TIME of the first segment). */
  anchor: Date;
  /** PLANNED-DURATION of each break: how long the ads in it are meant to last. */
  plannedSeconds: number;
}

const dateAt = (anchor: Date, seconds: number) => new Date(anchor.getTime() + Math.round(seconds * 1000)).toISOString();

function dateRange(item: AdBreakInfo, options: AdMarkerOptions): string {
  const attributes = [
    `ID="${item.id}"`,
    `CLASS="${AD_BREAK_CLASS}"`,
    `START-DATE="${dateAt(options.anchor, item.offsetSeconds)}"`,
    `PLANNED-DURATION=${options.plannedSeconds.toFixed(3)}`,
    `X-AD-KIND="${item.kind}"`,
    `X-TIME-OFFSET="${item.timeOffset}"`,
  ];
  return `#EXT-X-DATERANGE:${attributes.join(',')}`;
}

/**
 * Puts the ad breaks into a packaged VOD media playlist: one EXT-X-PROGRAM-DATE-TIME before the
 * first segment (DATERANGE needs one) and an EXT-X-DATERANGE before the segment each break starts
 * at (the post-roll before EXT-X-ENDLIST). The breaks come from the same segment list, so each
 * START-DATE is the PROGRAM-DATE-TIME of a segment. Lines are added, never parsed or rewritten.
 */
export function addAdMarkers(playlistText: string, breaks: AdBreakInfo[], durations: number[], options: AdMarkerOptions): string {
  if (breaks.length === 0) return playlistText;
  const byOffset = new Map<number, AdBreakInfo[]>();
  for (const item of breaks) byOffset.set(item.offsetSeconds, [...(byOffset.get(item.offsetSeconds) ?? []), item]);
  const out: string[] = [];
  let segment = 0;
  let start = 0;
  let inSegment = false;
  for (const line of playlistText.split('\n')) {
    const trimmed = line.trim();
    const opensSegment = !inSegment && (trimmed.startsWith('#EXTINF:') || trimmed.startsWith('#EXT-X-KEY:'));
    if (opensSegment) {
      if (segment === 0) out.push(`#EXT-X-PROGRAM-DATE-TIME:${dateAt(options.anchor, 0)}`);
      for (const item of byOffset.get(Math.round(start * 1000) / 1000) ?? []) if (item.kind !== 'postroll') out.push(dateRange(item, options));
      inSegment = true;
    }
    if (trimmed === '#EXT-X-ENDLIST') for (const item of breaks) if (item.kind === 'postroll') out.push(dateRange(item, options));
    out.push(line);
    if (inSegment && trimmed && !trimmed.startsWith('#')) {
      start += durations[segment] ?? 0;
      segment += 1;
      inSegment = false;
    }
  }
  return out.join('\n');
}
