import { DomainError, type FieldError, type Monetization } from '@onstream/common';
import type { StoredAdConfig, Video } from '@onstream/common/schemas/video.schema.js';

/** An ad_supported video without its own settings gets one break before it starts. */
export const DEFAULT_AD_CONFIG: StoredAdConfig = { preRoll: true, midRoll: false, postRoll: false };

export function adConfigOf(video: Pick<Video, 'adConfig'>): StoredAdConfig {
  return video.adConfig ?? DEFAULT_AD_CONFIG;
}

/**
 * The rules the DTO cannot see: ads only on ad_supported videos, and cue points inside the video
 * once its duration is known (before the upload they are kept and those past the end are dropped).
 */
export function checkAdConfig(monetization: Monetization, durationSeconds: number | undefined): void {
  const errors: FieldError[] = [];
  const config = monetization.adConfig;
  if (config && monetization.model !== 'ad_supported') errors.push({ field: 'monetization.adConfig', message: 'adConfig applies only to ad_supported videos' });
  if (config?.midRoll && config.cuePoints?.length === 0 && config.frequency === undefined) {
    errors.push({ field: 'monetization.adConfig.cuePoints', message: 'mid-rolls need cue points or a frequency' });
  }
  if (config?.cuePoints && durationSeconds !== undefined) {
    config.cuePoints.forEach((cue, i) => {
      if (cue >= durationSeconds) errors.push({ field: `monetization.adConfig.cuePoints[${i}]`, message: `cue point ${cue} s is not within the video (${durationSeconds} s long)` });
    });
  }
  if (errors.length > 0) throw DomainError.validation(errors);
}

/** The stored form: only the fields given, no class instance (the document holds plain data). */
export function toStoredAdConfig(monetization: Monetization): StoredAdConfig | undefined {
  const config = monetization.adConfig;
  if (monetization.model !== 'ad_supported' || !config) return undefined;
  return {
    preRoll: config.preRoll,
    midRoll: config.midRoll,
    postRoll: config.postRoll,
    ...(config.frequency !== undefined ? { frequency: config.frequency } : {}),
    ...(config.cuePoints !== undefined ? { cuePoints: [...config.cuePoints].sort((a, b) => a - b) } : {}),
  };
}
