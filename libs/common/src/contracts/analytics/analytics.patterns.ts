import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';

export const AnalyticsPatterns = {
  Health: healthPattern('analytics'),
  Ping: pingPattern('analytics'),
} as const;

export type AnalyticsContract = {
  [AnalyticsPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [AnalyticsPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
};
