import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { isDuplicateKey, type ReportAction, type ReportReason, type ReportStatus, type ReportTargetType } from '@onstream/common';
import { Types, type Connection } from 'mongoose';

export interface ReportRecord {
  _id: Types.ObjectId;
  targetType: ReportTargetType;
  targetId: string;
  reason: ReportReason;
  details: string | null;
  reporterUserId: string;
  status: ReportStatus;
  action: ReportAction | null;
  note: string | null;
  resolvedBy: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

export interface QueueFilter {
  status: ReportStatus;
  targetType?: ReportTargetType;
}

/**
 * Reports and the two "exactly one" decisions about them, each an insert on a unique `_id`
 * (conditional updates are not atomic on FerretDB 1.24): one open report per reporter and
 * target (`report_claims`, removed on resolution), and one resolution per report.
 */
@Injectable()
export class ReportsRepository implements OnModuleInit {
  private readonly reports;
  private readonly claims;
  private readonly resolutions;

  constructor(@InjectConnection() connection: Connection) {
    this.reports = connection.collection<ReportRecord>('reports');
    this.claims = connection.collection<{ _id: string; reportId: Types.ObjectId }>('report_claims');
    this.resolutions = connection.collection<{ _id: Types.ObjectId; by: string; at: Date }>('report_resolutions');
  }

  async onModuleInit(): Promise<void> {
    await this.reports.createIndex({ status: 1, targetType: 1, _id: 1 });
    await this.reports.createIndex({ targetType: 1, targetId: 1, status: 1 });
  }

  /** Files a report unless this reporter has one open on the target (then null). */
  async open(report: Omit<ReportRecord, '_id' | 'status' | 'action' | 'note' | 'resolvedBy' | 'resolvedAt'>): Promise<ReportRecord | null> {
    const record: ReportRecord = { _id: new Types.ObjectId(), ...report, status: 'open', action: null, note: null, resolvedBy: null, resolvedAt: null };
    try {
      await this.claims.insertOne({ _id: claimId(report.targetType, report.targetId, report.reporterUserId), reportId: record._id });
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
    await this.reports.insertOne(record);
    return record;
  }

  async findById(id: string): Promise<ReportRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.reports.findOne({ _id: new Types.ObjectId(id) });
  }

  /** Marks the report resolved if this caller wins its one resolution; null when it was already resolved. */
  async resolve(report: ReportRecord, action: ReportAction, note: string | null, by: string, at: Date): Promise<ReportRecord | null> {
    try {
      await this.resolutions.insertOne({ _id: report._id, by, at });
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
    const resolved = await this.reports.findOneAndUpdate(
      { _id: report._id },
      { $set: { status: 'resolved', action, note, resolvedBy: by, resolvedAt: at } },
      { returnDocument: 'after' },
    );
    await this.claims.deleteOne({ _id: claimId(report.targetType, report.targetId, report.reporterUserId) });
    return resolved;
  }

  openOnTarget(targetType: ReportTargetType, targetId: string): Promise<ReportRecord[]> {
    return this.reports.find({ targetType, targetId, status: 'open' }).limit(500).toArray();
  }

  /** The moderation queue, oldest first. */
  page(filter: QueueFilter, after: Types.ObjectId | null, limit: number): Promise<ReportRecord[]> {
    const query: Record<string, unknown> = { status: filter.status };
    if (filter.targetType) query.targetType = filter.targetType;
    if (after) query._id = { $gt: after };
    return this.reports.find(query).sort({ _id: 1 }).limit(limit).toArray();
  }
}

function claimId(targetType: string, targetId: string, reporterUserId: string): string {
  return `${targetType}:${targetId}|${reporterUserId}`;
}
