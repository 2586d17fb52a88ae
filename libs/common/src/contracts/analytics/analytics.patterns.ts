import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type { AdminStatsRequest, AdminStatsResponse, ReportRequest, ReportResponse } from './report.dto.js';
import { READ, type PatternPermissions, type PatternPolicies } from '../../nats/pattern-policy.js';

export const AnalyticsPatterns = {
  Health: healthPattern('analytics'),
  Ping: pingPattern('analytics'),
  GetReport: 'analytics.report.get',
  GetAdminStats: 'analytics.admin-stats.get',
} as const;

export type AnalyticsContract = {
  [AnalyticsPatterns.Health]: { request: Record<string, never>; response: ServiceHealth };
  [AnalyticsPatterns.Ping]: { request: Record<string, never>; response: ServicePing };
  [AnalyticsPatterns.GetReport]: { request: ReportRequest; response: ReportResponse };
  [AnalyticsPatterns.GetAdminStats]: { request: AdminStatsRequest; response: AdminStatsResponse };
};

/** Reads are retried when a try gets no answer; some patterns have their own deadline. */
export const AnalyticsPatternPolicies: PatternPolicies<AnalyticsContract> = {
  [AnalyticsPatterns.Health]: READ,
  [AnalyticsPatterns.Ping]: READ,
  [AnalyticsPatterns.GetReport]: READ,
  [AnalyticsPatterns.GetAdminStats]: READ,
};

/** The permission each pattern needs, checked by the service's AccessGuard before the handler runs. */
export const AnalyticsPatternPermissions: PatternPermissions<AnalyticsContract> = {
  [AnalyticsPatterns.Health]: 'internal',
  [AnalyticsPatterns.Ping]: 'internal',
  [AnalyticsPatterns.GetReport]: 'reports.read',
  [AnalyticsPatterns.GetAdminStats]: 'admin.stats',
};
