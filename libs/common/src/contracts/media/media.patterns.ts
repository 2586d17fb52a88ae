import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern } from '../service-names.js';

export const MediaPatterns = {
  Health: healthPattern('media'),
} as const;

export type MediaContract = {
  [MediaPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
};
