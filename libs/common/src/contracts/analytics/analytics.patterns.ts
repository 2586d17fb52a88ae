import type { ServiceHealth } from '../../health/health.types.js';
import { healthPattern, pingPattern, type ServicePing } from '../service-names.js';
import type { AdminStatsRequest, AdminStatsResponse, ReportRequest, ReportResponse } from './report.dto.js';

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
