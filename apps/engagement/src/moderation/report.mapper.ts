import type { AuditEntryResponse, ContentReportResponse } from '@onstream/common';
import type { AuditRecord } from './audit.repository.js';
import type { ReportRecord } from './reports.repository.js';

export function toReportResponse(report: ReportRecord): ContentReportResponse {
  return {
    id: report._id.toHexString(),
    targetType: report.targetType,
    targetId: report.targetId,
    reason: report.reason,
    details: report.details,
    reporterUserId: report.reporterUserId,
    status: report.status,
    action: report.action,
    note: report.note,
    resolvedBy: report.resolvedBy,
    createdAt: report.createdAt.toISOString(),
    resolvedAt: report.resolvedAt?.toISOString() ?? null,
  };
}

export function toAuditEntryResponse(entry: AuditRecord): AuditEntryResponse {
  return {
    id: entry._id.toHexString(),
    at: entry.at.toISOString(),
    actorUserId: entry.actorUserId,
    actorRole: entry.actorRole,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    reportId: entry.reportId,
    outcome: entry.outcome,
    note: entry.note,
  };
}
