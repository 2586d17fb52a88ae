import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';

export const CatalogPatterns = {
  Health: healthPattern('catalog'),
  Ping: pingPattern('catalog'),
} as const;

export type CatalogContract = {
  [CatalogPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [CatalogPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
};
