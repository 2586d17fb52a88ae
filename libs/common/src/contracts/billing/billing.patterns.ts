import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';

export const BillingPatterns = {
  Health: healthPattern('billing'),
  Ping: pingPattern('billing'),
} as const;

export type BillingContract = {
  [BillingPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [BillingPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
};
