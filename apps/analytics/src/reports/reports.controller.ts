import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AdminStatsRequest, AnalyticsPatterns, ReportRequest, type AdminStatsResponse, type ReportResponse } from '@onstream/common';
import { AdminStatsService } from './admin-stats.service.js';
import { ReportsService } from './reports.service.js';

@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly adminStats: AdminStatsService,
  ) {}

  @MessagePattern(AnalyticsPatterns.GetReport)
  report(@Payload() request: ReportRequest): Promise<ReportResponse> {
    return this.reports.report(request);
  }

  @MessagePattern(AnalyticsPatterns.GetAdminStats)
  stats(@Payload() request: AdminStatsRequest): Promise<AdminStatsResponse> {
    return this.adminStats.stats(request);
  }
}
