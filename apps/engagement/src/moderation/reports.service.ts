import { Injectable } from '@nestjs/common';
import {
  Clock,
  DomainError, ErrorCodes, type AuditPage, type AuthUser, type ContentReportPage, type ContentReportResponse, type CreateReportRequest, type ListAuditRequest,
  type ListReportsRequest, type ResolveReportRequest,
} from '@onstream/common';
import { requireVisible } from '../comments/comment-access.js';
import { CommentsRepository } from '../comments/comments.repository.js';
import { isModerator } from '../shared/actor-key.js';
import { pageOf, readCursor } from '../shared/page-cursor.js';
import { cleanPlainText } from '../shared/plain-text.js';
import { TargetDirectory } from '../targets/target-directory.js';
import { AuditRepository } from './audit.repository.js';
import { ModerationEffects } from './moderation-effects.js';
import { toAuditEntryResponse, toReportResponse } from './report.mapper.js';
import { ReportsRepository, type ReportRecord } from './reports.repository.js';

/** Reports by any signed-in user; a queue, resolutions and the audit trail for staff and admins. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly comments: CommentsRepository,
    private readonly targets: TargetDirectory,
    private readonly effects: ModerationEffects,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** One open report per reporter and target; the target must exist for the reporter (404 otherwise). */
  async create({ actor, report }: CreateReportRequest): Promise<ContentReportResponse> {
    if (report.targetType === 'comment') requireVisible(await this.comments.findById(report.targetId));
    else await this.targets.resolve(report.targetType, report.targetId, actor);
    const now = this.clock.now();
    const details = report.details === undefined ? null : cleanPlainText(report.details) || null;
    const opened = await this.reports.open({ targetType: report.targetType, targetId: report.targetId, reason: report.reason, details, reporterUserId: actor.userId, createdAt: now });
    if (!opened) throw new DomainError(ErrorCodes.EngagementReportAlreadyOpen, 409, `You already have an open report on this ${report.targetType}.`);
    await this.audit.record(actor, 'report.created', report, now, { reportId: opened._id.toHexString() });
    return toReportResponse(opened);
  }

  async list({ actor, query }: ListReportsRequest): Promise<ContentReportPage> {
    requireStaff(actor);
    const rows = await this.reports.page({ status: query.status, targetType: query.targetType }, readCursor(query.cursor)?.id ?? null, query.limit + 1);
    const page = pageOf(rows, query.limit, (row) => ({ id: row._id }));
    return { items: page.items.map(toReportResponse), nextCursor: page.nextCursor };
  }

  /**
   * Applies the action to the target, resolves the report once (a second resolution is 409), and
   * closes the target's other open reports with the same decision.
   */
  async resolve({ actor, reportId, resolution }: ResolveReportRequest): Promise<ContentReportResponse> {
    requireStaff(actor);
    const report = await this.reports.findById(reportId);
    if (!report) throw new DomainError(ErrorCodes.EngagementReportNotFound, 404, 'The report was not found.');
    if (report.status !== 'open') throw alreadyResolved();
    const now = this.clock.now();
    const note = resolution.note === undefined ? null : cleanPlainText(resolution.note) || null;
    // The effect first (hiding twice is one state): a failing catalog or media leaves the report open to retry.
    await this.effects.apply(actor, report.targetType, report.targetId, resolution.action, reportId);
    const resolved = await this.reports.resolve(report, resolution.action, note, actor.userId, now);
    if (!resolved) throw alreadyResolved();
    await this.recordResolution(actor, resolved, now);
    for (const other of await this.reports.openOnTarget(report.targetType, report.targetId)) {
      const closed = await this.reports.resolve(other, resolution.action, note, actor.userId, now);
      if (closed) await this.recordResolution(actor, closed, now);
    }
    return toReportResponse(resolved);
  }

  async auditTrail({ actor, query }: ListAuditRequest): Promise<AuditPage> {
    requireStaff(actor);
    const rows = await this.audit.page({ targetType: query.targetType, targetId: query.targetId }, readCursor(query.cursor)?.id ?? null, query.limit + 1);
    const page = pageOf(rows, query.limit, (row) => ({ id: row._id }));
    return { items: page.items.map(toAuditEntryResponse), nextCursor: page.nextCursor };
  }

  private async recordResolution(actor: AuthUser, report: ReportRecord, at: Date): Promise<void> {
    await this.audit.record(actor, 'report.resolved', report, at, { reportId: report._id.toHexString(), outcome: report.action ?? undefined, note: report.note ?? undefined });
  }
}

function alreadyResolved(): DomainError {
  return new DomainError(ErrorCodes.EngagementReportAlreadyResolved, 409, 'The report was already resolved.');
}

function requireStaff(actor: AuthUser): void {
  if (!isModerator(actor)) throw new DomainError(ErrorCodes.EngagementStaffOnly, 403, 'Only staff and admins moderate reports.');
}
