import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';

export const MediaPatterns = {
  Health: healthPattern('media'),
  Ping: pingPattern('media'),
} as const;

export type MediaContract = {
  [MediaPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [MediaPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
};
