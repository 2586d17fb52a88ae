import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern } from '../service-names.js';

export const CatalogPatterns = {
  Health: healthPattern('catalog'),
} as const;

export type CatalogContract = {
  [CatalogPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
};
