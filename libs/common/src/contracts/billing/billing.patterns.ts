import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern } from '../service-names.js';

export const BillingPatterns = {
  Health: healthPattern('billing'),
} as const;

export type BillingContract = {
  [BillingPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
};
