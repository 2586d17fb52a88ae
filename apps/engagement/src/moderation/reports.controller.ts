import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateReportRequest, EngagementPatterns, ListAuditRequest, ListReportsRequest, ResolveReportRequest, type AuditPage, type ContentReportPage, type ContentReportResponse,
} from '@onstream/common';
import { ReportsService } from './reports.service.js';

@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @MessagePattern(EngagementPatterns.CreateReport)
  create(@Payload() request: CreateReportRequest): Promise<ContentReportResponse> {
    return this.reports.create(request);
  }

  @MessagePattern(EngagementPatterns.ListReports)
  list(@Payload() request: ListReportsRequest): Promise<ContentReportPage> {
    return this.reports.list(request);
  }

  @MessagePattern(EngagementPatterns.ResolveReport)
  resolve(@Payload() request: ResolveReportRequest): Promise<ContentReportResponse> {
    return this.reports.resolve(request);
  }

  @MessagePattern(EngagementPatterns.ListAudit)
  audit(@Payload() request: ListAuditRequest): Promise<AuditPage> {
    return this.reports.auditTrail(request);
  }
}
