import type { VideoResponse } from '@onstream/common';
import type { VideoDocument } from '@onstream/common/schemas/video.schema.js';
import { adConfigOf } from '../ads/ad-config.rules.js';

/** The one place a video document becomes its wire shape (no _id, keys or internal object keys). */
export function toVideoResponse(video: VideoDocument): VideoResponse {
  return {
    id: String(video._id),
    ownerId: video.ownerId,
    title: video.title,
    description: video.description,
    category: video.category,
    tags: video.tags,
    language: video.language,
    visibility: video.visibility,
    publishAt: video.publishAt?.toISOString(),
    monetization: { model: video.monetizationModel, priceMinor: video.priceMinor, currency: video.currency, ...(video.monetizationModel === 'ad_supported' ? { adConfig: adConfigOf(video) } : {}) },
    geo: { allow: video.geoAllow, deny: video.geoDeny },
    drm: video.drm,
    maturityLevel: video.maturityLevel ?? '18+',
    status: video.status,
    processing: video.stage ? { stage: video.stage, percent: video.percent ?? 0, failureReason: video.failureReason } : undefined,
    durationSeconds: video.durationSeconds,
    renditions: video.renditions.map((r) => ({ name: r.name, width: r.width, height: r.height, bandwidth: r.bandwidth })),
    customPoster: video.customPoster === true,
    createdAt: video.createdAt.toISOString(),
    updatedAt: video.updatedAt.toISOString(),
  };
}
