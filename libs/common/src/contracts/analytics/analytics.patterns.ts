import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern } from '../service-names.js';

export const AnalyticsPatterns = {
  Health: healthPattern('analytics'),
} as const;

export type AnalyticsContract = {
  [AnalyticsPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
};
