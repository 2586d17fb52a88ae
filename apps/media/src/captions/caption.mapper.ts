import type { CaptionListResponse, CaptionResponse } from '@onstream/common';
import type { Video, VideoCaption } from '@onstream/common/schemas/video.schema.js';

/** The one place a caption track becomes its wire shape (no object key). */
export function toCaptionResponse(track: VideoCaption): CaptionResponse {
  return {
    language: track.language,
    kind: track.kind,
    label: track.label,
    default: track.default,
    forced: track.forced,
    cues: track.cues,
    lastCueEndSeconds: track.lastCueEndSeconds,
    bytes: track.bytes,
    updatedAt: track.updatedAt.toISOString(),
  };
}

/** Tracks in the video's order; what a replacement dropped only for those who manage them. */
export function toCaptionList(video: Pick<Video, 'captions' | 'droppedCaptions'>, withDropped: boolean): CaptionListResponse {
  const items = (video.captions ?? []).map(toCaptionResponse);
  if (!withDropped || !video.droppedCaptions?.length) return { items };
  return {
    items,
    dropped: video.droppedCaptions.map((d) => ({ language: d.language, lastCueEndSeconds: d.lastCueEndSeconds, durationSeconds: d.durationSeconds, droppedAt: d.droppedAt.toISOString() })),
  };
}
